// A settings file the program did not write as it is now (old, hand-edited, damaged) opens the
// window anyway: every good value is kept, and one warning names each key and value that was not
// used and what is used instead. Garbage in the saved window layout is survived the same way.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "ui/experiment/experiment_panel.h"
#include "ui/experiment/experiment_settings.h"
#include "ui/window/main_window.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::wait_until;

namespace {

// For its lifetime, the application's settings (QSettings()) live in a private folder, so the
// hostile file never reaches other tests.
class PrivateSettings {
public:
    PrivateSettings() {
        REQUIRE(dir_.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
    }
    ~PrivateSettings() {
        const QString usual = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, usual);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, usual);
    }
    PrivateSettings(const PrivateSettings&) = delete;
    PrivateSettings& operator=(const PrivateSettings&) = delete;

    // Writes the settings file as a person with a text editor would.
    QString write(const QByteArray& content) const {
        const QString path = QSettings().fileName();
        REQUIRE(path.startsWith(dir_.path()));
        QFile file(path);
        REQUIRE(QFileInfo(path).dir().mkpath(QStringLiteral(".")));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(content) == content.size());
        return path;
    }

private:
    QTemporaryDir dir_;
};

// The warning the window opens at start-up, or null when it opens none.
QMessageBox* startup_warning(MainWindow& window) {
    window.show();
    wait_until([&] {
        auto* box = window.findChild<QMessageBox*>();
        return box != nullptr && box->isVisible();
    }, 2'000);
    return window.findChild<QMessageBox*>();
}

}  // namespace

TEST_CASE("bad values in the settings file are named in one warning and the good ones are kept", "[window][settings]") {
    PrivateSettings settings;
    const QString path = settings.write(
        "[experiment]\n"
        "workload=cpu:20ms\n"
        "tasks=abc\n"
        "model=thread-pool\n"
        "workers=99999999999999999999\n"
        "gil=false\n"
        "switch_interval_ns=2500000\n");
    MainWindow window;
    Experiment expected = default_experiment();
    expected.workload = parse_workload("cpu:20ms").value();
    expected.model = RunModel::ThreadPool;
    expected.gil = false;
    expected.switch_interval_ns = 2'500'000;
    CHECK(window.panel()->experiment() == expected);  // tasks and workers: the defaults

    QMessageBox* box = startup_warning(window);
    REQUIRE(box != nullptr);
    CHECK(box->isVisible());
    CHECK(box->icon() == QMessageBox::Warning);
    const QString text = box->text();
    INFO(text.toStdString());
    CHECK(text.contains(path));
    CHECK(text.contains(QStringLiteral("experiment/tasks = 'abc'")));
    CHECK(text.contains(QStringLiteral("experiment/workers = '99999999999999999999'")));
    CHECK(text.contains(QStringLiteral("using 4 instead")));
    CHECK(text.count(QLatin1Char('\n')) == 1);  // one line per bad value, nothing about the good ones
    box->accept();
    CHECK(wait_until([&] { return window.findChild<QMessageBox*>() == nullptr; }, 2'000));  // once
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("values that are fine alone but not together keep the earlier one", "[window][settings]") {
    PrivateSettings settings;
    settings.write("[experiment]\nmodel=processes\ntasks=100\nworkload=io:5ms\n");
    const LoadedExperiment loaded = load_experiment(QSettings(), default_experiment());
    CHECK(loaded.experiment.model == RunModel::Processes);
    CHECK(loaded.experiment.tasks == default_experiment().tasks);
    CHECK(loaded.experiment.workload.text == "io:5ms");
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems.front().contains(QStringLiteral("experiment/tasks = '100'")));
    CHECK(loaded.problems.front().contains(QStringLiteral("64")));  // the bound of the processes model
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a damaged settings file is named as such and what could be read is used", "[window][settings]") {
    PrivateSettings settings;
    const QString path = settings.write("[experiment]\ntasks=9\nthis line is no setting\n[window\n");
    const LoadedExperiment loaded = load_experiment(QSettings(), default_experiment());
    CHECK(loaded.experiment.tasks == 9);
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems.front().startsWith(QStringLiteral("Settings file ") + path + QStringLiteral(" is damaged")));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a value that makes Qt reserve gigabytes is dropped with a problem, not a crash", "[window][settings]") {
    // Found by fuzz_settings: @Variant(...) holding a list whose claimed length is 687 million.
    PrivateSettings settings;
    const char content[] = "[experiment]\ntasks=7\nworkload=@Variant(\0\0\0\x31)\0\0)\n";  // NULs and all
    settings.write(QByteArray(content, sizeof content - 1));
    const LoadedExperiment loaded = load_experiment(QSettings(), default_experiment());
    CHECK(loaded.experiment.tasks == 7);
    CHECK(loaded.experiment.workload == default_experiment().workload);
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems.front().contains(QStringLiteral("experiment/workload = (a")));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("hostile text in the settings file stays plain text on one line per value", "[window][settings]") {
    PrivateSettings settings;
    settings.write("[experiment]\n"
                   "workload=\"<b>cpu</b>:\\n5ms\\x1b[2J\"\n"
                   "model=@Rect(1 2 3 4)\n"
                   "gil=maybe\n"
                   "tasks=" +
                   QByteArray(100'000, '9') + "\n");
    MainWindow window;
    CHECK(window.panel()->experiment() == default_experiment());
    QMessageBox* box = startup_warning(window);
    REQUIRE(box != nullptr);
    const QString text = box->text();
    INFO(text.left(2000).toStdString());
    CHECK(box->textFormat() == Qt::PlainText);
    CHECK(text.count(QLatin1Char('\n')) == 3);  // four values, four lines
    CHECK(text.contains(QStringLiteral("experiment/workload = '<b>cpu</b>:\\n5ms\\x1B[2J'")));
    CHECK(text.contains(QStringLiteral("experiment/gil = 'maybe'")));
    CHECK(text.contains(QStringLiteral("experiment/model = (a value of type QRect)")));
    CHECK(text.contains(QStringLiteral("(100000 characters)")));
    CHECK(text.size() < 4000);
    box->accept();
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a damaged window layout never breaks the window", "[window][settings]") {
    PrivateSettings settings;
    QByteArray geometry, state;
    {
        MainWindow first;
        first.resize(1000, 700);
        geometry = first.saveGeometry();
        state = first.saveState();
    }
    // Qt itself decides what it can still use: a truncated geometry may give a window of some
    // usable size; what it refuses is named in the warning and the usual layout is used.
    const QByteArray layouts[] = {QByteArray("garbage"), geometry.left(geometry.size() / 2), state.left(state.size() / 2),
                                  QByteArray(4096, '\xff'), QByteArray(1, '\0')};
    for (const QByteArray& damaged : layouts) {
        INFO("damaged layout: " << damaged.toHex().left(80).toStdString());
        {
            QSettings s;
            s.setValue(QStringLiteral("experiment/tasks"), 7);
            for (const char* key : {"window/geometry", "window/state", "window/main_splitter", "window/bottom_splitter"})
                s.setValue(QString::fromLatin1(key), damaged);
        }
        MainWindow window;
        CHECK(window.panel()->experiment().tasks == 7);
        CHECK(window.width() >= 1);
        CHECK(window.height() >= 1);
        CHECK(window.width() <= 16'384);
        CHECK(window.height() <= 16'384);
        // A layout is not something the user wrote: it is dropped without a dialog (issue 10).
        CHECK(startup_warning(window) == nullptr);
    }
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a window layout that is plain garbage is dropped quietly and the window fits its screen", "[window][settings]") {
    PrivateSettings settings;
    settings.write("[window]\ngeometry=garbage\nstate=@ByteArray(\\0\\0\\xff)\n");
    MainWindow window;
    const QRect available = window.screen() ? window.screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
    CHECK(startup_warning(window) == nullptr);  // no dialog printing raw bytes
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a settings file with only good values opens no warning", "[window][settings]") {
    PrivateSettings settings;
    {
        QSettings s;
        Experiment e = default_experiment();
        e.tasks = 9;
        save_experiment(s, e);
        MainWindow first;
        s.setValue(QStringLiteral("window/geometry"), first.saveGeometry());
        s.setValue(QStringLiteral("window/state"), first.saveState());
    }
    MainWindow window;
    CHECK(window.panel()->experiment().tasks == 9);
    CHECK(startup_warning(window) == nullptr);
    REQUIRE_NO_QT_WARNINGS();
}

// Saved runs, replay and the web page through the main window: File → Save run writes a file
// that File → Open run brings back as the same table row and the same picture; a broken file
// gets one dialog naming it; Replay at 10× ends in the very picture the live run left; the web
// page handout has one lane row per worker and the script and data it needs, nothing external.
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "replay/replay_source.h"
#include "run/run_session.h"
#include "timeline/timeline_store.h"
#include "ui/comparison/comparison_model.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/export/picture_export.h"
#include "ui/replay/replay_bar.h"
#include "ui/run/run_controller.h"
#include "ui/runfile/run_file_actions.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/window/main_window.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::wait_until;

namespace {

Experiment gil_threads() {
    Experiment e = default_experiment();
    e.workload = parse_workload("cpu:20ms").value();
    e.tasks = 3;
    e.model = RunModel::Threads;
    e.workers = 2;
    e.gil = true;
    return e;
}

QImage picture_of(const RunResult& run) {
    const TimelineStore& store = run.store();
    TimelinePaintOptions options;
    options.font_px = 13;
    return render_timeline_image(QSize(900, 500), store, store.start_ns(), store.end_ns(), options);
}

QAction* named_action(const MainWindow& w, const char* name) {
    for (QAction* a : w.keyboardActions())
        if (a->objectName() == QLatin1String(name)) return a;
    return nullptr;
}

// Presses `keys` in the window and returns the title of the dialog they open (closed again).
QString dialog_title_after(MainWindow& window, const QKeySequence& keys) {
    QString title;
    window.activateWindow();  // back from the last dialog: keys go to the window again
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTimer::singleShot(0, &window, [&title] {
        // A modal dialog's event loop runs this once the dialog is up.
        QTimer::singleShot(50, [&title] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                title = dialog->windowTitle();
                dialog->close();
            }
        });
    });
    QTest::keySequence(&window, keys);
    QTest::qWait(100);
    return title;
}

void run_once(MainWindow& window) {
    window.panel()->setExperiment(gil_threads());
    window.runExperiment();
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1 && !window.controller()->isRunning(); }, 30'000));
}

}  // namespace

TEST_CASE("a run saved from the window opens as the same row and the same picture", "[window][runfile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("class.conclab.json"));
    MainWindow window;
    run_once(window);
    const auto live = window.comparison()->result(0);
    CHECK(window.runFiles()->saveRunAction()->isEnabled());
    REQUIRE(window.runFiles()->saveShownRun(path) == QString());

    MainWindow other;  // as on another machine: a window that never ran it
    REQUIRE(other.runFiles()->open(path));
    REQUIRE(other.comparison()->rowCount() == 1);
    const auto opened = other.comparison()->result(0);
    CHECK(other.shownResult() == opened);
    CHECK(other.timeline()->timeline() == opened->timeline);
    CHECK(other.comparison()->rows().front().metrics.wall_ns == live->metrics.wall_ns);
    CHECK(other.comparison()->rows().front().metrics.handoffs == live->metrics.handoffs);
    CHECK(opened->store().segment_count() == live->store().segment_count());
    CHECK(picture_of(*opened) == picture_of(*live));
    CHECK(opened->machine.has_value());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a broken file gets one dialog naming it, and no row", "[window][runfile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.conclab.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"traceEvents":[{"ph":"M","name":"process_name","pid":1,"args":{"name":"x"}})");
    }
    MainWindow window;
    CHECK_FALSE(window.runFiles()->open(path));
    CHECK(window.comparison()->rowCount() == 0);
    REQUIRE(window.runFiles()->problemDialog() != nullptr);
    const QString text = window.runFiles()->problemDialog()->text();
    CHECK(text.contains(path));
    CHECK(text.contains(QStringLiteral("ends too early")));
    window.runFiles()->problemDialog()->close();
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("Replay at 10x plays the recorded run back into the identical picture and row", "[window][replay]") {
    MainWindow window;
    run_once(window);
    const auto recorded = window.comparison()->result(0);
    const QImage before = picture_of(*recorded);
    ReplayBar* bar = window.replayBar();
    REQUIRE(bar->replayAction()->isEnabled());
    // The replay toolbar takes no room from the timeline until there is a replay to control.
    CHECK_FALSE(bar->isVisibleTo(&window));
    bar->setSpeed(10.0);
    REQUIRE(bar->replay() == QString());
    CHECK(bar->isReplaying());
    CHECK(bar->isVisibleTo(&window));
    // The replayed run's row leaves the table while it plays, and comes back at its end.
    CHECK(window.comparison()->rowCount() == 0);
    REQUIRE(wait_until([&] { return !window.controller()->isRunning(); }, 30'000));
    REQUIRE(window.comparison()->rowCount() == 1);
    const auto replayed = window.comparison()->result(0);
    CHECK(replayed->metrics.wall_ns == recorded->metrics.wall_ns);
    CHECK(picture_of(*replayed) == before);
    CHECK(window.timeline()->timeline() == replayed->timeline);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the web page handout is one file with a lane per worker and nothing external", "[window][export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.html"));
    MainWindow window;
    run_once(window);
    REQUIRE(window.exportWebPage(path) == QString());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    CHECK(html.contains(QStringLiteral("<svg id=\"timeline\"")));
    CHECK(html.contains(QStringLiteral("id=\"timeline-data\"")));
    CHECK(html.contains(QStringLiteral("Content-Security-Policy")));
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http")));
    CHECK_FALSE(html.contains(QStringLiteral("href=\"http")));
    // The table row of the run is there.
    CHECK(html.contains(QStringLiteral("<tr class=\"shown\">")));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("Ctrl+O opens a saved run, Ctrl+Shift+O observes a program, Ctrl+S saves", "[window][runfile][keys]") {
    MainWindow window;
    window.fitInto(QRect(0, 0, 1600, 1000));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QAction* open = named_action(window, "openRun");
    QAction* observe = named_action(window, "observe");
    QAction* save = named_action(window, "saveRun");
    REQUIRE(open != nullptr);
    REQUIRE(observe != nullptr);
    REQUIRE(save != nullptr);
    CHECK(open->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_O));
    CHECK(observe->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    CHECK(save->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_S));
    // The tooltips name the keys the actions really have.
    CHECK(observe->toolTip().contains(QStringLiteral("Ctrl+Shift+O")));
    CHECK(open->toolTip().contains(QStringLiteral("Ctrl+O")));
    // What the teacher sees on pressing them: the file chooser, then the program dialog.
    CHECK(dialog_title_after(window, QKeySequence(Qt::CTRL | Qt::Key_O)) == QStringLiteral("Open a saved run"));
    CHECK(dialog_title_after(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)) == QStringLiteral("Observe a program"));
    // Nothing was run or opened by either.
    CHECK(window.comparison()->rowCount() == 0);
    // Before any run there is nothing to save.
    CHECK_FALSE(save->isEnabled());
}

TEST_CASE("an opened file is listed under Recent files and opens again from there", "[window][runfile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.conclab.json"));
    MainWindow window;
    run_once(window);
    REQUIRE(window.runFiles()->saveShownRun(path) == QString());
    MainWindow other;
    REQUIRE(other.runFiles()->open(path));
    // The status line says what was opened, with the file's name.
    CHECK(other.statusText().contains(QStringLiteral("again.conclab.json")));
    QMenu* recent = other.runFiles()->recentMenu();
    emit recent->aboutToShow();
    QAction* entry = nullptr;
    for (QAction* a : recent->actions())
        if (a->data().toString() == path) entry = a;
    REQUIRE(entry != nullptr);
    CHECK(entry->text().contains(QStringLiteral("again.conclab.json")));
    entry->trigger();
    CHECK(other.comparison()->rowCount() == 2);  // opened a second time: a second row
    REQUIRE_NO_QT_WARNINGS();
}

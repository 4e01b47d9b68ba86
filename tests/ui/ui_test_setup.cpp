// What the UI tests share: a QApplication on the offscreen platform, a private runtime directory,
// test-only settings, and a message handler that turns any Qt warning into a test failure.
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
// Listeners are among the interfaces Catch2 2.x keeps behind this switch.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>
#include <string>
#include <vector>

#include "ui/text/language.h"
#include "ui_test_support.h"

namespace {

std::mutex g_mutex;
std::vector<std::string> g_warnings;
std::vector<std::string> g_all_warnings;

// The offscreen platform itself says this whenever a top-level window is shown; it is about the
// test platform, not about our code, and is the only message let through.
bool is_offscreen_platform_noise(const QString& message) {
    return message == QLatin1String("This plugin does not support propagateSizeHints()");
}

void fail_on_warnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg || is_offscreen_platform_noise(message)) return;
    std::fprintf(stderr, "Qt warning: %s\n", qPrintable(message));
    std::lock_guard lock(g_mutex);
    g_warnings.push_back(message.toStdString());
    g_all_warnings.push_back(message.toStdString());
}

}  // namespace

namespace conclab::test {

std::vector<std::string> take_qt_warnings() {
    std::lock_guard lock(g_mutex);
    return std::exchange(g_warnings, {});
}

}  // namespace conclab::test

namespace {

// Catch2's own main (the prebuilt Catch2WithMain: its implementation is not compiled again for
// every build of the tests) runs the cases; this listener sets up what they share around them.
struct UiTestSetup : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime_dir_ = std::make_unique<QTemporaryDir>();
            QFile::setPermissions(runtime_dir_->path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime_dir_->path()));
        }
        qInstallMessageHandler(fail_on_warnings);
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app_ = std::make_unique<QApplication>(argc_, argv_);
        QCoreApplication::setOrganizationName(QStringLiteral("conclab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("conclab-ui-tests"));
        // English, as a user whose system is English sees it (with its plural forms); tests of
        // other languages switch and switch back.
        conclab::ui::apply_language({conclab::ui::Language::English, conclab::ui::Digits::Native});
        TestEventListenerBase::testRunStarting(info);
    }

    // A test case during which Qt warned fails: its name and the warnings are reported (ctest runs
    // each case on its own). Cases also check explicitly with REQUIRE_NO_QT_WARNINGS().
    void testCaseEnded(const Catch::TestCaseStats& stats) override {
        const auto warnings = conclab::test::take_qt_warnings();
        if (!warnings.empty()) {
            warned_ = true;
            std::fprintf(stderr, "FAILED: %zu Qt warning(s) during '%s'\n", warnings.size(), stats.testInfo.name.c_str());
        }
        TestEventListenerBase::testCaseEnded(stats);
    }

    void testRunEnded(const Catch::TestRunStats& stats) override {
        TestEventListenerBase::testRunEnded(stats);
        app_.reset();
        if (warned_) {
            // Catch's main returns the number of failed assertions only: a warning that no
            // assertion saw ends the process here, unsuccessfully.
            std::fprintf(stderr, "Qt warned during the tests; that counts as a failure\n");
            std::fflush(nullptr);
            std::_Exit(1);
        }
    }

private:
    int argc_ = 1;
    char program_[16] = "conclab-ui-test";
    char* argv_[2] = {program_, nullptr};
    std::unique_ptr<QTemporaryDir> runtime_dir_;
    std::unique_ptr<QApplication> app_;
    bool warned_ = false;
};
CATCH_REGISTER_LISTENER(UiTestSetup)

}  // namespace

// The UI tests' main: a QApplication on the offscreen platform, a private runtime directory,
// test-only settings, and a message handler that turns any Qt warning into a test failure.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstdio>
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

bool g_warned = false;

// A test case during which Qt warned fails: its name and the warnings are reported, and the
// process exits non-zero (ctest runs each case on its own). Cases also check explicitly with
// REQUIRE_NO_QT_WARNINGS().
struct WarningListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats& stats) override {
        const auto warnings = conclab::test::take_qt_warnings();
        if (warnings.empty()) return;
        g_warned = true;
        std::fprintf(stderr, "FAILED: %zu Qt warning(s) during '%s'\n", warnings.size(), stats.testInfo.name.c_str());
    }
};
CATCH_REGISTER_LISTENER(WarningListener)

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime_dir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QFile::setPermissions(runtime_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime_dir.path()));
    }
    qInstallMessageHandler(fail_on_warnings);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("conclab-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("conclab-ui-tests"));
    // English, as a user whose system is English sees it (with its plural forms); tests of other
    // languages switch and switch back.
    conclab::ui::apply_language({conclab::ui::Language::English, conclab::ui::Digits::Native});
    const int failures = Catch::Session().run(argc, argv);
    if (g_warned || !conclab::test::take_qt_warnings().empty()) {
        std::fprintf(stderr, "Qt warned during the tests; that counts as a failure\n");
        return failures + 1;
    }
    return failures;
}

// The text tests' main: a QCoreApplication (translators need one), the C locale as the default
// (tests that need another set it and put it back), and any Qt warning fails the run.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QLocale>
#include <catch2/catch.hpp>
#include <atomic>
#include <cstdio>

#include "ui/text/language.h"

namespace {

std::atomic<int> g_warnings{0};

void count_warnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    std::fprintf(stderr, "Qt warning: %s\n", qPrintable(message));
    g_warnings.fetch_add(1);
}

}  // namespace

int main(int argc, char** argv) {
    qInstallMessageHandler(count_warnings);
    QCoreApplication app(argc, argv);
    conclab::ui::apply_language({conclab::ui::Language::English, conclab::ui::Digits::Native});  // its plural forms
    QLocale::setDefault(QLocale::c());
    const int failed = Catch::Session().run(argc, argv);
    if (g_warnings.load() > 0) {
        std::fprintf(stderr, "%d Qt warning(s): failing the run\n", g_warnings.load());
        return failed != 0 ? failed : 1;
    }
    return failed;
}

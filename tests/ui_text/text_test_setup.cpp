// What the text tests share: a QCoreApplication (translators need one), the C locale as the
// default (tests that need another set it and put it back), and any Qt warning fails the run.
// Catch2's own prebuilt main runs the cases; this listener sets up around them.
#include <QCoreApplication>
#include <QLocale>
// Listeners are among the interfaces Catch2 2.x keeps behind this switch.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "ui/text/language.h"

namespace {

std::atomic<int> g_warnings{0};

void count_warnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    std::fprintf(stderr, "Qt warning: %s\n", qPrintable(message));
    g_warnings.fetch_add(1);
}

struct TextTestSetup : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override {
        qInstallMessageHandler(count_warnings);
        app_ = std::make_unique<QCoreApplication>(argc_, argv_);
        conclab::ui::apply_language({conclab::ui::Language::English, conclab::ui::Digits::Native});  // its plural forms
        QLocale::setDefault(QLocale::c());
        TestEventListenerBase::testRunStarting(info);
    }

    void testRunEnded(const Catch::TestRunStats& stats) override {
        TestEventListenerBase::testRunEnded(stats);
        app_.reset();
        if (g_warnings.load() > 0) {
            // Catch's main counts failed assertions only: a warning ends the process unsuccessfully.
            std::fprintf(stderr, "%d Qt warning(s): failing the run\n", g_warnings.load());
            std::fflush(nullptr);
            std::_Exit(1);
        }
    }

private:
    int argc_ = 1;
    char program_[18] = "conclab-text-test";
    char* argv_[2] = {program_, nullptr};
    std::unique_ptr<QCoreApplication> app_;
};
CATCH_REGISTER_LISTENER(TextTestSetup)

}  // namespace

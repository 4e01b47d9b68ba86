// `conclab [options]`: the main window. main.cpp has checked the options before anything here runs.
#include <QApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "gui/quit_on_signal.h"
#include "gui/gui_commands.h"
#include "run/run_session.h"
#include "ui/window/app_setup.h"
#include "ui/runfile/run_file_actions.h"
#include "ui/window/main_window.h"

namespace conclab::gui {

namespace {

bool has_display() {
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        const char* value = std::getenv(name);
        if (value && *value) return true;
    }
    return false;
}

}  // namespace

int gui_main(int argc, char** argv, const GuiOptions& options) {
    // Without a display Qt aborts with a page about platform plugins; say what to do instead.
    if (!has_display()) {
        QCoreApplication app(argc, argv);
        ui::apply_language({options.language.value_or(ui::system_language()), options.digits.value_or(ui::Digits::Native)});
        const QString text = QCoreApplication::translate(
            "conclab::cli",
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); without one use 'conclab run', "
            "'conclab compare' or 'conclab shot' (see conclab --help)");
        std::fputs(("conclab: " + text + QLatin1Char('\n')).toUtf8().constData(), stderr);
        return 2;
    }
    int qt_argc = 1;  // the options were conclab's own, checked already
    QApplication app(qt_argc, argv);
    ui::setup_application(app);
    ui::switch_language(ui::startup_language(options.language, options.digits));
    QGuiApplication::setDesktopFileName(QStringLiteral("conclab"));
    // Calibrate the CPU kernel in the background so the first Run does not pay for it.
    std::thread calibrate([] { (void)cpu_ticks_per_ms(); });
    ui::MainWindow window;
    window.show();
    if (!options.open_file.empty()) {
        // Once the window is up, so a problem with the file is a dialog over it.
        const QString path = QFile::decodeName(QByteArray::fromStdString(options.open_file));
        QTimer::singleShot(0, &window, [&window, path] { window.runFiles()->open(path); });
    }
    QuitOnSignal quit_on_signal(&window);
    const int status = QApplication::exec();
    calibrate.join();
    return status;
}

}  // namespace conclab::gui

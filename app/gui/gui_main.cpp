// `conclab [options]`: the main window. main.cpp has checked the options before anything here runs.
#include <QApplication>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "gui/quit_on_signal.h"
#include "gui/gui_commands.h"
#include "run/run_session.h"
#include "ui/window/app_setup.h"
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

int gui_main(int argc, char** argv, const GuiOptions& /*options: none yet*/) {
    // Without a display Qt aborts with a page about platform plugins; say what to do instead.
    if (!has_display()) {
        std::fputs("conclab: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "without one use 'conclab run', 'conclab compare' or 'conclab shot' (see conclab --help)\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    ui::setup_application(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("conclab"));
    // Calibrate the CPU kernel in the background so the first Run does not pay for it.
    std::thread calibrate([] { (void)cpu_ticks_per_ms(); });
    ui::MainWindow window;
    window.show();
    QuitOnSignal quit_on_signal(&window);
    const int status = QApplication::exec();
    calibrate.join();
    return status;
}

}  // namespace conclab::gui

// `conclab` with no arguments: the main window.
#include <QApplication>
#include <thread>

#include "gui_commands.h"
#include "run/run_session.h"
#include "ui/app_setup.h"
#include "ui/main_window.h"

namespace conclab::gui {

int gui_main(int argc, char** argv) {
    QApplication app(argc, argv);
    ui::setup_application(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("conclab"));
    // Calibrate the CPU kernel in the background so the first Run does not pay for it.
    std::thread calibrate([] { (void)cpu_ticks_per_ms(); });
    ui::MainWindow window;
    window.show();
    const int status = QApplication::exec();
    calibrate.join();
    return status;
}

}  // namespace conclab::gui

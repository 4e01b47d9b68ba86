#include "gui/quit_on_signal.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <QApplication>
#include <QWidget>
#include <atomic>

namespace conclab::gui {

namespace {

// A signal handler may only do async-signal-safe things: it writes one byte into a pipe, and the
// GUI thread, woken by the socket notifier, does the rest.
std::atomic<int> g_pipe_write{-1};
struct sigaction g_previous_int {};
struct sigaction g_previous_term {};

void on_signal(int) {
    const int fd = g_pipe_write.load();
    if (fd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = write(fd, &byte, 1);
    }
}

}  // namespace

QuitOnSignal::QuitOnSignal(QWidget* window) : window_(window) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) return;  // no pipe: keep the default actions
    pipe_read_ = fds[0];
    g_pipe_write.store(fds[1]);
    notifier_ = std::make_unique<QSocketNotifier>(pipe_read_, QSocketNotifier::Read);
    connect(notifier_.get(), &QSocketNotifier::activated, this, &QuitOnSignal::onSignal);
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &g_previous_int);
    sigaction(SIGTERM, &action, &g_previous_term);
}

QuitOnSignal::~QuitOnSignal() {
    if (pipe_read_ < 0) return;
    sigaction(SIGINT, &g_previous_int, nullptr);
    sigaction(SIGTERM, &g_previous_term, nullptr);
    notifier_.reset();
    close(g_pipe_write.exchange(-1));
    close(pipe_read_);
}

void QuitOnSignal::onSignal() {
    char drain[64];
    while (read(pipe_read_, drain, sizeof drain) > 0) {
    }
    // close() runs the window's closeEvent: the run is stopped and the settings saved. A second
    // signal while a dialog blocks the close still ends the program through quit().
    if (window_ != nullptr && window_->isVisible()) window_->close();
    else QApplication::quit();
}

}  // namespace conclab::gui

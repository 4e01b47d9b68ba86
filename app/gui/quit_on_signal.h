#pragma once
// SIGINT and SIGTERM (Ctrl+C in the terminal that started the window, a logout, `kill`) close the
// main window the way its close button does: the run is stopped, its workers and temp files are
// cleaned up, the settings are saved. Without this the default action would end the program on
// the spot and leave a file workload's temporary folder behind.
#include <QObject>
#include <QSocketNotifier>
#include <memory>

class QWidget;

namespace conclab::gui {

class QuitOnSignal : public QObject {
public:
    // Installs the handlers for the lifetime of the object; `window` is closed on a signal.
    explicit QuitOnSignal(QWidget* window);
    ~QuitOnSignal() override;
    QuitOnSignal(const QuitOnSignal&) = delete;
    QuitOnSignal& operator=(const QuitOnSignal&) = delete;

private:
    void onSignal();

    QWidget* window_;
    int pipe_read_ = -1;
    std::unique_ptr<QSocketNotifier> notifier_;
};

}  // namespace conclab::gui

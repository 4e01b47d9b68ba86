#pragma once
// The replay toolbar: Replay (the run shown, recorded, played again at 0.1×–10× without running
// anything), Play/Pause, Next hand-off (pauses at the next moment the GIL changed hands), the
// speed, and a slider to move through the recording. Keys: Ctrl+Shift+P replay, Space play/pause,
// N next hand-off, [ slower, ] faster.
#include <QToolBar>
#include <QTimer>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace conclab {
class ReplayControls;
struct RunResult;
}  // namespace conclab

namespace conclab::ui {

class RunController;

class ReplayBar : public QToolBar {
    Q_OBJECT
public:
    explicit ReplayBar(RunController* controller, QWidget* parent = nullptr);

    // The run Replay plays: a finished run (the one the timeline shows), or null.
    void setShownRun(std::shared_ptr<const RunResult> run);
    // Starts replaying the shown run at speed(); the problem, or empty.
    QString replay();
    bool isReplaying() const { return controls_ != nullptr; }
    const std::shared_ptr<ReplayControls>& controls() const { return controls_; }

    static const std::vector<double>& speeds();  // 0.1× … 10×
    double speed() const;
    void setSpeed(double speed);  // the nearest of speeds()

    QAction* replayAction() const { return replay_; }
    QAction* playPauseAction() const { return play_pause_; }
    QAction* nextHandoffAction() const { return next_handoff_; }
    QSlider* positionSlider() const { return position_; }
    QString positionText() const;

signals:
    // About to replay `run`: the window takes its row out of the table (it comes back at the end).
    void replayStarting(std::shared_ptr<const conclab::RunResult> run);

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    void refresh();
    void updateActions();
    void onRunningChanged(bool running);
    void stepSpeed(int by);
    void seekToSlider();

    RunController* controller_;
    std::shared_ptr<const RunResult> shown_;
    std::shared_ptr<ReplayControls> controls_;  // while a replay goes
    QAction* replay_;
    QAction* play_pause_;
    QAction* next_handoff_;
    QAction* slower_;
    QAction* faster_;
    QLabel* speed_label_;
    QComboBox* speed_box_;
    QSlider* position_;
    QLabel* time_label_;
    QTimer refresh_timer_;  // 30 ms while replaying: the slider and the time follow the replay
};

}  // namespace conclab::ui

#include "ui/replay/replay_bar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <cmath>

#include "replay/replay_source.h"
#include "timeline/shared_timeline.h"
#include "ui/run/run_controller.h"
#include "ui/text/display_format.h"

namespace conclab::ui {

namespace {
constexpr int kSliderSteps = 1000;

// "0.1", "0.25", "2" in the reader's digits: as many decimals as the speed has.
QString speed_text(double speed) {
    const int decimals = speed >= 1.0 ? 0 : std::abs(speed * 10.0 - std::round(speed * 10.0)) < 1e-9 ? 1 : 2;
    return format_decimal(speed, decimals);
}
}  // namespace

const std::vector<double>& ReplayBar::speeds() {
    static const std::vector<double> list{0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0};
    return list;
}

ReplayBar::ReplayBar(RunController* controller, QWidget* parent) : QToolBar(parent), controller_(controller) {
    setObjectName(QStringLiteral("ReplayToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    replay_ = addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString());
    replay_->setObjectName(QStringLiteral("replay"));
    replay_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(replay_, &QAction::triggered, this, [this] { replay(); });
    play_pause_ = addAction(style()->standardIcon(QStyle::SP_MediaPause), QString());
    play_pause_->setObjectName(QStringLiteral("replayPlayPause"));
    play_pause_->setShortcut(QKeySequence(Qt::Key_Space));
    connect(play_pause_, &QAction::triggered, this, [this] {
        if (controls_) controls_->set_paused(!controls_->paused());
        refresh();
    });
    next_handoff_ = addAction(style()->standardIcon(QStyle::SP_MediaSkipForward), QString());
    next_handoff_->setObjectName(QStringLiteral("replayNextHandoff"));
    next_handoff_->setShortcut(QKeySequence(Qt::Key_N));
    connect(next_handoff_, &QAction::triggered, this, [this] {
        if (controls_) controls_->step_to_next_handoff();
        refresh();
    });
    slower_ = new QAction(this);
    slower_->setObjectName(QStringLiteral("replaySlower"));
    slower_->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(slower_, &QAction::triggered, this, [this] { stepSpeed(-1); });
    faster_ = new QAction(this);
    faster_->setObjectName(QStringLiteral("replayFaster"));
    faster_->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(faster_, &QAction::triggered, this, [this] { stepSpeed(+1); });

    speed_label_ = new QLabel;
    speed_box_ = new QComboBox;
    for (const double s : speeds()) speed_box_->addItem(QString(), s);
    speed_box_->setCurrentIndex(3);  // 1×
    // Keys only, no buttons: the speed box is the visible control, and its shortcuts work while
    // the box is on screen (an action on a toolbar would be one more button).
    speed_box_->addAction(slower_);
    speed_box_->addAction(faster_);
    connect(speed_box_, &QComboBox::currentIndexChanged, this, [this] {
        if (controls_) controls_->set_speed(speed());
    });
    addSeparator();
    addWidget(speed_label_);
    addWidget(speed_box_);
    addSeparator();
    position_ = new QSlider(Qt::Horizontal);
    position_->setRange(0, kSliderSteps);
    position_->setMinimumWidth(220);
    connect(position_, &QSlider::sliderMoved, this, &ReplayBar::seekToSlider);
    connect(position_, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove) QTimer::singleShot(0, this, &ReplayBar::seekToSlider);
    });
    addWidget(position_);
    time_label_ = new QLabel;
    time_label_->setMinimumWidth(time_label_->fontMetrics().horizontalAdvance(QStringLiteral("000 ms / 000 ms")));
    addWidget(time_label_);

    refresh_timer_.setInterval(30);
    connect(&refresh_timer_, &QTimer::timeout, this, &ReplayBar::refresh);
    connect(controller_, &RunController::runningChanged, this, &ReplayBar::onRunningChanged);
    retranslate();
    updateActions();
}

void ReplayBar::retranslate() {
    setWindowTitle(tr("Replay"));
    replay_->setText(tr("Re&play"));
    replay_->setToolTip(tr("Play the run shown again, as recorded, at the chosen speed; nothing is run again "
                           "(Ctrl+Shift+P)"));
    play_pause_->setText(tr("Pause"));
    play_pause_->setToolTip(tr("Pause or go on (Space)"));
    next_handoff_->setText(tr("Next hand-off"));
    next_handoff_->setToolTip(tr("Go to the next moment the GIL passes to another thread, and pause there (N)"));
    slower_->setText(tr("Slower"));
    faster_->setText(tr("Faster"));
    speed_label_->setText(tr("Speed:"));
    speed_box_->setToolTip(tr("How fast the replay goes: 0.1× shows 50 ms of the run in half a second ([ slower, ] faster)"));
    for (int i = 0; i < speed_box_->count(); ++i)
        speed_box_->setItemText(i, tr("%1×").arg(speed_text(speeds()[static_cast<std::size_t>(i)])));
    position_->setToolTip(tr("Where in the recorded run the replay is: drag to move"));
    refresh();
}

void ReplayBar::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QToolBar::changeEvent(e);
}

double ReplayBar::speed() const { return speed_box_->currentData().toDouble(); }

void ReplayBar::setSpeed(double speed) {
    int best = 0;
    for (int i = 0; i < speed_box_->count(); ++i)
        if (std::abs(std::log(speeds()[static_cast<std::size_t>(i)] / speed)) <
            std::abs(std::log(speeds()[static_cast<std::size_t>(best)] / speed)))
            best = i;
    speed_box_->setCurrentIndex(best);
}

void ReplayBar::stepSpeed(int by) {
    speed_box_->setCurrentIndex(std::clamp(speed_box_->currentIndex() + by, 0, speed_box_->count() - 1));
}

void ReplayBar::setShownRun(std::shared_ptr<const RunResult> run) {
    shown_ = std::move(run);
    updateActions();
}

QString ReplayBar::replay() {
    if (controller_->isRunning()) return tr("A run is going; replay it once it has finished.");
    if (!shown_ || !shown_->timeline || !shown_->timeline->finished()) return tr("There is no finished run to replay.");
    const std::shared_ptr<const RunResult> run = shown_;
    auto source = std::make_unique<ReplaySource>(run, speed());
    auto controls = source->controls();
    emit replayStarting(run);
    controls_ = controls;  // before startSource: its signals see a replay going
    const QString problem = controller_->startSource(std::move(source), run->description());
    if (!problem.isEmpty()) controls_.reset();
    else refresh_timer_.start();
    updateActions();
    refresh();
    return problem;
}

void ReplayBar::onRunningChanged(bool running) {
    if (!running && controls_) {
        controls_.reset();
        refresh_timer_.stop();
        refresh();
    }
    updateActions();
}

void ReplayBar::updateActions() {
    const bool replaying = isReplaying();
    replay_->setEnabled(!controller_->isRunning() && shown_ && shown_->timeline && shown_->timeline->finished());
    play_pause_->setEnabled(replaying);
    next_handoff_->setEnabled(replaying);
    position_->setEnabled(replaying);
}

void ReplayBar::seekToSlider() {
    if (!controls_) return;
    const std::int64_t span = controls_->end_ns() - controls_->start_ns();
    const double share = static_cast<double>(position_->sliderPosition()) / kSliderSteps;
    controls_->seek(controls_->start_ns() + static_cast<std::int64_t>(std::llround(share * static_cast<double>(span))));
    refresh();
}

QString ReplayBar::positionText() const {
    if (!controls_) return {};
    return tr("%1 / %2").arg(format_duration(controls_->position() - controls_->start_ns()),
                              format_duration(controls_->end_ns() - controls_->start_ns()));
}

void ReplayBar::refresh() {
    const bool paused = controls_ && controls_->paused();
    play_pause_->setText(paused ? tr("Play") : tr("Pause"));
    play_pause_->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    time_label_->setText(positionText());
    if (!controls_ || position_->isSliderDown()) return;
    const std::int64_t span = controls_->end_ns() - controls_->start_ns();
    const double share =
        span > 0 ? static_cast<double>(controls_->position() - controls_->start_ns()) / static_cast<double>(span) : 1.0;
    const QSignalBlocker quiet(position_);
    position_->setValue(static_cast<int>(std::lround(share * kSliderSteps)));
}

}  // namespace conclab::ui

#include "ui/run/run_controller.h"

#include <stdexcept>

#include "experiment/comparison_lineup.h"
#include "run/run_session.h"
#include "timeline/shared_timeline.h"
#include "ui/comparison/comparison_model.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"

namespace conclab::ui {

RunController::RunController(ComparisonModel* model, QObject* parent) : QObject(parent), model_(model) {
    poll_timer_.setInterval(16);
    connect(&poll_timer_, &QTimer::timeout, this, &RunController::poll);
    progress_timer_.setInterval(100);
    connect(&progress_timer_, &QTimer::timeout, this, [this] {
        if (source_) emit progressChanged(source_->progress(), elapsed_.elapsed());
    });
}

RunController::~RunController() {
    queue_.clear();
    if (source_) {
        source_->request_stop();
        source_.reset();  // joins every worker
    }
}

std::shared_ptr<const SharedTimeline> RunController::liveTimeline() const { return live_; }

QString RunController::start(const Experiment& e) {
    if (source_) return tr("A run is already going; stop it first.");
    if (const auto problem = e.validate()) return message_text(*problem);
    std::unique_ptr<RunSession> session;
    try {
        session = std::make_unique<RunSession>(e);
    } catch (const MessageError& ex) {
        return message_text(Message{MessageCode::RunCouldNotStart, {message_arg(ex.message())}});
    }
    return startSource(std::move(session), RunDescription{SourceKind::Simulated, e, {}});
}

QString RunController::startSource(std::unique_ptr<EventSource> source, RunDescription description) {
    if (source_) return tr("A run is already going; stop it first.");
    try {
        source->start();
    } catch (const MessageError& ex) {
        return message_text(Message{MessageCode::RunCouldNotStart, {message_arg(ex.message())}});
    } catch (const std::exception& ex) {
        return message_text(Message{MessageCode::RunCouldNotStart,
                                    {message_arg(Message{MessageCode::ForeignError, {text_arg(ex.what())}})}});
    }
    source_ = std::move(source);
    current_ = std::move(description);
    live_ = source_->timeline();
    drawn_version_ = 0;
    elapsed_.start();
    poll_timer_.start();
    progress_timer_.start();
    emit runStarted(live_);
    emit runningChanged(true);
    emit progressChanged(0.0, 0);
    return {};
}

void RunController::poll() {
    if (!source_) return;
    if (live_ && live_->version() != drawn_version_) {
        drawn_version_ = live_->version();
        emit segmentsArrived();
    }
    if (source_->finished()) onFinished();
}

QString RunController::compareAll(const Experiment& e) {
    if (source_) return tr("A run is already going; stop it first.");
    queue_.clear();
    QStringList skipped;
    for (const Experiment& x : comparison_lineup(e)) {
        if (x.validate()) {
            skipped << model_display_name(x.model);
            continue;
        }
        queue_.push_back(x);
    }
    if (queue_.empty()) {
        const auto problem = e.validate();
        return tr("No model can run this experiment: %1").arg(problem ? message_text(*problem) : QString());
    }
    if (!skipped.isEmpty()) emit message(tr("Skipped (outside their limits): %1").arg(skipped.join(QStringLiteral(", "))));
    startNextQueued();
    return {};
}

void RunController::startNextQueued() {
    while (!queue_.empty() && !source_) {
        const Experiment next = queue_.front();
        queue_.pop_front();
        const QString problem = start(next);
        if (!problem.isEmpty()) emit message(problem);
    }
}

void RunController::stop() {
    queue_.clear();
    if (source_) source_->request_stop();
}

void RunController::onFinished() {
    if (!source_) return;
    source_->wait();
    auto result = std::make_shared<RunResult>(source_->take_result());
    kept_budget_.add(result);
    source_.reset();
    live_.reset();
    poll_timer_.stop();
    progress_timer_.stop();
    const int index = model_->addRun(comparison_row(*result), result);
    emit progressChanged(1.0, elapsed_.elapsed());
    emit runFinished(index, result);
    if (result->status != RunStatus::Completed) queue_.clear();
    if (!queue_.empty()) {
        startNextQueued();
        return;
    }
    emit runningChanged(false);
}

}  // namespace conclab::ui

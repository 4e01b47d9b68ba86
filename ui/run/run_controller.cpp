#include "ui/run/run_controller.h"

#include <stdexcept>

#include "core/clock.h"
#include "experiment/comparison_lineup.h"
#include "run/run_session.h"
#include "ui/comparison/comparison_model.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"
#include "ui/run/live_feed.h"

namespace conclab::ui {

RunController::RunController(ComparisonModel* model, QObject* parent)
    : QObject(parent), model_(model), feed_(new LiveFeed(this)) {
    connect(feed_, &LiveFeed::appended, this, &RunController::segmentsArrived);
    progress_timer_.setInterval(100);
    connect(&progress_timer_, &QTimer::timeout, this, [this] {
        if (!session_) return;
        emit progressChanged(session_->progress(), elapsed_.elapsed());
        if (session_->finished()) onFinished();  // in case the finish notice is still queued
    });
}

RunController::~RunController() {
    queue_.clear();
    if (session_) {
        session_->request_stop();
        session_.reset();  // joins every worker; the feed (a child) goes after
    }
    feed_->prepare();
}

std::shared_ptr<const TimelineStore> RunController::liveTimeline() const { return feed_->store(); }

QString RunController::start(const Experiment& e) {
    if (session_) return tr("A run is already going; stop it first.");
    if (const auto problem = e.validate()) return message_text(*problem);
    feed_->prepare();
    std::int64_t started_at = 0;
    try {
        session_ = std::make_unique<RunSession>(e, feed_->sink(), feed_->guarded([this] { onFinished(); }));
        started_at = now_ns();
        session_->start();
    } catch (const MessageError& ex) {
        session_.reset();
        return message_text(Message{MessageCode::RunCouldNotStart, {message_arg(ex.message())}});
    } catch (const std::exception& ex) {
        session_.reset();
        return message_text(Message{MessageCode::RunCouldNotStart,
                                    {message_arg(Message{MessageCode::ForeignError, {text_arg(ex.what())}})}});
    }
    current_ = e;
    RunLayout layout = session_->layout();
    if (layout.start_ns == 0) layout.start_ns = started_at;
    auto store = feed_->attach(layout);
    elapsed_.start();
    progress_timer_.start();
    emit runStarted(store, current_);
    emit runningChanged(true);
    emit progressChanged(0.0, 0);
    return {};
}

QString RunController::compareAll(const Experiment& e) {
    if (session_) return tr("A run is already going; stop it first.");
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
    while (!queue_.empty() && !session_) {
        const Experiment next = queue_.front();
        queue_.pop_front();
        const QString problem = start(next);
        if (!problem.isEmpty()) emit message(problem);
    }
}

void RunController::stop() {
    queue_.clear();
    if (session_) session_->request_stop();
}

void RunController::onFinished() {
    if (!session_) return;
    session_->wait();
    auto result = std::make_shared<RunResult>(session_->take_result());
    kept_budget_.add(result);
    session_.reset();
    feed_->prepare();  // late batches of this run are dropped; the result's timeline is complete
    progress_timer_.stop();
    ComparisonRow row;
    row.experiment = result->experiment;
    row.status = result->status;
    row.status_detail = result->detail;
    row.metrics = result->metrics;
    const int index = model_->addRun(std::move(row), result);
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

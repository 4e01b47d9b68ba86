#pragma once
// Runs experiments for the window: one RunSession at a time (or a queue of them for "Compare
// all"), live batches through a LiveFeed into a GUI-owned TimelineStore, and every finished run
// into the comparison model with its full result kept. The GUI never touches a worker.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <memory>

#include "experiment/experiment.h"
#include "ui/run/kept_results_budget.h"

namespace conclab {
class RunSession;
class TimelineStore;
struct RunResult;
}  // namespace conclab

namespace conclab::ui {

class ComparisonModel;
class LiveFeed;

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(ComparisonModel* model, QObject* parent = nullptr);
    ~RunController() override;

    bool isRunning() const { return session_ != nullptr; }
    // Start one run; returns why not (empty when started).
    QString start(const Experiment& e);
    // Run the workload under every model in turn, sequential first (its time is the baseline).
    QString compareAll(const Experiment& e);
    // Stop the current run (ends within a fraction of a second) and drop the rest of the queue.
    void stop();

    const Experiment& currentExperiment() const { return current_; }
    std::shared_ptr<const TimelineStore> liveTimeline() const;
    const LiveFeed* feed() const { return feed_; }
    int queuedRuns() const { return static_cast<int>(queue_.size()); }

signals:
    void runStarted(std::shared_ptr<const conclab::TimelineStore> timeline, const conclab::Experiment& experiment);
    void segmentsArrived();
    void runFinished(int row, std::shared_ptr<const conclab::RunResult> result);
    void runningChanged(bool running);
    void progressChanged(double fraction, qint64 elapsed_ms);
    void message(const QString& text);

private:
    void onFinished();
    void startNextQueued();

    ComparisonModel* model_;
    LiveFeed* feed_;
    std::unique_ptr<RunSession> session_;
    Experiment current_;
    std::deque<Experiment> queue_;
    QTimer progress_timer_;
    QElapsedTimer elapsed_;
    KeptResultsBudget kept_budget_;  // folds older finished runs so memory stays bounded
};

}  // namespace conclab::ui

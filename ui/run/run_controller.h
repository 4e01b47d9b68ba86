#pragma once
// Runs things for the window, one at a time: an experiment (a RunSession), a queue of them for
// "Compare all", or any other event source (an observed program, a replay). While a source runs,
// the window draws its one SharedTimeline directly; a 16 ms timer notices new data (the
// timeline's version) and the end of the run, so nothing is posted from the source's threads.
// Every finished run goes into the comparison model with its full result kept. The GUI never
// touches a worker.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "experiment/experiment.h"
#include "metrics/run_metrics.h"
#include "run/run_result.h"
#include "ui/run/kept_results_budget.h"
#include "ui/text/live_text.h"

namespace conclab {
class EventSource;
class SharedTimeline;
struct RunResult;
}  // namespace conclab

namespace conclab::ui {

class ComparisonModel;

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(ComparisonModel* model, QObject* parent = nullptr);
    ~RunController() override;

    bool isRunning() const { return source_ != nullptr; }
    // Start one run; returns why not (null when started), to be composed when it is shown, so a
    // status line that keeps it follows a language switch.
    LiveText tryStart(const Experiment& e);
    // Start any other source (started here); returns why not (null when started).
    LiveText tryStartSource(std::unique_ptr<EventSource> source, RunDescription description);
    // Run the workload under every model in turn, sequential first (its time is the baseline).
    LiveText tryCompareAll(const Experiment& e);
    // The same, with the reason written now (empty when started).
    QString start(const Experiment& e) { return text_of(tryStart(e)); }
    // Out of line: destroying a unique_ptr<EventSource> needs the complete type.
    QString startSource(std::unique_ptr<EventSource> source, RunDescription description);
    QString compareAll(const Experiment& e) { return text_of(tryCompareAll(e)); }
    // Moves the GIL switch interval of the simulated run going on now (a lesson's slider): it
    // takes effect at the next wait for the GIL, and the run records the change. False when no
    // simulated run is going or `ns` is out of bounds.
    bool setSwitchInterval(std::int64_t ns);
    // Observe a real program (no shell: `argv` as given) in `working_dir` (empty: the current one).
    QString observe(std::vector<std::string> argv, std::string working_dir);
    // Side by side: the experiment simulated, then the lesson script doing the same work under
    // real CPython (`python`, found in PATH), both rows in the table. Says why not when Python or
    // the scripts are missing, or no script does that workload (file I/O, mixed steps).
    QString besideRealPython(const Experiment& e, const std::string& python = "python3");
    // Stop the current run (ends within a fraction of a second) and drop the rest of the queue.
    void stop();
    // A finished run that did not run here (read from a saved file): into the table, under the
    // same memory budget as every kept run. Returns its row.
    int addFinishedRun(const std::shared_ptr<RunResult>& result);

    const RunDescription& current() const { return current_; }
    std::shared_ptr<const SharedTimeline> liveTimeline() const;
    int queuedRuns() const { return static_cast<int>(queue_.size()); }

signals:
    void runStarted(std::shared_ptr<const conclab::SharedTimeline> timeline);
    void segmentsArrived();
    void runFinished(int row, std::shared_ptr<const conclab::RunResult> result);
    void runningChanged(bool running);
    void progressChanged(double fraction, qint64 elapsed_ms);
    void message(const conclab::ui::LiveText& text);  // for the status line

private:
    static QString text_of(const LiveText& text) { return text ? text() : QString(); }
    void poll();
    void onFinished();
    void startNextQueued();

    ComparisonModel* model_;
    std::unique_ptr<EventSource> source_;
    std::shared_ptr<const SharedTimeline> live_;
    std::uint64_t drawn_version_ = 0;
    RunDescription current_;
    // A real program to observe, queued behind a simulated run (side by side).
    struct ObservedRun {
        std::vector<std::string> argv;
        std::string working_dir;
    };
    LiveText startQueued(const std::variant<Experiment, ObservedRun>& next);
    std::deque<std::variant<Experiment, ObservedRun>> queue_;
    bool comparing_ = false;       // the queue is a Compare all lineup
    bool baseline_rerun_ = false;  // its busy sequential run was already run again once
    QTimer poll_timer_;      // 16 ms: new data to draw, the end of the run
    QTimer progress_timer_;  // 100 ms: the progress bar and elapsed time
    QElapsedTimer elapsed_;
    KeptResultsBudget kept_budget_;  // folds older finished runs so memory stays bounded
};

}  // namespace conclab::ui

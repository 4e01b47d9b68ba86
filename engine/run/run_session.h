#pragma once
// Runs one experiment on real threads/processes in the background and records its timeline.
//
//   RunSession run(experiment, [](std::vector<Event> batch) { /* collector thread */ });
//   run.start();
//   ... run.progress(), run.request_stop() from any thread ...
//   run.wait();
//   RunResult r = run.take_result();
//
// The live sink is called on the engine's collector thread (~60 times a second) with every event
// recorded since the previous call; it must not block for long. GUI code forwards the batch to its
// own thread (queued invocation) and appends it to a TimelineStore built from layout().
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "metrics/run_metrics.h"
#include "record/event.h"
#include "experiment/experiment.h"
#include "run/worker_failure.h"
#include "timeline/run_layout.h"
#include "timeline/timeline_store.h"

namespace conclab {

struct RunResult {
    Experiment experiment;
    RunStatus status = RunStatus::Completed;
    std::string detail;  // empty when completed; else why: "stopped", "Process-2 (pid 4711) killed by SIGABRT at 0.231 s"
    // The worker that failed the run, if one did: a process that died, or a thread or process the
    // system would not start (pid 0).
    std::optional<WorkerFailure> failure;
    TimelineStore timeline;
    RunMetrics metrics;
};

using EventBatchSink = std::function<void(std::vector<Event> batch)>;
using RunFinishedCallback = std::function<void()>;

class RunSession {
public:
    // Throws std::invalid_argument with Experiment::validate()'s message if out of bounds.
    explicit RunSession(Experiment experiment, EventBatchSink live_sink = {},
                        RunFinishedCallback on_finished = {});
    ~RunSession();  // stops the run if still going and waits for every worker
    RunSession(const RunSession&) = delete;
    RunSession& operator=(const RunSession&) = delete;

    const Experiment& experiment() const;
    const RunLayout& layout() const;  // lanes and groups, known before start()

    void start();
    void request_stop();  // thread-safe, returns at once; workers end within ~100 ms
    // Changes the GIL's switch interval while the run goes (a lesson's slider), in every GIL of
    // the run, worker processes' included: each wait for the GIL that begins afterwards uses it, as
    // after sys.setswitchinterval(). Recorded as an EventKind::SwitchInterval event (the timeline's
    // switch_interval_changes()). Before start(), the run starts with it (recorded at its start).
    // Thread-safe. False, changing nothing, if outside kMinSwitchIntervalNs..kMaxSwitchIntervalNs.
    bool set_switch_interval(std::int64_t ns);
    bool finished() const;
    bool wait_for(std::chrono::milliseconds timeout);
    void wait();
    double progress() const;  // finished tasks / tasks, 0..1
    RunResult take_result();  // once finished(); at most once

    class Impl;

private:
    std::unique_ptr<Impl> impl_;
};

// Ticks of the CPU kernel per millisecond on this machine, measured once per process (~0.1 s) on
// first use. Call early from a background thread to keep the first run from paying for it.
double cpu_ticks_per_ms();

}  // namespace conclab

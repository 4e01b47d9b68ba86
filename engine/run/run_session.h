#pragma once
// Runs one experiment on real threads/processes in the background and records its timeline.
//
//   RunSession run(experiment);
//   run.start();
//   ... run.progress(), run.request_stop() from any thread; run.timeline() to draw it live ...
//   run.wait();
//   RunResult r = run.take_result();
//
// The collector thread appends every recorded batch (~60 times a second) to the run's one
// SharedTimeline, which a window reads while it fills. An optional tap sees each batch too, on
// the collector thread (tests use it to watch workers start); it must not block for long.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "experiment/experiment.h"
#include "metrics/run_metrics.h"
#include "record/event.h"
#include "run/event_source.h"
#include "run/run_result.h"
#include "run/worker_failure.h"
#include "timeline/run_layout.h"
#include "timeline/shared_timeline.h"

namespace conclab {

using EventBatchSink = std::function<void(std::vector<Event> batch)>;
using RunFinishedCallback = std::function<void()>;

class RunSession : public EventSource {
public:
    // Throws MessageError with Experiment::validate()'s message if out of bounds. start() throws
    // MessageError too when the machine refuses what a run needs (shared memory, a temporary
    // folder, a loopback socket).
    explicit RunSession(Experiment experiment, EventBatchSink tap = {}, RunFinishedCallback on_finished = {});
    ~RunSession() override;  // stops the run if still going and waits for every worker
    RunSession(const RunSession&) = delete;
    RunSession& operator=(const RunSession&) = delete;

    const Experiment& experiment() const;
    const RunLayout& layout() const;  // lanes and groups, known before start()

    void start() override;
    void request_stop() override;  // thread-safe, returns at once; workers end within ~100 ms
    bool finished() const override;
    bool wait_for(std::chrono::milliseconds timeout) override;
    double progress() const override;  // finished tasks / tasks, 0..1
    // The run's timeline (null before start()).
    std::shared_ptr<const SharedTimeline> timeline() const override;
    RunResult take_result() override;  // once finished(); at most once
    using EventSource::wait;
    // Changes the GIL's switch interval while the run goes (a lesson's slider), in every GIL of
    // the run, worker processes' included: each wait for the GIL that begins afterwards uses it, as
    // after sys.setswitchinterval(). Recorded as an EventKind::SwitchInterval event (the timeline's
    // switch_interval_changes()). Before start(), the run starts with it (recorded at its start).
    // Thread-safe. False, changing nothing, if outside kMinSwitchIntervalNs..kMaxSwitchIntervalNs.
    bool set_switch_interval(std::int64_t ns);

    class Impl;

private:
    std::unique_ptr<Impl> impl_;
};

// Ticks of the CPU kernel per millisecond on this machine, measured once per process (~0.1 s) on
// first use. Call early from a background thread to keep the first run from paying for it.
double cpu_ticks_per_ms();

}  // namespace conclab

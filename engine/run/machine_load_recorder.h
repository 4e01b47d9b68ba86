#pragma once
// What the rest of the machine took from a run while it went (DESIGN.md "Truth on a real
// machine"): per-CPU busy time from /proc/stat every 50 ms, less what this run's workers ran there,
// is drawn as Other work under each core row (live, half a second behind, once the workers'
// segments of that window have surely arrived) and summed into the figure a busy run is marked
// by; the peak memory of the run's processes is sampled as summed PSS.
//
//   MachineLoadRecorder load(layout);            // when the run starts
//   load.on_events(batch); load.feed(timeline);  // on the collector thread, every batch
//   MachineLoad m = load.finish(timeline, ...);  // once the timeline is finished
#include <cstdint>
#include <span>
#include <vector>

#include "machine/core_busy_sampler.h"
#include "machine/memory_peak_tracker.h"
#include "metrics/run_metrics.h"
#include "record/event.h"
#include "timeline/run_layout.h"
#include "timeline/shared_timeline.h"

namespace conclab {

class MachineLoadRecorder {
public:
    // Starts sampling the CPUs of `layout`'s core rows and this process's memory.
    explicit MachineLoadRecorder(const RunLayout& layout);
    MachineLoadRecorder(const MachineLoadRecorder&) = delete;
    MachineLoadRecorder& operator=(const MachineLoadRecorder&) = delete;

    // Collector thread: worker processes that began join the memory sampling.
    void on_events(std::span<const Event> batch);
    // Collector thread: windows old enough to be settled become Other work on the core rows.
    void feed(SharedTimeline& timeline);
    // After the timeline was finished at `end_ns`: the rest of the windows, and the run's figures.
    // `worker_cpu_ns`: the CPU time the run's workers recorded (threads of this process or worker
    // processes, reaped by now). This process's CPU time beyond it is the run's own overhead (the
    // window, the collector), not other programs; with `children_are_the_runs` so is that of the
    // children reaped since the start (a worker process's exec and start-up before its first
    // event). An observer's child is the observed program, drawn on its lanes: false there.
    MachineLoad finish(SharedTimeline& timeline, std::int64_t start_ns, std::int64_t end_ns,
                       std::int64_t worker_cpu_ns, bool children_are_the_runs);
    // The peak summed PSS of the run's processes (valid after finish()).
    MemoryPeak memory_peak() const { return memory_.peak(); }

private:
    void add_window(SharedTimeline& timeline, const CoreBusyWindow& w, std::int64_t from, std::int64_t to);

    std::vector<int> cpus_;  // the CPU id of each core row
    CoreBusySampler sampler_;
    MemoryPeakTracker memory_;
    std::vector<CoreBusyWindow> pending_;  // taken from the sampler, not yet settled
    std::int64_t start_ns_ = 0;            // the run's start: earlier parts of windows are not its
    std::int64_t other_ns_ = 0;            // busy time less the workers', summed over rows and windows
    std::int64_t process_cpu_at_start_ns_ = 0;
    std::int64_t children_cpu_at_start_ns_ = 0;  // of the children reaped before the run
    bool saw_window_ = false;
    int self_pid_ = 0;
};

}  // namespace conclab

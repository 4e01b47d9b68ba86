#include "run/machine_load_recorder.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

#include "core/clock.h"

namespace conclab {
namespace {

// A window is drawn once this much time has passed after it: a worker descheduled between an
// event and publishing it reaches the core rows a little late, and Other work must not be put
// where its Running segment will land.
constexpr std::int64_t kSettleNs = 500'000'000;

std::int64_t cpu_ns_of(int who) {
    rusage u{};
    getrusage(who, &u);
    return (static_cast<std::int64_t>(u.ru_utime.tv_sec) + u.ru_stime.tv_sec) * 1'000'000'000 +
           (static_cast<std::int64_t>(u.ru_utime.tv_usec) + u.ru_stime.tv_usec) * 1'000;
}

std::vector<int> core_row_cpus(const RunLayout& layout) {
    std::vector<int> cpus;
    for (std::uint32_t row = 0; row < layout.core_row_count(); ++row) cpus.push_back(layout.core_row_cpu(row));
    return cpus;
}

}  // namespace

MachineLoadRecorder::MachineLoadRecorder(const RunLayout& layout)
    : cpus_(core_row_cpus(layout)),
      sampler_(cpus_),
      start_ns_(layout.start_ns),
      process_cpu_at_start_ns_(cpu_ns_of(RUSAGE_SELF)),
      children_cpu_at_start_ns_(cpu_ns_of(RUSAGE_CHILDREN)),
      self_pid_(static_cast<int>(getpid())) {
    memory_.add_pid(self_pid_);
}

void MachineLoadRecorder::on_events(std::span<const Event> batch) {
    for (const Event& e : batch)
        if (e.kind == EventKind::LaneBegin && e.a != self_pid_) memory_.add_pid(static_cast<int>(e.a));
}

void MachineLoadRecorder::feed(SharedTimeline& timeline) {
    std::vector<CoreBusyWindow> fresh = sampler_.take_windows();
    pending_.insert(pending_.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
    const std::int64_t settled_before = now_ns() - kSettleNs;
    std::size_t done = 0;
    while (done < pending_.size() && pending_[done].t1_ns <= settled_before) {
        add_window(timeline, pending_[done], start_ns_, pending_[done].t1_ns);
        ++done;
    }
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(done));
}

void MachineLoadRecorder::add_window(SharedTimeline& timeline, const CoreBusyWindow& w, std::int64_t from,
                                     std::int64_t to) {
    // Only the part of the window inside the run counts; a window that straddles its edge counts
    // its busy time in proportion (the counters cannot say when inside the window it was).
    const std::int64_t t0 = std::max(w.t0_ns, from);
    const std::int64_t t1 = std::min(w.t1_ns, to);
    if (t1 <= t0 || w.t1_ns <= w.t0_ns) return;
    saw_window_ = true;
    const double part = static_cast<double>(t1 - t0) / static_cast<double>(w.t1_ns - w.t0_ns);
    for (std::uint32_t row = 0; row < w.busy_ns.size() && row < cpus_.size(); ++row) {
        const auto busy = static_cast<std::int64_t>(static_cast<double>(w.busy_ns[row]) * part);
        other_ns_ += timeline.add_other_work(row, t0, t1, busy);
    }
}

MachineLoad MachineLoadRecorder::finish(SharedTimeline& timeline, std::int64_t start_ns, std::int64_t end_ns,
                                        std::int64_t worker_cpu_ns, bool children_are_the_runs) {
    sampler_.stop();
    memory_.stop();
    std::vector<CoreBusyWindow> rest = sampler_.take_windows();
    pending_.insert(pending_.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
    for (const CoreBusyWindow& w : pending_) add_window(timeline, w, start_ns, end_ns);
    pending_.clear();

    MachineLoad load;
    load.measured = saw_window_;
    load.capacity_ns = static_cast<std::int64_t>(cpus_.size()) * std::max<std::int64_t>(0, end_ns - start_ns);
    // This program's own work that is not the workers' recorded work (the window, the collector,
    // the samplers, worker processes starting): busy time on the same CPUs, but not "other programs".
    std::int64_t own = cpu_ns_of(RUSAGE_SELF) - process_cpu_at_start_ns_;
    // Worker processes' exec and start-up before their first event: without them, 4 worker
    // processes starting read as 18 % "other programs" of a 60 ms run on an idle 2-core machine.
    if (children_are_the_runs) own += cpu_ns_of(RUSAGE_CHILDREN) - children_cpu_at_start_ns_;
    load.own_overhead_ns = std::max<std::int64_t>(0, own - worker_cpu_ns);
    load.other_cpu_ns = std::max<std::int64_t>(0, other_ns_ - load.own_overhead_ns);
    return load;
}

}  // namespace conclab

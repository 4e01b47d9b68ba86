// Ready time a run's own workers cannot explain (see run_metrics.h).
#include <algorithm>
#include <utility>
#include <vector>

#include "metrics/run_metrics.h"
#include "timeline/timeline_store.h"

namespace conclab {

namespace {

// A thread handed the GIL, or woken from a sleep, is Ready until the kernel puts it on a CPU: tens
// to hundreds of microseconds on an idle machine (more in a virtual machine), a hundred times a
// second under the GIL. Another program holding the CPU makes it wait a time slice, milliseconds.
// Shorter waits are the kernel's wake-up, not a busy machine: without this, 6.5 ms of them in a
// 120 ms run of 4 threads under the GIL marked an idle 2-core machine busy.
constexpr std::int64_t kWakeUpLatencyNs = 1'000'000;

}  // namespace

std::int64_t unexplained_ready_ns(const TimelineStore& timeline, int cpus) {
    // A sweep over every lane's Running (and Overhead) and Ready segments: between two edges, `running` workers
    // ran and `ready` waited for a CPU. Waiting while one of the usable CPUs had none of the
    // run's workers means something outside the run held it.
    struct Edge {
        std::int64_t t;
        int running;
        int ready;
    };
    std::vector<Edge> edges;
    for (std::uint32_t lane = 0; lane < timeline.layout().lanes.size(); ++lane) {
        const SegmentSeq& row = timeline.segments(RowRef{RowKind::Lane, lane});
        for (std::size_t i = 0; i < row.size(); ++i) {
            const Segment& s = row[i];
            // Overhead (a worker process forking, starting, copying) is the run's own work on a CPU
            // too: a sibling Ready beside it waits for the run, not for another program.
            if (s.state() == LaneState::Running || s.state() == LaneState::Overhead) {
                edges.push_back({s.start_ns, +1, 0});
                edges.push_back({s.end_ns, -1, 0});
            } else if (s.state() == LaneState::Ready && s.end_ns - s.start_ns >= kWakeUpLatencyNs) {
                edges.push_back({s.start_ns, 0, +1});
                edges.push_back({s.end_ns, 0, -1});
            }
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.t < b.t; });
    std::int64_t unexplained = 0;
    int running = 0;
    int ready = 0;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        running += edges[i].running;
        ready += edges[i].ready;
        const std::int64_t next = i + 1 < edges.size() ? edges[i + 1].t : edges[i].t;
        // Folded stretches hold each state's exact time but not its order: there the sweep can
        // count a Ready beside a Running that did not happen at the same instant. Only the
        // unfolded detail is judged.
        if (edges[i].t < timeline.folded_before_ns()) continue;
        if (ready > 0 && running < cpus) unexplained += static_cast<std::int64_t>(std::min(ready, cpus - running)) * (next - edges[i].t);
    }
    return unexplained;
}

}  // namespace conclab

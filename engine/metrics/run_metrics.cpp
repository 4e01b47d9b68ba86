// Run figures from the timeline, and speedups against a sequential baseline.
#include "metrics/run_metrics.h"

#include <algorithm>

#include "timeline/timeline_store.h"

namespace conclab {

std::string_view run_status_name(RunStatus s) {
    switch (s) {
        case RunStatus::Completed: return "completed";
        case RunStatus::Stopped: return "stopped";
        case RunStatus::Failed: return "failed";
    }
    return "?";
}

RunMetrics compute_metrics(const TimelineStore& timeline, std::int64_t peak_rss_kib) {
    RunMetrics m;
    const RunLayout& layout = timeline.layout();
    m.wall_ns = timeline.end_ns() - timeline.start_ns();
    m.peak_rss_kib = peak_rss_kib;  // the parent process; worker processes add theirs below
    for (std::uint32_t lane = 0; lane < layout.lanes.size(); ++lane) {
        const LaneTotals& t = timeline.lane_totals(lane);
        m.cpu_ns += t.cpu_ns;
        m.voluntary_cs += t.voluntary_cs;
        m.involuntary_cs += t.involuntary_cs;
        m.peak_rss_kib += t.peak_rss_kib;
        m.gil_wait_ns += t.state_ns[static_cast<std::size_t>(LaneState::WaitingGil)];
        for (std::size_t s = 0; s < t.state_ns.size(); ++s)
            if (s != static_cast<std::size_t>(LaneState::Idle)) m.busy_ns += t.state_ns[s];
    }
    m.handoffs = timeline.handoff_count();
    m.lanes = static_cast<int>(layout.lanes.size());
    m.cores = layout.cores;
    m.tasks_done = static_cast<int>(
        std::count_if(timeline.tasks().begin(), timeline.tasks().end(), [](const TaskRecord& t) { return t.finished; }));
    return m;
}

namespace {

// The latest completed sequential run of the same work: the baseline a speedup is measured against.
const ComparisonRow* baseline_for(const std::vector<ComparisonRow>& rows, const ComparisonRow& row) {
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        if (it->status == RunStatus::Completed && it->experiment.model == RunModel::Sequential &&
            it->experiment.workload.text == row.experiment.workload.text && it->experiment.tasks == row.experiment.tasks)
            return &*it;
    return nullptr;
}

}  // namespace

void compute_speedups(std::vector<ComparisonRow>& rows) {
    for (ComparisonRow& row : rows) {
        row.speedup.reset();
        row.efficiency.reset();
        // A stopped or failed run's wall time says nothing about how fast the model is.
        if (row.status != RunStatus::Completed || row.metrics.wall_ns <= 0) continue;
        if (row.experiment.model == RunModel::Sequential) {
            row.speedup = 1.0;
            row.efficiency = 1.0;
            continue;
        }
        const ComparisonRow* base = baseline_for(rows, row);
        if (base == nullptr || base->metrics.wall_ns <= 0) continue;
        row.speedup = static_cast<double>(base->metrics.wall_ns) / static_cast<double>(row.metrics.wall_ns);
        // Speedup per worker that could make progress at once: threads and processes are the
        // lanes, an event loop runs all its tasks' coroutines at once. Not per core: for I/O-bound
        // work more workers than cores is the point, and 400 % efficiency would explain nothing.
        const int concurrency = row.experiment.model == RunModel::Async ? row.experiment.tasks : row.metrics.lanes;
        row.efficiency = *row.speedup / std::max(1, concurrency);
    }
}

}  // namespace conclab

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

std::string_view source_kind_name(SourceKind k) {
    switch (k) {
        case SourceKind::Simulated: return "simulated";
        case SourceKind::Observed: return "observed";
        case SourceKind::Opened: return "opened";
    }
    return "?";
}

std::string work_key_of(const Experiment& e) { return e.workload.text + " x" + std::to_string(e.tasks); }

ComparisonRow simulated_row(const Experiment& e, RunStatus status, const RunMetrics& metrics) {
    ComparisonRow row;
    row.experiment = e;
    row.work_key = work_key_of(e);
    row.baseline = e.model == RunModel::Sequential;
    row.status = status;
    row.metrics = metrics;
    return row;
}

RunMetrics compute_metrics(const TimelineStore& timeline, std::int64_t peak_rss_kib) {
    RunMetrics m;
    const RunLayout& layout = timeline.layout();
    m.wall_ns = timeline.end_ns() - timeline.start_ns();
    m.peak_rss_kib = peak_rss_kib;  // the parent process; worker processes add theirs below
    int workers = 0;
    for (std::uint32_t lane = 0; lane < layout.lanes.size(); ++lane) {
        // Lanes shown to explain the run (the main thread waiting in join(), asyncio tasks' rows)
        // are not workers: counting them would count the loop's time twice, or a wait as work.
        if (!layout.lanes[lane].worker) continue;
        ++workers;
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
    m.lanes = workers;
    m.cores = layout.cores;
    m.tasks_done = static_cast<int>(
        std::count_if(timeline.tasks().begin(), timeline.tasks().end(), [](const TaskRecord& t) { return t.finished; }));
    return m;
}

namespace {

// The latest completed baseline of the same work: what a speedup is measured against.
const ComparisonRow* baseline_for(const std::vector<ComparisonRow>& rows, const ComparisonRow& row) {
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        if (it->status == RunStatus::Completed && it->baseline && it->work_key == row.work_key) return &*it;
    return nullptr;
}

}  // namespace

void compute_speedups(std::vector<ComparisonRow>& rows) {
    for (ComparisonRow& row : rows) {
        row.speedup.reset();
        row.efficiency.reset();
        // A stopped or failed run's wall time says nothing about how fast the model is.
        if (row.status != RunStatus::Completed || row.metrics.wall_ns <= 0) continue;
        if (row.baseline) {
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
        const bool event_loop = row.experiment && row.experiment->model == RunModel::Async;
        const int concurrency = event_loop ? row.experiment->tasks : row.metrics.lanes;
        row.efficiency = *row.speedup / std::max(1, concurrency);
    }
}

}  // namespace conclab

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

namespace {

bool is_python(const std::string& program) {
    const std::size_t slash = program.rfind('/');
    return program.compare(slash == std::string::npos ? 0 : slash + 1, 6, "python") == 0;
}

// The value of `--model X` or `--model=X` in a command line ("" when absent).
std::string model_choice(const std::vector<std::string>& command, std::vector<bool>* model_words = nullptr) {
    std::string model;
    for (std::size_t i = 0; i < command.size(); ++i) {
        if (command[i] == "--model" && i + 1 < command.size()) {
            model = command[i + 1];
            if (model_words != nullptr) (*model_words)[i] = (*model_words)[i + 1] = true;
            ++i;
        } else if (command[i].rfind("--model=", 0) == 0) {
            model = command[i].substr(8);
            if (model_words != nullptr) (*model_words)[i] = true;
        }
    }
    return model;
}

}  // namespace

std::string observed_work_key(const std::vector<std::string>& command) {
    std::vector<bool> model_words(command.size(), false);
    model_choice(command, &model_words);
    std::string key;
    for (std::size_t i = !command.empty() && is_python(command.front()) ? 1 : 0; i < command.size(); ++i)
        if (!model_words[i]) key += (key.empty() ? "" : " ") + command[i];
    return key;
}

bool observed_baseline(const std::vector<std::string>& command) { return model_choice(command) == "sequential"; }

std::string observed_model(const std::vector<std::string>& command) { return model_choice(command); }

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
        // Memory is the process's, kept on one of its lanes (an observed process's main thread, which
        // may be no worker): every lane's counts.
        m.peak_rss_kib += timeline.lane_totals(lane).peak_rss_kib;
        // Lanes shown to explain the run (the main thread waiting in join(), asyncio tasks' rows)
        // are not workers: counting them would count the loop's time twice, or a wait as work.
        if (!layout.lanes[lane].worker) continue;
        ++workers;
        const LaneTotals& t = timeline.lane_totals(lane);
        m.cpu_ns += t.cpu_ns;
        m.voluntary_cs += t.voluntary_cs;
        m.involuntary_cs += t.involuntary_cs;
        m.gil_wait_ns += t.state_ns[static_cast<std::size_t>(LaneState::WaitingGil)];
        m.busy_ns += t.non_idle_ns();
    }
    m.handoffs = timeline.handoff_count();
    m.lanes = workers;
    m.cores = layout.cores;
    m.tasks_done = static_cast<int>(
        std::count_if(timeline.tasks().begin(), timeline.tasks().end(), [](const TaskRecord& t) { return t.finished; }));
    return m;
}

namespace {

// The latest completed baseline of the same work: what a speedup is measured against. One that
// ran on a quiet machine is preferred over a later one other programs slowed down.
const ComparisonRow* baseline_for(const std::vector<ComparisonRow>& rows, const ComparisonRow& row) {
    const ComparisonRow* busy = nullptr;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (it->status != RunStatus::Completed || !it->baseline || it->work_key != row.work_key) continue;
        if (!it->metrics.machine_busy()) return &*it;
        if (!busy) busy = &*it;
    }
    return busy;
}

}  // namespace

void compute_speedups(std::vector<ComparisonRow>& rows) {
    for (ComparisonRow& row : rows) {
        row.speedup.reset();
        row.efficiency.reset();
        row.core_efficiency.reset();
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
        if (row.metrics.cores < concurrency) row.core_efficiency = *row.speedup / std::max(1, row.metrics.cores);
    }
}

}  // namespace conclab

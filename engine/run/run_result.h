#pragma once
// What a finished run leaves behind, whatever fed its timeline: a simulated run of the engine, an
// observed real program, or a saved run opened again.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/message.h"
#include "experiment/experiment.h"
#include "metrics/run_metrics.h"
#include "run/worker_failure.h"
#include "timeline/shared_timeline.h"

namespace conclab {

// What ran (or is running): a simulated experiment, or an observed program's command line, or a
// saved run. Captions, titles and table rows are made from it.
struct RunDescription {
    SourceKind source = SourceKind::Simulated;
    std::optional<Experiment> experiment;
    std::vector<std::string> command;
};

struct RunResult {
    SourceKind source = SourceKind::Simulated;
    // What a simulated run ran. Provenance only: an observed program or an opened file may have
    // none, and nothing that shows a run may assume it.
    std::optional<Experiment> experiment;
    std::vector<std::string> command;  // an observed program's argument list (empty otherwise)
    RunStatus status = RunStatus::Completed;
    // Why it did not complete (nothing when it did): "stopped after 1.234 s", "Process-2 (pid 4711)
    // killed by SIGABRT at 0.231 s" once the UI composes it.
    std::optional<Message> detail;
    // The worker that failed the run, if one did: a process that died, or a thread or process the
    // system would not start (pid 0).
    std::optional<WorkerFailure> failure;
    // The run's one timeline: the same object the window drew while the run went.
    std::shared_ptr<SharedTimeline> timeline;
    RunMetrics metrics;

    RunDescription description() const { return {source, experiment, command}; }
    // The finished timeline (nothing writes it any more, so no lock is needed).
    const TimelineStore& store() const { return timeline->store(); }
};

// The comparison table's row for a finished run (its speedup is filled in by compute_speedups).
ComparisonRow comparison_row(const RunResult& result);

}  // namespace conclab

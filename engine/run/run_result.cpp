#include "run/run_result.h"

namespace conclab {

ComparisonRow comparison_row(const RunResult& result) {
    ComparisonRow row;
    if (result.experiment) {
        row = simulated_row(*result.experiment, result.status, result.metrics);
    } else {
        row.status = result.status;
        row.metrics = result.metrics;
        if (result.source == SourceKind::Observed) {
            row.work_key = observed_work_key(result.command);
            row.baseline = observed_baseline(result.command);
        }
    }
    row.source = result.source;
    row.command = result.command;
    row.status_detail = result.detail;
    return row;
}

}  // namespace conclab

#pragma once
// Plain-text renderings of results for the terminal.
#include <string>
#include <vector>

#include "metrics/run_metrics.h"
#include "run/run_session.h"

namespace conclab::cli {

std::string format_run_summary(const RunResult& result, double ticks_per_ms);
std::string format_comparison_table(const std::vector<ComparisonRow>& rows);

}  // namespace conclab::cli

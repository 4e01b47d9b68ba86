#pragma once
// The comparison table as CSV (RFC 4180 quoting), one header line and one line per row.
#include <ostream>
#include <vector>

#include "metrics/run_metrics.h"

namespace conclab {

void write_comparison_csv(std::ostream& out, const std::vector<ComparisonRow>& rows);
const std::vector<std::string>& comparison_csv_header();

}  // namespace conclab

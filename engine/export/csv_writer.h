#pragma once
// The comparison table as CSV (RFC 4180 quoting), one header line and one line per row.
#include <ostream>
#include <string>
#include <vector>

#include "metrics/run_metrics.h"

namespace conclab {

void write_comparison_csv(std::ostream& out, const std::vector<ComparisonRow>& rows);
// The stable English column names (what `conclab compare --csv` writes) and a row's cells, for a
// writer that words the header and the text cells for people (the window's File → Export in Bengali).
const std::vector<std::string>& comparison_csv_header();
std::vector<std::string> comparison_csv_row(const ComparisonRow& row);
// One line: cells separated by commas, quoted per RFC 4180 where needed.
void write_csv_line(std::ostream& out, const std::vector<std::string>& cells);

}  // namespace conclab

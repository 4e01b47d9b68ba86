#pragma once
// Plain-text renderings of results for the terminal, in the reader's language and digits (the
// engine's names of models stay as typed after --model). Columns are aligned by the width a
// terminal gives each character (a Bengali vowel sign takes none).
#include <QString>
#include <vector>

#include "metrics/run_metrics.h"
#include "run/run_session.h"

namespace conclab::cli {

QString format_run_summary(const RunResult& result, double ticks_per_ms);
QString format_comparison_table(const std::vector<ComparisonRow>& rows);
// The columns a terminal gives `text`: combining marks and format characters take none.
int terminal_width(const QString& text);

}  // namespace conclab::cli

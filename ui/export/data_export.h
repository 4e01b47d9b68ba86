#pragma once
// The trace (Chrome Trace Event JSON, opens in Perfetto) and the comparison table (CSV), written
// atomically by the engine's writers. Return an empty string on success, else the reason.
// The trace stays English (machine-readable); the CSV is worded for the reader: in English the
// stable keys of `conclab compare --csv`, in Bengali Bengali column names and words (numbers keep
// '.' and Latin digits, as spreadsheets read them).
#include <QString>
#include <vector>

#include "metrics/run_metrics.h"

namespace conclab {
struct RunResult;
}

namespace conclab::ui {

QString export_trace_json(const QString& path, const std::vector<const RunResult*>& runs);
QString export_comparison_csv(const QString& path, const std::vector<ComparisonRow>& rows);

}  // namespace conclab::ui

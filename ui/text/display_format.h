#pragma once
// How times, shares and names appear on screen: readable units, the user's locale for digits,
// translated state and model names. The engine's English names stay the file-format names.
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

#include "core/lane_state.h"
#include "metrics/run_metrics.h"
#include "timeline/run_layout.h"
#include "experiment/experiment.h"
#include "timeline/run_layout.h"
#include "workload/workload_spec.h"

namespace conclab {
struct RunDescription;
struct RunResult;
}

namespace conclab::ui {

// A duration with a unit chosen for its size and 3 significant digits: "850 µs", "12.5 ms", "1.25 s".
QString format_duration(std::int64_t ns);
// A time-axis label for time `ns` when ticks are `step_ns` apart: as many decimals as the step needs.
QString format_axis_time(std::int64_t ns, std::int64_t step_ns);
QString format_percent(double share);  // 0.714 -> "71%"
// 10000 -> "10000": the reader's digits, without group separators (as the value is typed).
QString format_count(qint64 n);
// 1.314, 2 -> "1.31" (or "১.৩১"): a plain decimal in the reader's digits.
QString format_decimal(double value, int decimals);
// "2026-11-24 14:05" in the reader's digits: the date and time of captions.
QString format_date_time(const QDateTime& when);
// 231'000'000 -> "0.231 s": a time since a run began, to the millisecond, as messages give it.
QString format_seconds(std::int64_t ns);
QString format_switch_interval(std::int64_t ns);  // "5 ms", "0.1 ms", "100 ms"

QString state_display_name(LaneState s);  // translated "Running", "Waiting for GIL", ...
QString model_display_name(RunModel m);   // translated "threads", "thread pool", ...
QString model_python_hint(RunModel m);    // "threading.Thread", "ThreadPoolExecutor", ...
QString workload_kind_display_name(WorkloadKind k);
QString source_display_name(SourceKind k);
// A worker's name in the reader's language and digits ("Thread-1", "থ্রেড-১"); a name that is a
// program's own (an observed thread) as it is. Every place that names a worker uses these.
QString lane_display_name(const RunLayout& layout, std::uint32_t lane);
QString process_display_name(const ProcessGroup& group);  // "Main process", "Process-2"
// One line naming what ran, for the status bar and titles: the experiment, or the program.
QString run_title(const RunDescription& what);  // "simulated", "real program", "saved run"
// An observed program's argument list as one line: "python3 gil_cpu.py 4".
QString command_display_text(const std::vector<std::string>& command);
// The label of a process's GIL row: "GIL holder", or why an observed process's row shows none
// ("GIL not readable for Python 3.10", "no GIL (free-threaded build)").
QString gil_row_label(const ProcessGroup& group);

// "completed", "stopped", "failed", translated.
QString run_status_word(RunStatus status);
// How a run ended, for the comparison table's Status cell: "completed", "stopped", or
// "failed: Process-2 killed by SIGKILL" when a worker process's death failed it (just "failed"
// for other failures; the full reason is the cell's tooltip).
QString run_status_text(RunStatus status, const RunResult* result);
// A run other programs took too much of the machine from (RunMetrics::machine_busy), with the
// figure: "machine busy: other programs used 38% of the CPUs — figures unreliable" (or, when
// it was the workers' waits for a CPU that gave it away, how long they waited). Empty otherwise.
QString machine_busy_text(const RunMetrics& m);
// The same, short, for a table cell: "machine busy (38%)".
QString machine_busy_short(const RunMetrics& m);
// Every reason not to trust a run's figures, joined into one line ("" for a run that went as
// measured): the busy machine, then lost events. Drawn under the timeline's summary.
QString run_warnings_text(const RunMetrics& m);
// Events lost because a lane's ring was full: "312 events lost (recording could not keep up)".
QString events_dropped_text(const RunMetrics& m);
// What happened to the worker process whose death failed the run, for the mark on its lane:
// "killed by SIGKILL at 231 ms". Empty if no worker process died.
QString worker_death_text(const RunResult& result);

}  // namespace conclab::ui

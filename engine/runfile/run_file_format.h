#pragma once
// A saved run (or a whole comparison table of runs) is one file that is two things at once:
//
//   {"traceEvents":[ ... ],"displayTimeUnit":"ms",        the Chrome trace export/trace_writer writes,
//    "conclab":{"format":"conclab-runs","version":1,      so Perfetto and chrome://tracing open it;
//               "state_names":[...], "runs":[ {...} ]}}  and everything conclab needs to rebuild it.
//
// The "conclab" key comes last: Perfetto stops reading at the first top-level key it does not know,
// so every trace event is read before it; chrome://tracing keeps unknown keys as metadata.
// "format" and "version" are the first two keys of the section, so a reader meets them before
// anything whose meaning a newer version may have changed.
//
// A run holds its provenance (experiment or observed command, source), status, the reason it
// stopped or failed (a message code by name, with its arguments), the worker whose death failed it,
// the machine it was recorded on, its metrics, and its timeline: the layout with pids and tids,
// every row's segments as [start, end, state, core, task, lane] (times in ns since the run's
// start; state numbers as in "state_names"; -1 for no core or no task, -2 for a folded task), the
// GIL hand-offs, tasks, output lines, lane totals and the fold state of a long run. Segments, not
// raw events: a long run's older detail is folded in memory (timeline_store.h), and the segments
// are what the window draws, so reopening gives the identical timeline.
#include <cstdint>

namespace conclab {

inline constexpr const char* kRunFileFormat = "conclab-runs";
inline constexpr int kRunFileVersion = 1;
// What the file chooser offers and the MIME type (application/x-conclab-run) matches.
inline constexpr const char* kRunFileExtension = ".conclab.json";
inline constexpr const char* kRunFileMimeType = "application/x-conclab-run";

// No file larger than this is read (or written): the memory a reader allocates is a bounded
// multiple of the file's size, and a 1 GiB file is already an hour of the busiest run.
inline constexpr std::int64_t kMaxRunFileBytes = std::int64_t{1} << 30;
inline constexpr const char* kMaxRunFileBytesText = "1GiB";

}  // namespace conclab

#pragma once
// Chrome Trace Event JSON (opens in Perfetto and chrome://tracing): one track per worker lane,
// grouped by process, one per CPU core (a synthetic "CPU cores" process), one GIL-holder track per
// process with hand-offs as instant events, and a counter of running workers.
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "run/run_session.h"

namespace conclab {

// `more_keys`, if given, writes further top-level keys of the trace object (",\"key\":value"):
// a saved run file (runfile/) is this trace with conclab's own data after the events.
void write_trace_json(std::ostream& out, const std::vector<const RunResult*>& runs,
                      const std::function<void(std::ostream&)>& more_keys = {});

}  // namespace conclab

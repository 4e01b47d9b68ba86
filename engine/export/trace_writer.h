#pragma once
// Chrome Trace Event JSON (opens in Perfetto and chrome://tracing): one track per worker lane,
// grouped by process, one per CPU core (a synthetic "CPU cores" process), one GIL-holder track per
// process with hand-offs as instant events, and a counter of running workers.
#include <ostream>
#include <string>
#include <vector>

#include "run/run_session.h"

namespace conclab {

void write_trace_json(std::ostream& out, const std::vector<const RunResult*>& runs);

}  // namespace conclab

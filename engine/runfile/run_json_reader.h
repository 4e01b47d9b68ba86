#pragma once
// Reading the runs of a saved run file's "conclab" section (run_file_format.h), in the order and
// with the ranges run_json_writer.cpp writes. Any difference is thrown as a JsonProblem
// (WrongValue at its place); the caller (run_file_reader.cpp) turns it into a message.
#include <vector>

#include "run/run_result.h"
#include "runfile/json_reader.h"
#include "timeline/timeline_store.h"

namespace conclab::runfile {

// The "runs" array: every run complete, or a problem.
std::vector<RunResult> read_runs(JsonReader& r);
// One run's "timeline": a finished store, identical to the one that was saved.
TimelineStore read_timeline(JsonReader& r);

}  // namespace conclab::runfile

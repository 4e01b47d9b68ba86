#pragma once
// Opening saved runs (run_file_format.h). Strict and bounded: a file that is not exactly what
// this program writes — truncated, corrupt, over kMaxRunFileBytes, a trace of another program,
// a newer format, or hostile — gets one message naming the file and the problem, and no run is
// half-opened. What it allocates is a bounded multiple of the file's size; it never hangs.
#include <string>
#include <string_view>
#include <vector>

#include "core/parse_result.h"
#include "run/run_result.h"

namespace conclab {

// Every run of the file, finished, each with the machine and start time it was recorded with.
ParseResult<std::vector<RunResult>> read_run_file(const std::string& path);
// The same from a file's bytes in memory (tests, the fuzz target); `name` is what messages call it.
ParseResult<std::vector<RunResult>> read_run_file_bytes(std::string_view bytes, const std::string& name);

}  // namespace conclab

#pragma once
// One run as a saved run file holds it (run_file_format.h), written as the timeline is read.
#include <cstdint>

#include "machine/machine_description.h"
#include "run/run_result.h"
#include "runfile/json_out.h"

namespace conclab {

// `machine` and `started_unix_ns`: where and when it was recorded (the run's own, or this machine).
void write_run_json(JsonOut& j, const RunResult& run, const MachineDescription& machine, std::int64_t started_unix_ns);

}  // namespace conclab

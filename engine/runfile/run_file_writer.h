#pragma once
// Saving runs: one run, or every run of a comparison table, as one file that is also a Chrome
// trace (run_file_format.h). Written through export/atomic_file: a reader sees the old file or
// the whole new one, never a part.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/message.h"
#include "machine/machine_description.h"
#include "run/run_result.h"

namespace conclab {

// What a run saved now is stamped with when it carries nothing of its own (a run of this program,
// not one opened from a file): this machine, and the clocks to turn its CLOCK_MONOTONIC start
// into a wall-clock time.
struct SaveContext {
    MachineDescription this_machine;
    std::int64_t unix_now_ns = 0;       // CLOCK_REALTIME now
    std::int64_t monotonic_now_ns = 0;  // CLOCK_MONOTONIC now
};
SaveContext save_context_now();

// The file's content. Every run must be finished.
void write_run_file(std::ostream& out, const std::vector<const RunResult*>& runs, const SaveContext& context);

// Saves `runs` to `path`: nothing on success, else why not (nothing to save, the file would be
// over kMaxRunFileBytes, or the system's reason). Never leaves a partial file.
std::optional<Message> save_run_file(const std::string& path, const std::vector<const RunResult*>& runs);

}  // namespace conclab

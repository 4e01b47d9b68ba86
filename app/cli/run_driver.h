#pragma once
// Runs experiments from the terminal: Ctrl+C or SIGTERM stops the current run cleanly (its
// partial timeline is kept and written like a complete one, marked "stopped").
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "run/run_session.h"

namespace conclab::cli {

// Installs the SIGINT/SIGTERM handlers for the lifetime of the object.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
    static bool interrupted();
};

RunResult run_experiment(const Experiment& experiment);

// Checks every output path before any run starts, so a typo does not cost a long run.
// Nothing if all are writable, else why the first is not.
std::optional<Message> check_outputs(const std::vector<std::string>& paths);

// Writes the trace of `runs` and the table `rows` to the paths given (an empty path: not asked
// for) and says where they went. 0, or 1 after one line on stderr if a file could not be written
// (the names were checked before the run, so this is the machine refusing: disk full, I/O error).
int write_outputs(const std::string& trace_path, const std::string& csv_path, const std::vector<const RunResult*>& runs,
                  const std::vector<ComparisonRow>& rows);

// Exit status for the finished runs of a command: 0 completed, 1 a run failed, 130 stopped by Ctrl+C.
int exit_status(const std::vector<ComparisonRow>& rows);

}  // namespace conclab::cli

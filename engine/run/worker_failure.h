#pragma once
// A worker process that ended a run by dying: which lane, which process, how, and when. Kept in
// the run's result beside its one-line description, so the GUI can mark the dead lane on the
// timeline and name the worker in the table without parsing text.
#include <cstdint>
#include <string>

#include "record/event.h"
#include "timeline/run_layout.h"

namespace conclab {

struct WorkerFailure {
    std::uint32_t lane = kNoLane;
    int pid = 0;        // 0: the thread or process could not be started (exit_code is the errno)
    int signal = 0;     // killed by this signal (0 if it exited)
    int exit_code = 0;  // exit status when it exited
    std::int64_t t_ns = 0;  // CLOCK_MONOTONIC when the parent saw it end
    std::string reason;     // pid 0 only, if known: why it could not be started, e.g. the paths tried

    friend bool operator==(const WorkerFailure&, const WorkerFailure&) = default;
};

// "SIGKILL", "SIGABRT", or "signal 64" for one without a name.
std::string signal_name(int signal);
// How it ended, without who or when: "killed by SIGKILL", "exited with status 3",
// "could not be started: Resource temporarily unavailable" (or: the reason, when there is one).
std::string failure_cause(const WorkerFailure& f);
// The whole sentence: "Process-2 (pid 4711) killed by SIGKILL at 0.231 s" (time since the run began).
std::string describe_failure(const RunLayout& layout, const WorkerFailure& f);
// "0.231 s": a time since the run began, as the failure and stop messages give it.
std::string seconds_text(std::int64_t ns);

}  // namespace conclab

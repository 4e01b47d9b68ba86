#pragma once
// A worker process that ended a run by dying: which lane, which process, how, and when. Kept in
// the run's result beside its message, so the GUI can mark the dead lane on the timeline and name
// the worker in the table without parsing text.
#include <cstdint>
#include <optional>
#include <string>

#include "core/message.h"
#include "record/event.h"
#include "timeline/run_layout.h"

namespace conclab {

struct WorkerFailure {
    std::uint32_t lane = kNoLane;
    int pid = 0;        // 0: the thread or process could not be started (exit_code is the errno)
    int signal = 0;     // killed by this signal (0 if it exited)
    int exit_code = 0;  // exit status when it exited
    std::int64_t t_ns = 0;  // CLOCK_MONOTONIC when the parent saw it end
    std::optional<Message> reason;  // pid 0 only, if known: why it could not be started, e.g. the paths tried

    friend bool operator==(const WorkerFailure&, const WorkerFailure&) = default;
};

// "SIGKILL", "SIGABRT"; empty for a signal without a name (a real-time signal).
std::string signal_name(int signal);
// How it ended, in English, for the trace file only (machine-readable, like the state names
// there): "killed by SIGKILL", "exited with status 3", "could not be started: errno 11".
std::string failure_cause(const WorkerFailure& f);
// Why the run failed, for people: the worker's name, its pid, how it ended and when (since the
// run began) — "Process-2 (pid 4711) killed by SIGKILL at 0.231 s" once composed.
Message describe_failure(const RunLayout& layout, const WorkerFailure& f);

}  // namespace conclab

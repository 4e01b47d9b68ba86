#include "run/worker_failure.h"

#include <string.h>

#include <algorithm>

#include "timeline/lane_names.h"

namespace conclab {

std::string signal_name(int signal) {
    const char* abbrev = sigabbrev_np(signal);
    return abbrev ? std::string("SIG") + abbrev : std::string();
}

std::string failure_cause(const WorkerFailure& f) {
    if (f.pid == 0) {
        if (f.reason) return "could not be started: " + debug_text(*f.reason);
        const char* name = strerrorname_np(f.exit_code);
        return std::string("could not be started: ") + (name ? name : "errno " + std::to_string(f.exit_code));
    }
    if (f.signal != 0) {
        const std::string name = signal_name(f.signal);
        return "killed by " + (name.empty() ? "signal " + std::to_string(f.signal) : name);
    }
    return "exited with status " + std::to_string(f.exit_code);
}

Message describe_failure(const RunLayout& layout, const WorkerFailure& f) {
    // The worker's name as a message of its own, so that it is written in the reader's language too.
    MessageArg name = message_arg(lane_name(layout, f.lane));
    const MessageArg at = duration_arg(std::max<std::int64_t>(0, f.t_ns - layout.start_ns));
    if (f.pid == 0 && f.reason)
        return Message{MessageCode::WorkerNotStartedBecause, {std::move(name), message_arg(*f.reason), at}};
    if (f.pid == 0) return Message{MessageCode::WorkerNotStarted, {std::move(name), errno_arg(f.exit_code), at}};
    if (f.signal == 0)
        return Message{MessageCode::WorkerExited, {std::move(name), integer_arg(f.pid), integer_arg(f.exit_code), at}};
    if (const std::string signal = signal_name(f.signal); !signal.empty())
        return Message{MessageCode::WorkerKilled, {std::move(name), integer_arg(f.pid), text_arg(signal), at}};
    return Message{MessageCode::WorkerKilledBySignalNumber,
                   {std::move(name), integer_arg(f.pid), integer_arg(f.signal), at}};
}

}  // namespace conclab

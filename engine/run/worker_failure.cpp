#include "run/worker_failure.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace conclab {

std::string signal_name(int signal) {
    const char* abbrev = sigabbrev_np(signal);
    return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
}

std::string failure_cause(const WorkerFailure& f) {
    if (f.pid == 0) return "could not be started: " + (f.reason.empty() ? std::string(std::strerror(f.exit_code)) : f.reason);
    if (f.signal != 0) return "killed by " + signal_name(f.signal);
    return "exited with status " + std::to_string(f.exit_code);
}

std::string seconds_text(std::int64_t ns) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f s", static_cast<double>(std::max<std::int64_t>(0, ns)) / 1e9);
    return text;
}

std::string describe_failure(const RunLayout& layout, const WorkerFailure& f) {
    const std::string name = f.lane < layout.lanes.size() ? layout.lanes[f.lane].name : "a worker";
    const std::string pid = f.pid != 0 ? " (pid " + std::to_string(f.pid) + ")" : "";
    return name + pid + " " + failure_cause(f) + " at " + seconds_text(f.t_ns - layout.start_ns);
}

}  // namespace conclab

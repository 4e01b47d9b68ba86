#pragma once
// Every sentence the spawn module says, in one place: the engine will return codes with
// arguments instead of English (DESIGN.md, "Lessons and languages"), and these are the ones to
// convert. Machine-facing parts (argument names) stay English.
#include <string>
#include <string_view>
#include <vector>

namespace conclab::spawn_text {

inline std::string join_paths(const std::vector<std::string>& paths) {
    std::string text;
    for (const std::string& p : paths) text += (text.empty() ? "" : ", ") + p;
    return text;
}

// The run cannot start worker processes: none of the places looked in has the worker program.
inline std::string worker_not_found(const std::vector<std::string>& tried) {
    return "the worker program conclab-worker was not found or is not executable (looked at " + join_paths(tried) +
           "; set CONCLAB_WORKER to its path)";
}

inline std::string worker_override_unusable(const std::string& path, const std::string& why) {
    return "the worker program named by CONCLAB_WORKER, " + path + ", cannot be run: " + why;
}

inline std::string spawn_failed(const std::string& path, const std::string& why) {
    return "cannot start " + path + ": " + why;
}

inline std::string bad_argument(std::string_view argument, std::string_view why) {
    return "worker argument '" + std::string(argument) + "': " + std::string(why);
}

inline std::string missing_argument(std::string_view name) {
    return "worker argument " + std::string(name) + "=... is missing";
}

}  // namespace conclab::spawn_text

#pragma once
// What the worker program says about its own command line: only ever seen on a worker's stderr
// when conclab and conclab-worker do not match (a developer's mixed build), so plain English.
// What users see (no worker program, a spawn refused) are message codes (core/message_codes.h).
#include <string>
#include <string_view>
#include <vector>

namespace conclab::spawn_text {

inline std::string join_paths(const std::vector<std::string>& paths) {
    std::string text;
    for (const std::string& p : paths) text += (text.empty() ? "" : ", ") + p;
    return text;
}

inline std::string bad_argument(std::string_view argument, std::string_view why) {
    return "worker argument '" + std::string(argument) + "': " + std::string(why);
}

inline std::string missing_argument(std::string_view name) {
    return "worker argument " + std::string(name) + "=... is missing";
}

}  // namespace conclab::spawn_text

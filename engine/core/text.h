#pragma once
// Small text helpers the parsers share, so every message quotes values the same way.
#include <cctype>
#include <string>
#include <string_view>

namespace conclab {

inline std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

inline std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

}  // namespace conclab

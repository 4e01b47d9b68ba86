#pragma once
// Small, strict pieces the kernel-file parsers share: lines, whitespace-separated fields, and
// non-negative decimal numbers that refuse signs, spaces and overflow (the kernel writes none).
#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace conclab::machine_text {

inline bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Calls `f(line)` for every line of `text` without its '\n' (a last line without one included).
template <class F>
void for_each_line(std::string_view text, F&& f) {
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        f(text.substr(0, end));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
}

// Fields separated by runs of spaces or tabs.
inline std::vector<std::string_view> fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && is_blank(line[i])) ++i;
        const std::size_t start = i;
        while (i < line.size() && !is_blank(line[i])) ++i;
        if (i > start) out.push_back(line.substr(start, i - start));
    }
    return out;
}

// Digits only ("007" is 7); nullopt for anything else or a value beyond int64.
inline std::optional<std::int64_t> decimal(std::string_view text) {
    if (text.empty() || text.front() < '0' || text.front() > '9') return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// A file's content without the trailing newline(s) the kernel ends it with.
inline std::string_view without_trailing_newlines(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

}  // namespace conclab::machine_text

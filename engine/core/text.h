#pragma once
// Small text helpers the parsers share, so every message quotes values the same way.
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

namespace conclab {

// Text from users as messages show it: on one line (control characters written as \n, \t or
// \xNN) and at most about `max_bytes` long — a longer text shows its beginning and "…", so a
// pasted megabyte still gives a one-line message.
inline std::string printable(std::string_view text, std::size_t max_bytes) {
    std::string_view shown = text;
    if (text.size() > max_bytes) {
        shown = text.substr(0, max_bytes * 2 / 3);
        // Cut before a UTF-8 continuation byte, never in the middle of a character.
        while (!shown.empty() && (static_cast<unsigned char>(text[shown.size()]) & 0xC0) == 0x80)
            shown.remove_suffix(1);
    }
    std::string out;
    for (const char c : shown) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7F) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\x%02X", static_cast<unsigned>(byte));
            out += escape;
        } else {
            out += c;
        }
    }
    return shown.size() == text.size() ? out : out + "\u2026";
}

// A value in a message: in single quotes, printable, and when cut short followed by its length.
inline std::string quoted(std::string_view text) {
    constexpr std::size_t kMaxShown = 60;
    std::string out = "'" + printable(text, kMaxShown) + "'";
    if (text.size() <= kMaxShown) return out;
    std::size_t characters = 0;
    for (const char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return out + " (" + std::to_string(characters) + " characters)";
}

inline std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

}  // namespace conclab

#include "observe/proc_maps.h"

#include <charconv>

namespace conclab::observe {
namespace {

template <class T>
bool hex_field(std::string_view word, T& out) {
    if (word.empty()) return false;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), out, 16);
    return ec == std::errc() && end == word.data() + word.size();
}

std::string_view take_word(std::string_view& line) {
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    const std::size_t end = std::min(line.find(' '), line.size());
    const std::string_view word = line.substr(0, end);
    line.remove_prefix(end);
    return word;
}

bool parse_line(std::string_view line, Mapping& m) {
    // "start-end perms offset major:minor inode   path"
    const std::string_view range = take_word(line);
    const std::string_view perms = take_word(line);
    const std::string_view offset = take_word(line);
    const std::string_view dev = take_word(line);
    const std::string_view inode = take_word(line);
    const std::size_t dash = range.find('-');
    const std::size_t colon = dev.find(':');
    if (dash == std::string_view::npos || colon == std::string_view::npos || perms.size() < 4) return false;
    if (!hex_field(range.substr(0, dash), m.start) || !hex_field(range.substr(dash + 1), m.end) || m.end < m.start ||
        !hex_field(offset, m.offset) || !hex_field(dev.substr(0, colon), m.dev_major) ||
        !hex_field(dev.substr(colon + 1), m.dev_minor))
        return false;
    const auto [end, ec] = std::from_chars(inode.data(), inode.data() + inode.size(), m.inode);
    if (ec != std::errc() || end != inode.data() + inode.size() || inode.empty()) return false;
    m.executable = perms[2] == 'x';
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    constexpr std::string_view kDeleted = " (deleted)";
    if (line.ends_with(kDeleted)) {
        line.remove_suffix(kDeleted.size());
        m.deleted = true;
    }
    m.path = std::string(line);
    return true;
}

}  // namespace

std::vector<Mapping> parse_maps(std::string_view text) {
    std::vector<Mapping> out;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        const std::string_view line = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        Mapping m;
        if (parse_line(line, m)) out.push_back(std::move(m));
    }
    return out;
}

}  // namespace conclab::observe

#include "observe/proc_parse.h"

#include <charconv>

namespace conclab::observe {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// The next white-space separated word of `text`, advancing it; empty at the end.
std::string_view next_word(std::string_view& text) {
    std::size_t i = 0;
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    const std::string_view word = text.substr(i, j - i);
    text.remove_prefix(j);
    return word;
}

template <class T>
bool parse_number(std::string_view word, T& out, int base = 10) {
    if (word.empty()) return false;
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), out, base);
    return ec == std::errc() && end == word.data() + word.size();
}

bool parse_hex(std::string_view word, std::uint64_t& out) {
    if (word.size() > 2 && word[0] == '0' && (word[1] == 'x' || word[1] == 'X')) word.remove_prefix(2);
    return parse_number(word, out, 16);
}

}  // namespace

std::optional<TaskStat> parse_task_stat(std::string_view text) {
    const std::size_t open = text.find('(');
    const std::size_t close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return std::nullopt;
    TaskStat s;
    s.comm = std::string(text.substr(open + 1, close - open - 1));
    std::string_view rest = text.substr(close + 1);
    // Fields are numbered from 1 (pid); after ')' comes field 3, the state.
    const std::string_view state = next_word(rest);
    if (state.size() != 1) return std::nullopt;
    s.state = state[0];
    for (int field = 4; field <= 39; ++field) {
        const std::string_view word = next_word(rest);
        if (word.empty()) return std::nullopt;
        bool ok = true;
        switch (field) {
            case 4: ok = parse_number(word, s.ppid); break;
            case 14:
            case 15: {
                std::uint64_t ticks = 0;
                ok = parse_number(word, ticks);
                s.cpu_ticks += ticks;
                break;
            }
            case 20: ok = parse_number(word, s.num_threads); break;
            case 22: ok = parse_number(word, s.start_ticks); break;
            case 39: ok = parse_number(word, s.processor); break;
            default: break;
        }
        if (!ok) return std::nullopt;
    }
    return s;
}

std::optional<SchedStat> parse_schedstat(std::string_view text) {
    SchedStat s;
    if (!parse_number(next_word(text), s.run_ns) || !parse_number(next_word(text), s.wait_ns) ||
        !parse_number(next_word(text), s.slices))
        return std::nullopt;
    return s;
}

std::optional<SyscallSnapshot> parse_syscall(std::string_view text) {
    SyscallSnapshot s;
    const std::string_view first = next_word(text);
    if (first == "running") return s;
    if (!parse_number(first, s.number)) return std::nullopt;
    if (s.number < 0) {
        s.kind = SyscallSnapshot::Kind::NotInSyscall;
        return s;
    }
    s.kind = SyscallSnapshot::Kind::InSyscall;
    for (std::uint64_t& arg : s.args)
        if (!parse_hex(next_word(text), arg)) return std::nullopt;
    return s;
}

std::optional<ContextSwitches> parse_status_switches(std::string_view text) {
    ContextSwitches c;
    bool voluntary = false, involuntary = false;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        auto value_of = [&](std::string_view key, std::int64_t& out, bool& seen) {
            if (!line.starts_with(key)) return;
            line.remove_prefix(key.size());
            seen = parse_number(next_word(line), out);
        };
        value_of("voluntary_ctxt_switches:", c.voluntary, voluntary);
        value_of("nonvoluntary_ctxt_switches:", c.involuntary, involuntary);
    }
    if (!voluntary || !involuntary) return std::nullopt;
    return c;
}

std::vector<int> parse_id_list(std::string_view text) {
    std::vector<int> ids;
    for (std::string_view word = next_word(text); !word.empty(); word = next_word(text)) {
        int id = 0;
        if (!parse_number(word, id) || id <= 0) break;
        ids.push_back(id);
    }
    return ids;
}

}  // namespace conclab::observe

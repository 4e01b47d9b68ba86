#include "machine/process_memory.h"

#include "machine/text_fields.h"

namespace conclab {
namespace {

// "Pss:                 274 kB" → 274 for `name` "Pss"; nullopt for other lines; a matching line
// with a bad value sets `bad`.
std::optional<std::int64_t> kib_field(std::string_view line, std::string_view name, bool& bad) {
    if (line.size() <= name.size() || line.substr(0, name.size()) != name || line[name.size()] != ':')
        return std::nullopt;
    const auto parts = machine_text::fields(line.substr(name.size() + 1));
    // The kernel writes "kB" for KiB; a value that would overflow when summed is refused here.
    const auto value = parts.size() == 2 && parts[1] == "kB" ? machine_text::decimal(parts[0]) : std::nullopt;
    if (!value || *value > (std::int64_t{1} << 50)) {
        bad = true;
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::optional<ProcessMemory> parse_smaps_rollup(std::string_view text) {
    ProcessMemory m;
    if (machine_text::without_trailing_newlines(text).empty()) return m;
    bool bad = false;
    bool has_pss = false;
    std::int64_t private_clean = 0;
    std::int64_t private_dirty = 0;
    machine_text::for_each_line(text, [&](std::string_view line) {
        if (const auto v = kib_field(line, "Rss", bad)) m.rss_kib = *v;
        if (const auto v = kib_field(line, "Pss", bad)) {
            m.pss_kib = *v;
            has_pss = true;
        }
        if (const auto v = kib_field(line, "Private_Clean", bad)) private_clean = *v;
        if (const auto v = kib_field(line, "Private_Dirty", bad)) private_dirty = *v;
    });
    m.uss_kib = private_clean + private_dirty;
    if (bad || !has_pss) return std::nullopt;
    return m;
}

std::optional<std::int64_t> parse_status_vmhwm(std::string_view text) {
    std::optional<std::int64_t> found;
    bool bad = false;
    machine_text::for_each_line(text, [&](std::string_view line) {
        if (const auto v = kib_field(line, "VmHWM", bad)) found = v;
    });
    if (bad) return std::nullopt;
    return found;
}

}  // namespace conclab

#include "machine/cpu_list.h"

#include <algorithm>

#include "machine/text_fields.h"

namespace conclab {

std::optional<std::vector<int>> parse_cpu_list(std::string_view text) {
    text = machine_text::without_trailing_newlines(text);
    std::vector<int> ids;
    if (text.empty()) return ids;
    while (true) {
        const std::size_t comma = text.find(',');
        const std::string_view item = text.substr(0, comma);
        const std::size_t dash = item.find('-');
        const auto first = machine_text::decimal(item.substr(0, dash));
        const auto last = dash == std::string_view::npos ? first : machine_text::decimal(item.substr(dash + 1));
        if (!first || !last || *first > *last || *last > kMaxCpuId) return std::nullopt;
        for (auto id = *first; id <= *last; ++id) ids.push_back(static_cast<int>(id));
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
        // A list of ranges over the whole id space is at most 64 Ki entries: cap the work a
        // hostile file ("0-65534,0-65534,...") can ask for before sorting.
        if (ids.size() > 4 * static_cast<std::size_t>(kMaxCpuId)) return std::nullopt;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::string format_cpu_list(const std::vector<int>& ascending_ids) {
    std::string out;
    for (std::size_t i = 0; i < ascending_ids.size();) {
        std::size_t j = i;
        while (j + 1 < ascending_ids.size() && ascending_ids[j + 1] == ascending_ids[j] + 1) ++j;
        if (!out.empty()) out += ',';
        out += std::to_string(ascending_ids[i]);
        if (j > i) out += '-' + std::to_string(ascending_ids[j]);
        i = j + 1;
    }
    return out;
}

}  // namespace conclab

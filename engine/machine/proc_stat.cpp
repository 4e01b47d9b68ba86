#include "machine/proc_stat.h"

#include <unistd.h>

#include <algorithm>
#include <limits>

#include "machine/cpu_list.h"
#include "machine/text_fields.h"

namespace conclab {
namespace {

constexpr std::int64_t kMaxNs = std::numeric_limits<std::int64_t>::max();

// Ticks to ns without overflowing: whole seconds and the remainder separately; saturates (a
// hostile file, or 290 years of uptime).
std::int64_t ticks_to_ns(std::int64_t ticks, std::int64_t per_second) {
    const std::int64_t seconds = ticks / per_second;
    const std::int64_t rest = ticks % per_second;
    if (seconds > kMaxNs / 1'000'000'000 - 1) return kMaxNs;
    return seconds * 1'000'000'000 + rest * 1'000'000'000 / per_second;
}

std::int64_t saturating_add(std::int64_t a, std::int64_t b) { return a > kMaxNs - b ? kMaxNs : a + b; }

}  // namespace

long clock_ticks_per_second() {
    const long hz = sysconf(_SC_CLK_TCK);
    return hz > 0 ? hz : 100;
}

std::optional<std::vector<CpuTimes>> parse_proc_stat(std::string_view text, long ticks_per_second) {
    if (ticks_per_second <= 0 || ticks_per_second > 1'000'000'000) return std::nullopt;
    std::vector<CpuTimes> cpus;
    bool malformed = false;
    machine_text::for_each_line(text, [&](std::string_view line) {
        if (malformed || line.size() < 4 || line.substr(0, 3) != "cpu" || line[3] < '0' || line[3] > '9') return;
        const auto parts = machine_text::fields(line);
        const auto id = machine_text::decimal(parts[0].substr(3));
        if (!id || *id > kMaxCpuId || parts.size() < 5) {
            malformed = true;
            return;
        }
        // user nice system idle iowait irq softirq steal guest guest_nice
        std::int64_t ticks[10] = {};
        for (std::size_t i = 1; i < parts.size() && i <= 10; ++i) {
            const auto value = machine_text::decimal(parts[i]);
            if (!value) {
                malformed = true;
                return;
            }
            ticks[i - 1] = *value;
        }
        CpuTimes t;
        t.cpu = static_cast<int>(*id);
        for (const int busy : {0, 1, 2, 5, 6, 7}) t.busy_ns = saturating_add(t.busy_ns, ticks_to_ns(ticks[busy], ticks_per_second));
        for (const int idle : {3, 4}) t.idle_ns = saturating_add(t.idle_ns, ticks_to_ns(ticks[idle], ticks_per_second));
        cpus.push_back(t);
    });
    if (malformed || cpus.empty()) return std::nullopt;
    std::sort(cpus.begin(), cpus.end(), [](const CpuTimes& a, const CpuTimes& b) { return a.cpu < b.cpu; });
    const auto same_id = [](const CpuTimes& a, const CpuTimes& b) { return a.cpu == b.cpu; };
    if (std::adjacent_find(cpus.begin(), cpus.end(), same_id) != cpus.end()) return std::nullopt;
    return cpus;
}

std::vector<CpuTimes> cpu_times_between(const ProcStatSnapshot& earlier, const ProcStatSnapshot& later) {
    std::vector<CpuTimes> out;
    for (const CpuTimes& now : later.cpus) {
        const auto before = std::lower_bound(earlier.cpus.begin(), earlier.cpus.end(), now.cpu,
                                             [](const CpuTimes& t, int cpu) { return t.cpu < cpu; });
        if (before == earlier.cpus.end() || before->cpu != now.cpu) continue;
        out.push_back({now.cpu, std::max<std::int64_t>(now.busy_ns - before->busy_ns, 0),
                       std::max<std::int64_t>(now.idle_ns - before->idle_ns, 0)});
    }
    return out;
}

}  // namespace conclab

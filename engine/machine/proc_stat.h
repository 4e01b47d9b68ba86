#pragma once
// Per-CPU busy and idle time from /proc/stat, to see how much of each CPU other programs took
// while a run went on.
//
// Granularity. The kernel counts these times in clock ticks of USER_HZ (sysconf(_SC_CLK_TCK),
// 100 on every Linux architecture we run on), so every figure is a multiple of 10 ms, and with
// the default tick-based accounting each scheduler tick is charged whole to whatever ran at that
// instant: a statistical sample, not a stopwatch. A 50 ms window of one CPU is therefore known
// only to about ±10 ms (±20 %); read single windows as "busy or not", and take shares over longer
// spans. Differences of consecutive snapshots telescope: the sum of many windows equals the
// difference of the first and last snapshot, so the error of a whole run stays about one tick
// per CPU, however many windows it was cut into.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace conclab {

// One CPU's counters since boot, or over a window (a difference of two snapshots).
struct CpuTimes {
    int cpu = 0;               // logical CPU id ("cpu3" → 3)
    std::int64_t busy_ns = 0;  // user + nice + system + irq + softirq + steal
    std::int64_t idle_ns = 0;  // idle + iowait
    friend bool operator==(const CpuTimes&, const CpuTimes&) = default;
};

// The `cpuN` lines of /proc/stat (the summed `cpu` line and the other lines are skipped), sorted
// by id. Fields after the fourth may be missing (older kernels); guest and guest_nice are left
// out because user and nice already include them. Steal (time the hypervisor gave this virtual
// CPU to another guest) counts as busy: the run could not use that time either.
// nullopt: no cpuN line, a field that is not a number, or an id listed twice.
std::optional<std::vector<CpuTimes>> parse_proc_stat(std::string_view text, long ticks_per_second);

// USER_HZ of this system.
long clock_ticks_per_second();

struct ProcStatSnapshot {
    std::int64_t t_ns = 0;  // CLOCK_MONOTONIC, halfway through reading the file
    std::vector<CpuTimes> cpus;  // sorted by id
};

// Per CPU of `later`, the time between the two snapshots (CPUs missing from `earlier`, gone
// offline and back, are left out). A counter that went backwards (a CPU's counters restart when
// it comes back online) counts as 0, never negative.
std::vector<CpuTimes> cpu_times_between(const ProcStatSnapshot& earlier, const ProcStatSnapshot& later);

}  // namespace conclab

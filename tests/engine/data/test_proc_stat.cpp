// Per-CPU busy and idle time from /proc/stat, and the time between two snapshots.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <vector>

#include "machine/proc_stat.h"

using namespace conclab;

namespace {

constexpr std::int64_t kTick = 10'000'000;  // one tick at USER_HZ 100, in ns

// This machine's /proc/stat, cut after the CPU lines and one more (as read while writing the test).
constexpr const char* kRealStat =
    "cpu  151657 0 54026 62398 1015 0 453 0 0 0\n"
    "cpu0 74928 0 27157 32278 265 0 142 0 0 0\n"
    "cpu1 76729 0 26869 30120 749 0 311 0 0 0\n"
    "intr 870934 0 0 0 0 0 0\n"
    "ctxt 1073352\n";

ProcStatSnapshot snapshot(std::int64_t t, std::vector<CpuTimes> cpus) { return ProcStatSnapshot{t, std::move(cpus)}; }

}  // namespace

TEST_CASE("cpuN lines give busy = user+nice+system+irq+softirq+steal and idle = idle+iowait, in ns") {
    const auto cpus = parse_proc_stat(kRealStat, 100);
    REQUIRE(cpus);
    REQUIRE(cpus->size() == 2);  // the summed "cpu" line is not a CPU
    CHECK(cpus->at(0) == CpuTimes{0, (74928 + 27157 + 142) * kTick, (32278 + 265) * kTick});
    CHECK(cpus->at(1) == CpuTimes{1, (76729 + 26869 + 311) * kTick, (30120 + 749) * kTick});
}

TEST_CASE("fields a kernel writes and which of them count") {
    SECTION("guest time is already inside user time and is not added twice; steal is busy") {
        // user nice system idle iowait irq softirq steal guest guest_nice
        const auto cpus = parse_proc_stat("cpu3 10 1 2 50 5 3 4 7 9 1\n", 100);
        REQUIRE(cpus);
        CHECK(cpus->at(0) == CpuTimes{3, (10 + 1 + 2 + 3 + 4 + 7) * kTick, (50 + 5) * kTick});
    }
    SECTION("an old kernel's four fields") {
        const auto cpus = parse_proc_stat("cpu0 1 2 3 4\n", 100);
        REQUIRE(cpus);
        CHECK(cpus->at(0) == CpuTimes{0, 6 * kTick, 4 * kTick});
    }
    SECTION("another USER_HZ, and offline CPUs missing from the list; sorted by id") {
        const auto cpus = parse_proc_stat("cpu5 3 0 0 1\ncpu2 0 0 0 250\n", 250);
        REQUIRE(cpus);
        REQUIRE(cpus->size() == 2);
        CHECK(cpus->at(0) == CpuTimes{2, 0, 1'000'000'000});
        CHECK(cpus->at(1) == CpuTimes{5, 12'000'000, 4'000'000});
    }
    SECTION("huge counters saturate instead of wrapping") {
        const auto cpus = parse_proc_stat("cpu0 9223372036854775807 9223372036854775807 0 0\n", 100);
        REQUIRE(cpus);
        CHECK(cpus->at(0).busy_ns == std::numeric_limits<std::int64_t>::max());
    }
}

TEST_CASE("a /proc/stat that is not one is refused") {
    const char* text = GENERATE("", "intr 1 2 3\n", "cpu0 1 2 3\n", "cpu0 1 2 3 x\n", "cpu0 1 2 3 -4\n",
                                "cpu0 1 2 3 4\ncpu0 1 2 3 4\n", "cpux 1 2 3 4\n", "cpu99999 1 2 3 4\n");
    CAPTURE(text);
    CHECK_FALSE(parse_proc_stat(text, 100));
    CHECK_FALSE(parse_proc_stat(kRealStat, 0));
}

TEST_CASE("the time between two snapshots, per CPU of the later one") {
    const auto before = snapshot(0, {{0, 100, 900}, {1, 500, 500}, {3, 10, 10}});
    const auto after = snapshot(50, {{0, 130, 920}, {1, 500, 550}, {2, 7, 7}, {3, 5, 20}});
    const auto between = cpu_times_between(before, after);
    // CPU 2 came online in between: no earlier figure, left out. CPU 3's busy counter restarted:
    // 0, never negative.
    CHECK(between == std::vector<CpuTimes>{{0, 30, 20}, {1, 0, 50}, {3, 0, 10}});
}

TEST_CASE("windows telescope: the sum over consecutive windows is the difference of the ends") {
    std::vector<ProcStatSnapshot> snaps;
    std::int64_t busy = 0;
    std::int64_t idle = 0;
    for (int i = 0; i < 20; ++i) {
        busy += (i * 7 % 5) * kTick;
        idle += (i * 3 % 4) * kTick;
        snaps.push_back(snapshot(i, {{0, busy, idle}}));
    }
    std::int64_t sum_busy = 0;
    std::int64_t sum_idle = 0;
    for (std::size_t i = 1; i < snaps.size(); ++i) {
        const auto w = cpu_times_between(snaps[i - 1], snaps[i]);
        sum_busy += w.at(0).busy_ns;
        sum_idle += w.at(0).idle_ns;
    }
    const auto whole = cpu_times_between(snaps.front(), snaps.back());
    CHECK(whole.at(0).busy_ns == sum_busy);
    CHECK(whole.at(0).idle_ns == sum_idle);
}

// The per-CPU busy sampler: it sees a CPU kept busy, its windows tile the run and add up to the
// totals, a failed read leaves no hole, and it stops at once.
#include <catch2/catch.hpp>

#include <sched.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <numeric>
#include <string>
#include <thread>

#include "core/clock.h"
#include "../../support/cpu_pinning.h"
#include "machine/core_busy_sampler.h"
#include "machine/usable_cpus.h"

using namespace conclab;
using namespace conclab::testing;
using namespace std::chrono_literals;

namespace {

// A /proc/stat a test writes line by line; the sampler reads whatever is there.
class ScriptedStat {
public:
    void set(std::string text, int error_number = 0) {
        const std::lock_guard lock(mutex_);
        text_ = std::move(text);
        error_ = error_number;
    }
    std::function<FileText()> reader() {
        return [this] {
            const std::lock_guard lock(mutex_);
            return FileText{text_, error_};
        };
    }

private:
    std::mutex mutex_;
    std::string text_;
    int error_ = 0;
};

// Ticks of USER_HZ 100: "cpuN busy 0 0 idle" gives busy and idle in units of 10 ms.
std::string stat_line(int cpu, long busy_ticks, long idle_ticks) {
    return "cpu" + std::to_string(cpu) + " " + std::to_string(busy_ticks) + " 0 0 " + std::to_string(idle_ticks) + "\n";
}

constexpr std::int64_t kTick = 10'000'000;

CoreBusySamplerOptions scripted(ScriptedStat& stat) {
    CoreBusySamplerOptions o;
    o.period = std::chrono::hours(1);  // only the reads the test asks for
    o.read_stat = stat.reader();
    o.ticks_per_second = 100;
    return o;
}

}  // namespace

TEST_CASE("a CPU kept busy by a pinned thread is seen busy for at least that long", "[machine][sampler]") {
    const int cpu = usable_cpus().cpu_ids.back();
    CoreBusySampler sampler({cpu}, CoreBusySamplerOptions{});
    std::int64_t spin_cpu_ns = 0;
    std::int64_t spin_start = 0;
    std::int64_t spin_end = 0;
    bool pinned = false;
    std::thread([&] {
        const ScopedCpuPin pin({cpu});
        pinned = pin.ok() && sched_getcpu() == cpu;
        const std::int64_t cpu0 = thread_cpu_ns();
        spin_start = now_ns();
        volatile std::uint64_t sink = 0;
        // ~250 ms of this thread's own CPU time on that CPU, however busy the machine is.
        while (thread_cpu_ns() - cpu0 < 250'000'000) sink = sink + 1;
        spin_end = now_ns();
        spin_cpu_ns = thread_cpu_ns() - cpu0;
    }).join();
    sampler.stop();
    REQUIRE(pinned);

    const auto totals = sampler.totals();
    REQUIRE(totals);
    REQUIRE(totals->busy_ns.size() == 1);
    INFO("spin: " << spin_cpu_ns / 1'000'000 << " ms CPU; CPU " << cpu << " busy " << totals->busy_ns[0] / 1'000'000
                  << " ms over " << (totals->t1_ns - totals->t0_ns) / 1'000'000 << " ms");
    // The spin ran on that CPU for spin_cpu_ns; /proc/stat counts it there, give or take the
    // tick-sampling of the kernel's accounting (a tick at each end).
    CHECK(totals->busy_ns[0] >= spin_cpu_ns * 9 / 10 - 2 * kTick);
    CHECK(totals->t0_ns <= spin_start);
    CHECK(totals->t1_ns >= spin_end);

    // The windows tile the whole time and add up to the totals exactly (they telescope).
    const auto windows = sampler.take_windows();
    REQUIRE(!windows.empty());
    CHECK(windows.front().t0_ns == totals->t0_ns);
    CHECK(windows.back().t1_ns == totals->t1_ns);
    std::int64_t busy = 0;
    std::int64_t idle = 0;
    for (std::size_t i = 0; i < windows.size(); ++i) {
        if (i > 0) CHECK(windows[i].t0_ns == windows[i - 1].t1_ns);
        CHECK(windows[i].t1_ns > windows[i].t0_ns);
        busy += windows[i].busy_ns.at(0);
        idle += windows[i].idle_ns.at(0);
    }
    CHECK(busy == totals->busy_ns[0]);
    CHECK(idle == totals->idle_ns[0]);
    // Sampled every 50 ms for ≥ 250 ms: several windows, not one.
    CHECK(windows.size() >= 3);
}

TEST_CASE("stop() ends the sampler at once, whatever its period", "[machine][sampler]") {
    const auto start = std::chrono::steady_clock::now();
    {
        CoreBusySamplerOptions o;
        o.period = std::chrono::minutes(10);
        CoreBusySampler sampler({}, o);
        std::this_thread::sleep_for(5ms);  // let its thread reach its wait
        sampler.stop();
        CHECK(sampler.totals());  // the first read and the last one at stop()
        CHECK(!sampler.cpu_ids().empty());
    }
    const auto no_hang_bound = 30s;  // a sampler that waited out its period would take 10 minutes
    CHECK(std::chrono::steady_clock::now() - start < no_hang_bound);
}

TEST_CASE("windows report the asked CPUs in id order; a CPU gone offline reads as no data", "[machine][sampler]") {
    ScriptedStat stat;
    stat.set(stat_line(0, 100, 100) + stat_line(1, 100, 100) + stat_line(2, 100, 100));
    CoreBusySampler sampler({2, 0}, scripted(stat));
    CHECK(sampler.cpu_ids() == std::vector<int>{0, 2});

    stat.set(stat_line(0, 103, 102) + stat_line(1, 150, 100) + stat_line(2, 101, 104));
    sampler.sample_now();
    stat.set(stat_line(0, 104, 106));  // CPU 2 went offline
    sampler.sample_now();

    const auto windows = sampler.take_windows();
    REQUIRE(windows.size() == 2);
    CHECK(windows[0].busy_ns == std::vector<std::int64_t>{3 * kTick, 1 * kTick});
    CHECK(windows[0].idle_ns == std::vector<std::int64_t>{2 * kTick, 4 * kTick});
    CHECK(windows[1].busy_ns == std::vector<std::int64_t>{1 * kTick, 0});
    CHECK(windows[1].idle_ns == std::vector<std::int64_t>{4 * kTick, 0});
    CHECK(sampler.take_windows().empty());  // taken once
    const auto totals = sampler.totals();
    REQUIRE(totals);
    CHECK(totals->busy_ns == std::vector<std::int64_t>{4 * kTick, 0});
}

TEST_CASE("a failed read makes no window and the next one spans the gap", "[machine][sampler]") {
    ScriptedStat stat;
    stat.set(stat_line(0, 0, 0));
    CoreBusySampler sampler({}, scripted(stat));
    stat.set("", ENOENT);
    sampler.sample_now();
    stat.set("cpu0 garbage\n");
    sampler.sample_now();
    CHECK(sampler.take_windows().empty());
    stat.set(stat_line(0, 5, 5));
    sampler.sample_now();
    const auto windows = sampler.take_windows();
    REQUIRE(windows.size() == 1);
    CHECK(windows[0].busy_ns == std::vector<std::int64_t>{5 * kTick});
    const auto problems = sampler.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == SourceProblem{SourceProblemKind::Unreadable, "/proc/stat", ENOENT});
    CHECK(problems[1] == SourceProblem{SourceProblemKind::Malformed, "/proc/stat", 0});
}

TEST_CASE("the sampler can be read while its thread samples", "[machine][sampler]") {
    CoreBusySamplerOptions o;
    o.period = 1ms;
    CoreBusySampler sampler({}, o);
    std::size_t windows = 0;
    const auto until = std::chrono::steady_clock::now() + 100ms;
    while (std::chrono::steady_clock::now() < until) {
        windows += sampler.take_windows().size();
        (void)sampler.totals();
        std::this_thread::sleep_for(2ms);
    }
    sampler.stop();
    windows += sampler.take_windows().size();
    CHECK(windows >= 2);
}

#include "workload/cpu_kernel.h"

#include <algorithm>
#include <cmath>

#include "core/clock.h"

namespace conclab {

namespace {
constexpr int kMixesPerTick = 1024;
}

std::uint64_t cpu_tick(std::uint64_t x) {
    for (int i = 0; i < kMixesPerTick; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x = x * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(i);
    }
    return x;
}

std::uint64_t cpu_seed(std::uint32_t task) { return 0x243F6A8885A308D3ull ^ (std::uint64_t{task} * 0x100000001B3ull); }

double measure_cpu_ticks_per_ms() {
    double best = 0.0;
    volatile std::uint64_t sink = 0;  // keeps the result alive
    for (int round = 0; round < 5; ++round) {
        std::uint64_t x = cpu_seed(static_cast<std::uint32_t>(round));
        // Thread CPU time, not wall time: a busy machine must not make "50 ms of work" shorter.
        const std::int64_t start = thread_cpu_ns();
        std::int64_t ticks = 0;
        std::int64_t elapsed = 0;
        do {
            for (int i = 0; i < 16; ++i) x = cpu_tick(x);
            ticks += 16;
            elapsed = thread_cpu_ns() - start;
        } while (elapsed < 20'000'000);
        sink = sink + x;
        best = std::max(best, static_cast<double>(ticks) * 1e6 / static_cast<double>(elapsed));
    }
    return best;
}

std::int64_t ticks_for_ns(std::int64_t ns, double ticks_per_ms) {
    if (ns <= 0) return 0;
    return std::max<std::int64_t>(1, std::llround(static_cast<double>(ns) / 1e6 * ticks_per_ms));
}

}  // namespace conclab

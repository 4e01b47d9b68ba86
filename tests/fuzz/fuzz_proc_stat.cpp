// libFuzzer target: /proc/stat as the per-CPU busy sampler reads it. Never a crash or undefined
// behaviour (counters near 2^63 saturate); every accepted file lists each CPU once, in id order,
// with times that are not negative, and a snapshot differs from itself by nothing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "machine/cpu_list.h"
#include "machine/proc_stat.h"

using namespace conclab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const long hz : {100L, 250L, 1L, 1'000'000'000L}) {
        const auto cpus = parse_proc_stat(text, hz);
        if (!cpus) continue;
        FUZZ_CHECK(!cpus->empty());
        for (std::size_t i = 0; i < cpus->size(); ++i) {
            const CpuTimes& t = (*cpus)[i];
            FUZZ_CHECK(t.cpu >= 0 && t.cpu <= kMaxCpuId);
            FUZZ_CHECK(t.busy_ns >= 0 && t.idle_ns >= 0);
            if (i > 0) FUZZ_CHECK((*cpus)[i - 1].cpu < t.cpu);
        }
        const ProcStatSnapshot snapshot{0, *cpus};
        for (const CpuTimes& d : cpu_times_between(snapshot, snapshot)) FUZZ_CHECK(d.busy_ns == 0 && d.idle_ns == 0);
    }
    return 0;
}

// The CPU count on this machine follows the affinity mask, as `taskset -c` sets it.
#include <catch2/catch.hpp>

#include <sched.h>

#include <algorithm>
#include <thread>

#include "../../support/cpu_pinning.h"
#include "machine/cpu_list.h"
#include "machine/proc_file.h"
#include "machine/usable_cpus.h"

using namespace conclab;
using namespace conclab::testing;

TEST_CASE("every usable CPU is one a thread can really run on", "[machine]") {
    const UsableCpus cpus = usable_cpus();
    CAPTURE(format_cpu_list(cpus.cpu_ids));
    REQUIRE(!cpus.cpu_ids.empty());
    CHECK(std::is_sorted(cpus.cpu_ids.begin(), cpus.cpu_ids.end()));
    CHECK(cpus.count >= 1);
    CHECK(cpus.count <= static_cast<int>(cpus.cpu_ids.size()));
    CHECK(cpus.problems.empty());
    for (const int cpu : cpus.cpu_ids) {
        CAPTURE(cpu);
        int ran_on = -1;
        std::thread([&] {
            const ScopedCpuPin pin({cpu});
            if (pin.ok()) ran_on = sched_getcpu();
        }).join();
        CHECK(ran_on == cpu);
    }
}

TEST_CASE("under an affinity of one CPU (taskset -c N) the count is 1 and the id is N", "[machine]") {
    const UsableCpus all = usable_cpus();
    // The last CPU, so that the id is not merely the row number 0.
    const int last = all.cpu_ids.back();
    UsableCpus pinned;
    bool pinned_ok = false;
    std::thread([&] {  // Catch2 asserts on this thread only, so the other one just records
        const ScopedCpuPin pin({last});
        pinned_ok = pin.ok();
        pinned = usable_cpus();
    }).join();
    REQUIRE(pinned_ok);
    CHECK(pinned.cpu_ids == std::vector<int>{last});
    CHECK(pinned.count == 1);
    CHECK(pinned.allowed == 1);
    CHECK(pinned.online == all.online);
    if (all.cpu_ids.size() > 1 && !all.quota) CHECK(pinned.limit == CpuCountLimit::Affinity);
    // And back on this thread, with its own mask, nothing changed.
    CHECK(usable_cpus().cpu_ids == all.cpu_ids);
}

TEST_CASE("the count agrees with the kernel's own list of online CPUs", "[machine]") {
    const auto online = parse_cpu_list(read_text_file("/sys/devices/system/cpu/online").text);
    REQUIRE(online);
    const UsableCpus cpus = usable_cpus();
    CHECK(cpus.online == static_cast<int>(online->size()));
    for (const int cpu : cpus.cpu_ids) CHECK(std::binary_search(online->begin(), online->end(), cpu));
}

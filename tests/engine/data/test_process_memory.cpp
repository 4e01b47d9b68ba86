// A process's RSS, PSS and USS from smaps_rollup, and the VmHWM fallback from status.
#include <catch2/catch.hpp>

#include "machine/process_memory.h"

using namespace conclab;

namespace {

// This machine's /proc/self/smaps_rollup of `cat`, as read while writing the test.
constexpr const char* kRealRollup =
    "564322a9e000-7ffc561c1000 ---p 00000000 00:00 0                          [rollup]\n"
    "Rss:                1764 kB\n"
    "Pss:                 274 kB\n"
    "Pss_Dirty:           112 kB\n"
    "Pss_Anon:            112 kB\n"
    "Pss_File:            162 kB\n"
    "Pss_Shmem:             0 kB\n"
    "Shared_Clean:       1612 kB\n"
    "Shared_Dirty:          0 kB\n"
    "Private_Clean:        40 kB\n"
    "Private_Dirty:       112 kB\n"
    "Referenced:         1764 kB\n"
    "Anonymous:           112 kB\n"
    "Swap:                  0 kB\n"
    "SwapPss:               0 kB\n"
    "Locked:                0 kB\n";

}  // namespace

TEST_CASE("smaps_rollup gives RSS, PSS and USS = Private_Clean + Private_Dirty") {
    const auto m = parse_smaps_rollup(kRealRollup);
    REQUIRE(m);
    CHECK(*m == ProcessMemory{1764, 274, 40 + 112});
    // Pss_Dirty and friends are not Pss.
    CHECK(m->pss_kib == 274);
    // What every process obeys: private pages ⊆ its share ⊆ what it maps.
    CHECK(m->uss_kib <= m->pss_kib);
    CHECK(m->pss_kib <= m->rss_kib);
}

TEST_CASE("a process without memory has an empty rollup; a broken one is refused") {
    const auto zombie = parse_smaps_rollup("");
    REQUIRE(zombie);
    CHECK(*zombie == ProcessMemory{});
    CHECK_FALSE(parse_smaps_rollup("Rss: 10 kB\n"));             // no Pss line
    CHECK_FALSE(parse_smaps_rollup("Pss: ten kB\n"));
    CHECK_FALSE(parse_smaps_rollup("Pss: 10 MB\n"));
    CHECK_FALSE(parse_smaps_rollup("Pss: 10\n"));
    CHECK_FALSE(parse_smaps_rollup("Pss: -10 kB\n"));
    CHECK_FALSE(parse_smaps_rollup("Pss: 99999999999999999999 kB\n"));
    CHECK(parse_smaps_rollup("Pss:\t10 kB\nPssX: nonsense\n"));  // other fields are not read
}

TEST_CASE("VmHWM from status, for kernels without smaps_rollup") {
    CHECK(parse_status_vmhwm("Name:\tcat\nVmPeak:\t    8000 kB\nVmHWM:\t    1764 kB\nVmRSS:\t 1700 kB\n") == 1764);
    CHECK_FALSE(parse_status_vmhwm("Name:\tkworker\nState:\tI (idle)\n"));  // kernel threads have none
    CHECK_FALSE(parse_status_vmhwm("VmHWM:\tlots\n"));
}

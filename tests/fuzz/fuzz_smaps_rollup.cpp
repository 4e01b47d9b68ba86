// libFuzzer target: /proc/<pid>/smaps_rollup and /proc/<pid>/status as the memory tracker reads
// them. Never a crash or undefined behaviour; accepted figures are not negative and small enough
// to sum over thousands of processes without overflow.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "machine/process_memory.h"

using namespace conclab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    constexpr std::int64_t kLimit = std::int64_t{1} << 51;
    if (const auto m = parse_smaps_rollup(text)) {
        FUZZ_CHECK(m->rss_kib >= 0 && m->rss_kib < kLimit);
        FUZZ_CHECK(m->pss_kib >= 0 && m->pss_kib < kLimit);
        FUZZ_CHECK(m->uss_kib >= 0 && m->uss_kib < kLimit);
    }
    if (const auto hwm = parse_status_vmhwm(text)) FUZZ_CHECK(*hwm >= 0 && *hwm < kLimit);
    return 0;
}

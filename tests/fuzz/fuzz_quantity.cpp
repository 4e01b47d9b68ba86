// libFuzzer target: durations, sizes and counts as users type them. Never a crash or undefined
// behaviour; every refusal is one line; every accepted duration is non-negative and its canonical
// text reads back to the same value.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_message_check.h"
#include "workload/quantity_parse.h"

using namespace conclab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const TooLarge too_large : {TooLarge::Refuse, TooLarge::Saturate}) {
        if (const auto ns = parse_duration_ns(text, too_large)) {
            FUZZ_CHECK(ns.value() >= 0);
            const auto again = parse_duration_ns(format_duration(ns.value()), too_large);
            FUZZ_CHECK(again && again.value() == ns.value());
        } else {
            FUZZ_CHECK(fuzz::is_one_line_message(ns.error()));
        }
        if (const auto bytes = parse_size_bytes(text, too_large)) FUZZ_CHECK(bytes.value() >= 0);
        else FUZZ_CHECK(fuzz::is_one_line_message(bytes.error()));
        if (const auto count = parse_count(text, too_large)) FUZZ_CHECK(count.value() >= 0);
        else FUZZ_CHECK(fuzz::is_one_line_message(count.error()));
    }
    return 0;
}

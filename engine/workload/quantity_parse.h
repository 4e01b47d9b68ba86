#pragma once
// Parsers for the quantities users type: durations ("50ms", "1.5s", "200us", "2m") and sizes
// ("4MiB", "512KB", "100"). Errors name the value and say why it was refused.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/parse_result.h"

namespace conclab {

// What a well-formed value beyond the 64-bit range ("99999999999999999999ms") gives: a refusal
// ("is too large"), or INT64_MAX for callers that then refuse it against their own, smaller bound
// and name that bound.
enum class TooLarge { Refuse, Saturate };

ParseResult<std::int64_t> parse_duration_ns(std::string_view text, TooLarge too_large = TooLarge::Refuse);
ParseResult<std::int64_t> parse_size_bytes(std::string_view text, TooLarge too_large = TooLarge::Refuse);
// A plain non-negative integer.
ParseResult<std::int64_t> parse_count(std::string_view text, TooLarge too_large = TooLarge::Refuse);

std::string format_duration(std::int64_t ns);  // "50ms", "1.5s", "250us": canonical, re-parsable

}  // namespace conclab

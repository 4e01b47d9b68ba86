// Durations, sizes and counts as users type them on the command line and in the panel.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>

#include "workload/quantity_parse.h"

using namespace conclab;

namespace {

struct Accepted {
    const char* text;
    std::int64_t value;
};
struct Refused {
    const char* text;
    const char* message_part;  // the sentence must say this (and name the value)
};

bool mentions(const std::string& message, const std::string& part) { return message.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("durations with a unit are read exactly") {
    const Accepted row = GENERATE(values<Accepted>({
        {"50ms", 50'000'000},       {"1.5s", 1'500'000'000}, {"200us", 200'000},
        {"750ns", 750},             {"2m", 120'000'000'000}, {"0.1s", 100'000'000},
        {"1.1s", 1'100'000'000},    {"0ms", 0},              {" 5ms ", 5'000'000},
        {"0.000000001s", 1},        {"1.50ms", 1'500'000},   {"3\xC2\xB5s", 3'000},
        {"9223372036854775807ns", 9'223'372'036'854'775'807},
    }));
    CAPTURE(row.text);
    const auto r = parse_duration_ns(row.text);
    REQUIRE(r);
    CHECK(r.value() == row.value);
}

TEST_CASE("bad durations are refused with one sentence naming the value and the reason") {
    const Refused row = GENERATE(values<Refused>({
        {"-5ms", "duration '-5ms' is negative"},
        {"", "duration is empty"},
        {"   ", "duration is empty"},
        {"abc", "cannot read duration 'abc': expected a number with a unit such as 50ms"},
        {"50", "duration '50' has no unit"},
        {"50xs", "unknown unit 'xs'"},
        {"50ms!", "unknown unit 'ms!'"},
        {"5ms5", "unknown unit 'ms5'"},
        {"nan", "cannot read duration 'nan'"},
        {"inf", "cannot read duration 'inf'"},
        {"+5ms", "cannot read duration '+5ms'"},
        {"1.ms", "cannot read duration '1.ms'"},
        {".5s", "cannot read duration '.5s'"},
        {"1e3ms", "unknown unit 'e3ms'"},
        {"99999999999999999999999s", "is too large"},
        {"9223372036854775808ns", "is too large"},
        {"10000000000s", "is too large"},
        {"1.5ns", "duration '1.5ns' is finer than a nanosecond"},
        {"0.0000000000001s", "finer than a nanosecond"},
    }));
    CAPTURE(row.text);
    const auto r = parse_duration_ns(row.text);
    REQUIRE_FALSE(r);
    CHECK(mentions(r.error(), row.message_part));
    CHECK(r.error().find('\n') == std::string::npos);
}

TEST_CASE("sizes: KB/MB/GB are powers of 1000, KiB/MiB/GiB powers of 1024, bare numbers are bytes") {
    const Accepted row = GENERATE(values<Accepted>({
        {"4MiB", 4 * 1024 * 1024}, {"4MB", 4'000'000},      {"512KB", 512'000}, {"512kib", 512 * 1024},
        {"100", 100},              {"100B", 100},           {"1GiB", 1LL << 30}, {"2GB", 2'000'000'000},
        {"1.5KiB", 1536},          {"0.5MB", 500'000},
    }));
    CAPTURE(row.text);
    const auto r = parse_size_bytes(row.text);
    REQUIRE(r);
    CHECK(r.value() == row.value);
}

TEST_CASE("bad sizes are refused with the value and the reason") {
    const Refused row = GENERATE(values<Refused>({
        {"-4MiB", "size '-4MiB' is negative"},
        {"", "size is empty"},
        {"lots", "cannot read size 'lots'"},
        {"4XB", "unknown unit 'XB'"},
        {"1.5B", "not a whole number of bytes"},
        {"99999999999GiB", "is too large"},
    }));
    CAPTURE(row.text);
    const auto r = parse_size_bytes(row.text);
    REQUIRE_FALSE(r);
    CHECK(mentions(r.error(), row.message_part));
}

TEST_CASE("counts are plain non-negative whole numbers") {
    CHECK(parse_count("0").value() == 0);
    CHECK(parse_count("100").value() == 100);
    CHECK(parse_count("9223372036854775807").value() == 9'223'372'036'854'775'807);
    const Refused row = GENERATE(values<Refused>({
        {"-3", "count '-3' is negative"},
        {"+3", "cannot read count '+3'"},
        {"3.5", "cannot read count '3.5'"},
        {"12abc", "cannot read count '12abc'"},
        {"", "count is empty"},
        {"9223372036854775808", "count '9223372036854775808' is too large"},
    }));
    CAPTURE(row.text);
    const auto r = parse_count(row.text);
    REQUIRE_FALSE(r);
    CHECK(mentions(r.error(), row.message_part));
}

TEST_CASE("durations are formatted canonically and read back to the same value") {
    const Accepted row = GENERATE(values<Accepted>({
        {"50ms", 50'000'000}, {"1.5s", 1'500'000'000}, {"250us", 250'000}, {"750ns", 750},
        {"0ns", 0},           {"120s", 120'000'000'000}, {"1.000001s", 1'000'001'000},
        {"5ms", 5'000'000},   {"1.5us", 1'500},         {"9223372036.854775807s", 9'223'372'036'854'775'807},
    }));
    CHECK(format_duration(row.value) == row.text);
    const auto back = parse_duration_ns(format_duration(row.value));
    REQUIRE(back);
    CHECK(back.value() == row.value);
}

TEST_CASE("a value beyond 64 bits can read as the largest value, for callers that then name their own bound") {
    constexpr std::int64_t kLargest = std::numeric_limits<std::int64_t>::max();
    CHECK(parse_duration_ns("99999999999999999999ms", TooLarge::Saturate).value() == kLargest);
    CHECK(parse_size_bytes("99999999999999999999GiB", TooLarge::Saturate).value() == kLargest);
    CHECK(parse_count("99999999999999999999", TooLarge::Saturate).value() == kLargest);
    CHECK(parse_count("18446744073709551616", TooLarge::Saturate).value() == kLargest);  // 2^64
    // Only well-formed numbers saturate: what cannot be read is still refused.
    CHECK_FALSE(parse_count("1e309", TooLarge::Saturate));
    CHECK_FALSE(parse_duration_ns("-99999999999999999999ms", TooLarge::Saturate));
    CHECK_FALSE(parse_duration_ns("1.5ns", TooLarge::Saturate));
}

TEST_CASE("refusals stay one short line whatever the value holds") {
    // Found by the command-line tests: a pasted megabyte or a newline in a value made the
    // "one line on stderr" a page, or two lines.
    const std::string huge(100'000, '7');
    for (const auto& error : {parse_duration_ns(huge).error(), parse_duration_ns(huge + "ms!").error(),
                              parse_size_bytes(huge + "XB").error(), parse_count(huge + "x").error()}) {
        CAPTURE(error.substr(0, 300));
        CHECK(error.size() < 300);
        CHECK(mentions(error, " characters)"));  // its length instead of the rest
        CHECK(error.find('\n') == std::string::npos);
    }
    CHECK(mentions(parse_duration_ns(huge).error(), "write e.g. 50ms or 50s"));
    const auto control = parse_duration_ns("5\nms\x1B[2J");
    CHECK(mentions(control.error(), "'5\\nms\\x1B[2J'"));
    CHECK(control.error().find('\n') == std::string::npos);
    // A long value is cut between characters, never inside one (Bengali digits are 3 bytes each).
    std::string bengali;
    for (int i = 0; i < 40; ++i) bengali += "\xE0\xA7\xAA";
    const std::string cut = parse_count(bengali).error();
    CHECK(mentions(cut, "(40 characters)"));
    CHECK(mentions(cut, "\xE0\xA7\xAA\xE2\x80\xA6'"));  // a whole digit, then the ellipsis
}

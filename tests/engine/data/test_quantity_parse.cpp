// Durations, sizes and counts as users type them on the command line and in the panel.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "workload/quantity_parse.h"

using namespace conclab;

namespace {

struct Accepted {
    const char* text;
    std::int64_t value;
};
// A refusal: the code, and its arguments (all text here: the value as typed, quoted, ...).
struct Refused {
    const char* text;
    MessageCode code;
    std::vector<std::string> args;
};

Message expected(const Refused& row) {
    Message m{row.code, {}};
    for (const std::string& a : row.args) m.args.push_back(text_arg(a));
    return m;
}

// The one text argument every refusal of a value has: the value as the sentence shows it.
const std::string& shown_value(const Message& m) {
    REQUIRE_FALSE(m.args.empty());
    REQUIRE(m.args.front().kind == ArgKind::Text);
    return m.args.front().text;
}

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

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
    using C = MessageCode;
    const Refused row = GENERATE(values<Refused>({
        {"-5ms", C::DurationNegative, {"'-5ms'"}},
        {"", C::DurationEmpty, {}},
        {"   ", C::DurationEmpty, {}},
        {"abc", C::DurationUnreadable, {"'abc'"}},
        {"50", C::DurationNoUnit, {"'50'", "50"}},
        {"50xs", C::DurationUnknownUnit, {"'50xs'", "'xs'"}},
        {"50ms!", C::DurationUnknownUnit, {"'50ms!'", "'ms!'"}},
        {"5ms5", C::DurationUnknownUnit, {"'5ms5'", "'ms5'"}},
        {"nan", C::DurationUnreadable, {"'nan'"}},
        {"inf", C::DurationUnreadable, {"'inf'"}},
        {"+5ms", C::DurationUnreadable, {"'+5ms'"}},
        {"1.ms", C::DurationUnreadable, {"'1.ms'"}},
        {".5s", C::DurationUnreadable, {"'.5s'"}},
        {"1e3ms", C::DurationUnknownUnit, {"'1e3ms'", "'e3ms'"}},
        {"99999999999999999999999s", C::DurationTooLarge, {"'99999999999999999999999s'"}},
        {"9223372036854775808ns", C::DurationTooLarge, {"'9223372036854775808ns'"}},
        {"10000000000s", C::DurationTooLarge, {"'10000000000s'"}},
        {"1.5ns", C::DurationFinerThanNanosecond, {"'1.5ns'"}},
        {"0.0000000000001s", C::DurationFinerThanNanosecond, {"'0.0000000000001s'"}},
    }));
    CAPTURE(row.text);
    const auto r = parse_duration_ns(row.text);
    REQUIRE_FALSE(r);
    CHECK(r.error() == expected(row));
    CHECK(has_declared_args(r.error()));
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
    using C = MessageCode;
    const Refused row = GENERATE(values<Refused>({
        {"-4MiB", C::SizeNegative, {"'-4MiB'"}},
        {"", C::SizeEmpty, {}},
        {"lots", C::SizeUnreadable, {"'lots'"}},
        {"4XB", C::SizeUnknownUnit, {"'4XB'", "'XB'"}},
        {"1.5B", C::SizeNotWholeBytes, {"'1.5B'"}},
        {"99999999999GiB", C::SizeTooLarge, {"'99999999999GiB'"}},
    }));
    CAPTURE(row.text);
    const auto r = parse_size_bytes(row.text);
    REQUIRE_FALSE(r);
    CHECK(r.error() == expected(row));
    CHECK(has_declared_args(r.error()));
}

TEST_CASE("counts are plain non-negative whole numbers") {
    CHECK(parse_count("0").value() == 0);
    CHECK(parse_count("100").value() == 100);
    CHECK(parse_count("9223372036854775807").value() == 9'223'372'036'854'775'807);
    using C = MessageCode;
    const Refused row = GENERATE(values<Refused>({
        {"-3", C::CountNegative, {"'-3'"}},
        {"+3", C::CountUnreadable, {"'+3'"}},
        {"3.5", C::CountUnreadable, {"'3.5'"}},
        {"12abc", C::CountUnreadable, {"'12abc'"}},
        {"", C::CountEmpty, {}},
        {"9223372036854775808", C::CountTooLarge, {"'9223372036854775808'"}},
    }));
    CAPTURE(row.text);
    const auto r = parse_count(row.text);
    REQUIRE_FALSE(r);
    CHECK(r.error() == expected(row));
    CHECK(has_declared_args(r.error()));
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

TEST_CASE("refusals show the value on one short line whatever it holds") {
    // Found by the command-line tests: a pasted megabyte or a newline in a value made the
    // "one line on stderr" a page, or two lines.
    const std::string huge(100'000, '7');
    for (const auto& error : {parse_duration_ns(huge).error(), parse_duration_ns(huge + "ms!").error(),
                              parse_size_bytes(huge + "XB").error(), parse_count(huge + "x").error()}) {
        const std::string& shown = shown_value(error);
        CAPTURE(shown.substr(0, 300));
        CHECK(shown.size() < 200);
        CHECK(mentions(shown, " characters)"));  // its length instead of the rest
        CHECK(shown.find('\n') == std::string::npos);
    }
    // The hint's number stays short too: "write e.g. 50ms or 50s", not the pasted digits.
    const Message no_unit = parse_duration_ns(huge).error();
    REQUIRE(no_unit.code == MessageCode::DurationNoUnit);
    CHECK(no_unit.args.at(1).text == "50");
    const auto control = parse_duration_ns("5\nms\x1B[2J");
    CHECK(shown_value(control.error()) == "'5\\nms\\x1B[2J'");
    // A long value is cut between characters, never inside one (Bengali digits are 3 bytes each).
    std::string bengali;
    for (int i = 0; i < 40; ++i) bengali += "\xE0\xA7\xAA";
    const Message cut_refusal = parse_count(bengali).error();
    const std::string& cut = shown_value(cut_refusal);
    CHECK(mentions(cut, "(40 characters)"));
    CHECK(mentions(cut, "\xE0\xA7\xAA\xE2\x80\xA6'"));  // a whole digit, then the ellipsis
}

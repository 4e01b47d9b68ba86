// Durations, sizes and counts as users type them. Arithmetic is exact integer arithmetic on the
// decimal digits (no floating point), so "1.1s" is 1'100'000'000 ns, not 1'099'999'999.
#include "workload/quantity_parse.h"

#include <array>
#include <cctype>
#include <limits>
#include <numeric>
#include <optional>

#include "core/text.h"

namespace conclab {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

// "12.50ms" -> digits "12", fraction "50", unit "ms". Nothing is converted yet.
struct DecimalText {
    std::string_view whole;
    std::string_view fraction;
    std::string_view unit;
};

std::optional<DecimalText> split_decimal(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == 0) return std::nullopt;  // no leading digit: "abc", ".5", "+5", "nan", "inf"
    DecimalText d;
    d.whole = text.substr(0, i);
    if (i < text.size() && text[i] == '.') {
        const std::size_t begin = ++i;
        while (i < text.size() && is_digit(text[i])) ++i;
        if (i == begin) return std::nullopt;  // "1." or "1.ms"
        d.fraction = text.substr(begin, i - begin);
    }
    d.unit = trim(text.substr(i));
    return d;
}

enum class ScaleError { None, Overflow, FinerThanUnit };

// Whole digits as an integer, or nullopt on overflow.
std::optional<std::int64_t> digits_value(std::string_view digits) {
    std::int64_t value = 0;
    for (char c : digits)
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, c - '0', &value))
            return std::nullopt;
    return value;
}

// `d` (number part) times `unit`, exactly. Fails if it overflows or is not a whole number.
ScaleError scale(const DecimalText& d, std::int64_t unit, std::int64_t& out) {
    const std::optional<std::int64_t> whole = digits_value(d.whole);
    if (!whole || __builtin_mul_overflow(*whole, unit, &out)) return ScaleError::Overflow;
    std::string_view fraction = d.fraction;
    while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
    if (fraction.empty()) return ScaleError::None;
    // unit < 10^11, so a fraction with more significant digits cannot be a whole number of units.
    if (fraction.size() > 11) return ScaleError::FinerThanUnit;
    std::int64_t denominator = 1;
    for (std::size_t i = 0; i < fraction.size(); ++i) denominator *= 10;
    const std::int64_t numerator = *digits_value(fraction);
    const std::int64_t common = std::gcd(unit, denominator);
    if (numerator % (denominator / common) != 0) return ScaleError::FinerThanUnit;
    const std::int64_t part = numerator / (denominator / common) * (unit / common);  // < unit
    if (__builtin_add_overflow(out, part, &out)) return ScaleError::Overflow;
    return ScaleError::None;
}

struct Unit {
    std::string_view name;
    std::int64_t factor;
};

constexpr std::array<Unit, 6> kDurationUnits{{{"ns", 1},
                                              {"us", 1'000},
                                              {"\xC2\xB5s", 1'000},  // "µs"
                                              {"ms", 1'000'000},
                                              {"s", 1'000'000'000},
                                              {"m", 60'000'000'000}}};

constexpr std::array<Unit, 8> kSizeUnits{{{"", 1},
                                          {"B", 1},
                                          {"KB", 1'000},
                                          {"MB", 1'000'000},
                                          {"GB", 1'000'000'000},
                                          {"KiB", 1LL << 10},
                                          {"MiB", 1LL << 20},
                                          {"GiB", 1LL << 30}}};

ParseResult<std::int64_t> too_large_result(MessageCode code, std::string_view text, TooLarge too_large) {
    if (too_large == TooLarge::Saturate) return ParseResult<std::int64_t>::ok(std::numeric_limits<std::int64_t>::max());
    return ParseResult<std::int64_t>::fail(Message{code, {quoted_arg(text)}});
}

// A refusal naming the value as typed.
ParseResult<std::int64_t> refused(MessageCode code, std::string_view text) {
    return ParseResult<std::int64_t>::fail(Message{code, {quoted_arg(text)}});
}

std::optional<std::int64_t> duration_unit(std::string_view name) {
    for (const Unit& u : kDurationUnits)
        if (u.name == name) return u.factor;
    return std::nullopt;
}

std::optional<std::int64_t> size_unit(std::string_view name) {
    for (const Unit& u : kSizeUnits)
        if (equals_ignoring_case(u.name, name)) return u.factor;
    return std::nullopt;
}

}  // namespace

ParseResult<std::int64_t> parse_duration_ns(std::string_view raw, TooLarge too_large) {
    using R = ParseResult<std::int64_t>;
    const std::string_view text = trim(raw);
    if (text.empty()) return R::fail(Message{MessageCode::DurationEmpty, {}});
    if (text.front() == '-') return refused(MessageCode::DurationNegative, text);
    const std::optional<DecimalText> d = split_decimal(text);
    if (!d) return refused(MessageCode::DurationUnreadable, text);
    if (d->unit.empty()) {
        const std::string number = d->whole.size() <= 6 ? std::string(d->whole) : "50";  // the hint stays short
        return R::fail(Message{MessageCode::DurationNoUnit, {quoted_arg(text), text_arg(number)}});
    }
    const std::optional<std::int64_t> unit = duration_unit(d->unit);
    if (!unit) return R::fail(Message{MessageCode::DurationUnknownUnit, {quoted_arg(text), quoted_arg(d->unit)}});
    std::int64_t ns = 0;
    switch (scale(*d, *unit, ns)) {
        case ScaleError::Overflow: return too_large_result(MessageCode::DurationTooLarge, text, too_large);
        case ScaleError::FinerThanUnit: return refused(MessageCode::DurationFinerThanNanosecond, text);
        case ScaleError::None: break;
    }
    return R::ok(ns);
}

ParseResult<std::int64_t> parse_size_bytes(std::string_view raw, TooLarge too_large) {
    using R = ParseResult<std::int64_t>;
    const std::string_view text = trim(raw);
    if (text.empty()) return R::fail(Message{MessageCode::SizeEmpty, {}});
    if (text.front() == '-') return refused(MessageCode::SizeNegative, text);
    const std::optional<DecimalText> d = split_decimal(text);
    if (!d) return refused(MessageCode::SizeUnreadable, text);
    const std::optional<std::int64_t> unit = size_unit(d->unit);
    if (!unit) return R::fail(Message{MessageCode::SizeUnknownUnit, {quoted_arg(text), quoted_arg(d->unit)}});
    std::int64_t bytes = 0;
    switch (scale(*d, *unit, bytes)) {
        case ScaleError::Overflow: return too_large_result(MessageCode::SizeTooLarge, text, too_large);
        case ScaleError::FinerThanUnit: return refused(MessageCode::SizeNotWholeBytes, text);
        case ScaleError::None: break;
    }
    return R::ok(bytes);
}

ParseResult<std::int64_t> parse_count(std::string_view raw, TooLarge too_large) {
    using R = ParseResult<std::int64_t>;
    const std::string_view text = trim(raw);
    if (text.empty()) return R::fail(Message{MessageCode::CountEmpty, {}});
    if (text.front() == '-') return refused(MessageCode::CountNegative, text);
    for (char c : text)
        if (!is_digit(c)) return refused(MessageCode::CountUnreadable, text);
    const std::optional<std::int64_t> value = digits_value(text);
    if (!value) return too_large_result(MessageCode::CountTooLarge, text, too_large);
    return R::ok(*value);
}

namespace {

// The largest unit the value reaches, with exact decimals: 1'500'000'000 -> "1.5s".
std::string format_duration_magnitude(std::uint64_t ns) {
    struct Scale {
        std::uint64_t factor;
        const char* unit;
    };
    constexpr Scale kScales[] = {{1'000'000'000, "s"}, {1'000'000, "ms"}, {1'000, "us"}, {1, "ns"}};
    for (const Scale& s : kScales) {
        if (ns < s.factor && s.factor != 1) continue;
        std::string text = std::to_string(ns / s.factor);
        const std::uint64_t rest = ns % s.factor;
        if (rest != 0) {
            // Exact decimal digits of the remainder, trailing zeros dropped: re-parses to `ns`.
            std::string digits = std::to_string(rest);
            digits.insert(0, std::to_string(s.factor).size() - 1 - digits.size(), '0');
            while (digits.back() == '0') digits.pop_back();
            text += "." + digits;
        }
        return text + s.unit;
    }
    return "0ns";
}

}  // namespace

std::string format_duration(std::int64_t ns) {
    // Negative durations are never valid input, but printing them honestly helps debugging.
    if (ns < 0) return "-" + format_duration_magnitude(0 - static_cast<std::uint64_t>(ns));
    return format_duration_magnitude(static_cast<std::uint64_t>(ns));
}

}  // namespace conclab

// The workload grammar (see workload_spec.h). Every refusal names the text and, for bounds, the
// bound; every accepted workload gets a canonical text that parses back to the same spec.
#include "workload/workload_spec.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "workload/quantity_parse.h"

namespace conclab {

namespace {

using Result = ParseResult<WorkloadSpec>;

// The kind names as typed, listed in refusals.
constexpr const char* kValidKinds = "cpu, io, file, net, mixed, numbers, square, counter";

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return out;
}

// Canonical size text: the largest unit that divides the size exactly ("4MiB", "4MB", "100B").
std::string format_size(std::int64_t bytes) {
    struct Unit {
        std::int64_t factor;
        const char* name;
    };
    constexpr Unit kUnits[] = {{1LL << 30, "GiB"}, {1'000'000'000, "GB"}, {1LL << 20, "MiB"},
                               {1'000'000, "MB"},  {1LL << 10, "KiB"},   {1'000, "KB"}};
    for (const Unit& u : kUnits)
        if (bytes >= u.factor && bytes % u.factor == 0) return std::to_string(bytes / u.factor) + u.name;
    return std::to_string(bytes) + "B";
}

// Which amount a duration step is, for the refusals that name it.
struct TimedAmount {
    MessageCode zero;
    MessageCode over_limit;
};
constexpr TimedAmount kCpuTime{MessageCode::CpuTimeZero, MessageCode::CpuTimeOverLimit};
constexpr TimedAmount kSleepTime{MessageCode::SleepTimeZero, MessageCode::SleepTimeOverLimit};
constexpr TimedAmount kFileTime{MessageCode::FileTimeZero, MessageCode::FileTimeOverLimit};

// A duration step: parsed, non-zero, within kMaxStepNs.
ParseResult<std::int64_t> step_duration(std::string_view amount, TimedAmount what, std::string_view whole) {
    auto ns = parse_duration_ns(amount, TooLarge::Saturate);
    if (!ns) return ns;
    if (ns.value() == 0) return ParseResult<std::int64_t>::fail(Message{what.zero, {quoted_arg(whole)}});
    if (ns.value() > kMaxStepNs)
        return ParseResult<std::int64_t>::fail(
            Message{what.over_limit, {quoted_arg(amount), quoted_arg(whole), text_arg(format_duration(kMaxStepNs)),
                                      integer_arg(kMaxStepNs / 60'000'000'000)}});
    return ns;
}

Result single_step(WorkloadKind kind, StepKind step, std::int64_t amount, std::string text) {
    WorkloadSpec spec;
    spec.kind = kind;
    spec.steps.push_back(WorkloadStep{step, amount});
    spec.text = std::move(text);
    return Result::ok(std::move(spec));
}

Result parse_timed(WorkloadKind kind, StepKind step, std::string_view prefix, std::string_view amount,
                   std::string_view whole) {
    auto ns = step_duration(amount, prefix == "cpu" ? kCpuTime : kSleepTime, whole);
    if (!ns) return Result::fail(ns.error());
    return single_step(kind, step, ns.value(), std::string(prefix) + ":" + format_duration(ns.value()));
}

Result parse_file(std::string_view amount, std::string_view whole) {
    // A time unit makes it a duration (repeated rounds), anything else a size ("file:100" = bytes).
    if (auto ns = parse_duration_ns(amount, TooLarge::Saturate)) {
        auto checked = step_duration(amount, kFileTime, whole);
        if (!checked) return Result::fail(checked.error());
        return single_step(WorkloadKind::File, StepKind::FileDuration, ns.value(), "file:" + format_duration(ns.value()));
    }
    auto bytes = parse_size_bytes(amount, TooLarge::Saturate);
    if (!bytes)
        return Result::fail(Message{MessageCode::FileAmountUnreadable, {quoted_arg(amount), quoted_arg(whole)}});
    if (bytes.value() == 0) return Result::fail(Message{MessageCode::FileSizeZero, {quoted_arg(whole)}});
    if (bytes.value() > kMaxFileBytes)
        return Result::fail(Message{MessageCode::FileSizeOverLimit,
                                    {quoted_arg(amount), quoted_arg(whole), text_arg(format_size(kMaxFileBytes))}});
    return single_step(WorkloadKind::File, StepKind::FileBytes, bytes.value(), "file:" + format_size(bytes.value()));
}

// net:<round trips>[@<server time>]: the server answers each request after <server time>.
Result parse_net(std::string_view amount, std::string_view whole) {
    const std::size_t at = amount.find('@');
    const std::string_view count_text = trim(amount.substr(0, at));
    auto trips = parse_count(count_text, TooLarge::Saturate);
    if (!trips) return Result::fail(Message{MessageCode::RoundTripsInvalid, {message_arg(trips.error()), quoted_arg(whole)}});
    if (trips.value() == 0) return Result::fail(Message{MessageCode::RoundTripsZero, {quoted_arg(whole)}});
    if (trips.value() > kMaxNetRoundTrips)
        return Result::fail(Message{MessageCode::RoundTripsOverLimit,
                                    {quoted_arg(count_text), quoted_arg(whole), integer_arg(kMaxNetRoundTrips)}});
    std::int64_t server_ns = 0;
    std::string text = "net:" + std::to_string(trips.value());
    if (at != std::string_view::npos) {
        const std::string_view server_text = trim(amount.substr(at + 1));
        auto ns = parse_duration_ns(server_text, TooLarge::Saturate);
        if (!ns) return Result::fail(Message{MessageCode::ServerTimeInvalid, {message_arg(ns.error()), quoted_arg(whole)}});
        if (ns.value() > kMaxServerNs)
            return Result::fail(Message{MessageCode::ServerTimeOverLimit,
                                        {quoted_arg(server_text), quoted_arg(whole), text_arg(format_duration(kMaxServerNs))}});
        server_ns = ns.value();
        if (server_ns > 0) text += "@" + format_duration(server_ns);
    }
    auto result = single_step(WorkloadKind::Net, StepKind::Net, trips.value(), std::move(text));
    result.value().steps[0].server_ns = server_ns;
    return result;
}

Result parse_mixed(std::string_view amount, std::string_view whole) {
    const std::size_t slash = amount.find('/');
    if (slash == std::string_view::npos) return Result::fail(Message{MessageCode::MixedUnreadable, {quoted_arg(whole)}});
    const std::string_view cpu_text = amount.substr(0, slash);
    std::string_view io_text = amount.substr(slash + 1);
    std::int64_t repeats = 1;  // "mixed:10ms/20ms" is one round
    if (const std::size_t x = io_text.find_last_of("xX"); x != std::string_view::npos) {
        const std::string_view repeat_text = io_text.substr(x + 1);
        io_text = io_text.substr(0, x);
        auto n = parse_count(repeat_text, TooLarge::Saturate);
        if (!n) return Result::fail(Message{MessageCode::RepeatsUnreadable, {quoted_arg(repeat_text), quoted_arg(whole)}});
        if (n.value() == 0) return Result::fail(Message{MessageCode::RepeatsZero, {quoted_arg(whole)}});
        if (n.value() > kMaxMixedRepeats)
            return Result::fail(Message{MessageCode::RepeatsOverLimit,
                                        {quoted_arg(repeat_text), quoted_arg(whole), integer_arg(kMaxMixedRepeats)}});
        repeats = n.value();
    }
    auto cpu = step_duration(cpu_text, kCpuTime, whole);
    if (!cpu) return Result::fail(cpu.error());
    auto io = step_duration(io_text, kSleepTime, whole);
    if (!io) return Result::fail(io.error());

    WorkloadSpec spec;
    spec.kind = WorkloadKind::Mixed;
    spec.steps.reserve(static_cast<std::size_t>(repeats) * 2);
    for (std::int64_t i = 0; i < repeats; ++i) {
        spec.steps.push_back(WorkloadStep{StepKind::Cpu, cpu.value()});
        spec.steps.push_back(WorkloadStep{StepKind::Sleep, io.value()});
    }
    spec.text = "mixed:" + format_duration(cpu.value()) + "/" + format_duration(io.value()) + "x" +
                std::to_string(repeats);
    return Result::ok(std::move(spec));
}

// numbers:<sleep time>x<count>: the tutorial's print_numbers(), a sleep then print(i), count times.
Result parse_numbers(std::string_view amount, std::string_view whole) {
    std::string_view sleep_text = amount;
    std::int64_t count = 1;
    if (const std::size_t x = amount.find_last_of("xX"); x != std::string_view::npos) {
        const std::string_view count_text = amount.substr(x + 1);
        sleep_text = amount.substr(0, x);
        auto n = parse_count(count_text, TooLarge::Saturate);
        if (!n) return Result::fail(Message{MessageCode::NumbersUnreadable, {quoted_arg(whole)}});
        if (n.value() == 0) return Result::fail(Message{MessageCode::RepeatsZero, {quoted_arg(whole)}});
        if (n.value() > kMaxMixedRepeats)
            return Result::fail(Message{MessageCode::RepeatsOverLimit,
                                        {quoted_arg(count_text), quoted_arg(whole), integer_arg(kMaxMixedRepeats)}});
        count = n.value();
    }
    auto sleep = step_duration(sleep_text, kSleepTime, whole);
    if (!sleep) return Result::fail(sleep.error());
    WorkloadSpec spec;
    spec.kind = WorkloadKind::Numbers;
    for (std::int64_t i = 0; i < count; ++i) {
        spec.steps.push_back(WorkloadStep{StepKind::Sleep, sleep.value()});
        spec.steps.push_back(WorkloadStep{StepKind::PrintNumber, i});
    }
    spec.text = "numbers:" + format_duration(sleep.value()) + "x" + std::to_string(count);
    return Result::ok(std::move(spec));
}

// square:<cpu time>: compute for that long, then print the square of the task's number.
Result parse_square(std::string_view amount, std::string_view whole) {
    auto cpu = step_duration(amount, kCpuTime, whole);
    if (!cpu) return Result::fail(cpu.error());
    WorkloadSpec spec;
    spec.kind = WorkloadKind::Square;
    spec.steps = {WorkloadStep{StepKind::Cpu, cpu.value()}, WorkloadStep{StepKind::PrintSquare, 0}};
    spec.text = "square:" + format_duration(cpu.value());
    return Result::ok(std::move(spec));
}

// counter:<additions>[/lock]: counter += 1 that many times, then print the counter.
Result parse_counter(std::string_view amount, std::string_view whole) {
    const std::size_t slash = amount.find('/');
    const std::string_view count_text = trim(amount.substr(0, slash));
    bool locked = false;
    if (slash != std::string_view::npos) {
        const std::string_view option = trim(amount.substr(slash + 1));
        if (lowercase(option) != "lock")
            return Result::fail(Message{MessageCode::CounterOptionUnknown, {quoted_arg(option), quoted_arg(whole)}});
        locked = true;
    }
    auto n = parse_count(count_text, TooLarge::Saturate);
    if (!n) return Result::fail(Message{MessageCode::CounterInvalid, {message_arg(n.error()), quoted_arg(whole)}});
    if (n.value() == 0) return Result::fail(Message{MessageCode::CounterZero, {quoted_arg(whole)}});
    if (n.value() > kMaxCounterAdditions)
        return Result::fail(Message{MessageCode::CounterOverLimit,
                                    {quoted_arg(count_text), quoted_arg(whole), integer_arg(kMaxCounterAdditions)}});
    WorkloadSpec spec;
    spec.kind = WorkloadKind::Counter;
    spec.steps = {WorkloadStep{locked ? StepKind::CounterAddLocked : StepKind::CounterAdd, n.value()},
                  WorkloadStep{StepKind::PrintCounter, 0}};
    spec.text = "counter:" + std::to_string(n.value()) + (locked ? "/lock" : "");
    return Result::ok(std::move(spec));
}

// One workload of a single kind (no "|").
Result parse_single(std::string_view text) {
    if (text.empty()) return Result::fail(Message{MessageCode::WorkloadEmpty, {text_arg(kValidKinds)}});
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos)
        return Result::fail(Message{MessageCode::WorkloadUnreadable, {quoted_arg(text), text_arg(kValidKinds)}});
    const std::string kind = lowercase(trim(text.substr(0, colon)));
    const std::string_view amount = trim(text.substr(colon + 1));
    if (kind == "cpu") return parse_timed(WorkloadKind::Cpu, StepKind::Cpu, "cpu", amount, text);
    if (kind == "io") return parse_timed(WorkloadKind::Io, StepKind::Sleep, "io", amount, text);
    if (kind == "file") return parse_file(amount, text);
    if (kind == "net") return parse_net(amount, text);
    if (kind == "mixed") return parse_mixed(amount, text);
    if (kind == "numbers") return parse_numbers(amount, text);
    if (kind == "square") return parse_square(amount, text);
    if (kind == "counter") return parse_counter(amount, text);
    return Result::fail(Message{MessageCode::WorkloadUnknownKind,
                                {quoted_arg(text.substr(0, colon)), quoted_arg(text), text_arg(kValidKinds)}});
}

// a|b|c: tasks take turns at the parts.
Result parse_alternating(std::string_view text) {
    WorkloadSpec spec;
    spec.kind = WorkloadKind::Alternating;
    std::string_view rest = text;
    while (true) {
        const std::size_t bar = rest.find('|');
        const std::string_view part = trim(rest.substr(0, bar));
        if (part.empty()) return Result::fail(Message{MessageCode::WorkloadPartEmpty, {quoted_arg(text)}});
        if (spec.parts.size() == kMaxWorkloadParts)
            return Result::fail(Message{MessageCode::WorkloadTooManyParts,
                                        {quoted_arg(text), integer_arg(static_cast<std::int64_t>(kMaxWorkloadParts))}});
        auto one = parse_single(part);
        if (!one) return one;
        spec.text += (spec.parts.empty() ? "" : "|") + one.value().text;
        spec.parts.push_back(std::move(one.value()));
        if (bar == std::string_view::npos) break;
        rest = rest.substr(bar + 1);
    }
    spec.steps = spec.parts.front().steps;
    return Result::ok(std::move(spec));
}

template <class Predicate>
bool any_step(const WorkloadSpec& spec, Predicate&& p) {
    if (std::any_of(spec.steps.begin(), spec.steps.end(), [&](const WorkloadStep& s) { return p(s.kind); })) return true;
    return std::any_of(spec.parts.begin(), spec.parts.end(), [&](const WorkloadSpec& part) { return any_step(part, p); });
}

}  // namespace

bool is_blocking_step(StepKind kind) {
    return kind == StepKind::Sleep || kind == StepKind::FileBytes || kind == StepKind::FileDuration || kind == StepKind::Net;
}

const std::vector<WorkloadStep>& WorkloadSpec::steps_for(std::uint32_t task) const {
    return parts.empty() ? steps : parts[task % parts.size()].steps;
}

bool WorkloadSpec::has_cpu() const {
    return any_step(*this, [](StepKind k) { return k == StepKind::Cpu || k == StepKind::CounterAdd || k == StepKind::CounterAddLocked; });
}

bool WorkloadSpec::has_io() const { return any_step(*this, [](StepKind k) { return is_blocking_step(k); }); }

bool WorkloadSpec::has_counter() const {
    return any_step(*this, [](StepKind k) { return k == StepKind::CounterAdd || k == StepKind::CounterAddLocked; });
}

ParseResult<WorkloadSpec> parse_workload(std::string_view raw) {
    const std::string_view text = trim(raw);
    if (text.find('|') != std::string_view::npos) return parse_alternating(text);
    return parse_single(text);
}

}  // namespace conclab

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

constexpr const char* kValidKinds = "cpu, io, file, net, mixed";
constexpr const char* kMixedForm = "expected mixed:<cpu time>/<sleep time>x<repeats>, e.g. mixed:10ms/20msx5";


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

// A duration step: parsed, non-zero, within kMaxStepNs. `what` names the amount in messages.
ParseResult<std::int64_t> step_duration(std::string_view amount, std::string_view what, std::string_view whole) {
    auto ns = parse_duration_ns(amount, TooLarge::Saturate);
    if (!ns) return ns;
    if (ns.value() == 0)
        return ParseResult<std::int64_t>::fail(std::string(what) + " in " + quoted(whole) +
                                               " is zero: a step must take some time");
    if (ns.value() > kMaxStepNs)
        return ParseResult<std::int64_t>::fail(std::string(what) + " " + quoted(amount) + " in " + quoted(whole) +
                                               " is over the limit of " + format_duration(kMaxStepNs) +
                                               " (10 minutes)");
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
    auto ns = step_duration(amount, prefix == "cpu" ? "cpu time" : "sleep time", whole);
    if (!ns) return Result::fail(ns.error());
    return single_step(kind, step, ns.value(), std::string(prefix) + ":" + format_duration(ns.value()));
}

Result parse_file(std::string_view amount, std::string_view whole) {
    // A time unit makes it a duration (repeated rounds), anything else a size ("file:100" = bytes).
    if (auto ns = parse_duration_ns(amount, TooLarge::Saturate)) {
        auto checked = step_duration(amount, "file time", whole);
        if (!checked) return Result::fail(checked.error());
        return single_step(WorkloadKind::File, StepKind::FileDuration, ns.value(), "file:" + format_duration(ns.value()));
    }
    auto bytes = parse_size_bytes(amount, TooLarge::Saturate);
    if (!bytes)
        return Result::fail("cannot read file amount " + quoted(amount) + " in " + quoted(whole) +
                            ": expected a size such as 4MiB or a duration such as 50ms");
    if (bytes.value() == 0) return Result::fail("file size in " + quoted(whole) + " is zero: write at least 1 byte");
    if (bytes.value() > kMaxFileBytes)
        return Result::fail("file size " + quoted(amount) + " in " + quoted(whole) + " is over the limit of " +
                            format_size(kMaxFileBytes));
    return single_step(WorkloadKind::File, StepKind::FileBytes, bytes.value(), "file:" + format_size(bytes.value()));
}

// net:<round trips>[@<server time>]: the server answers each request after <server time>.
Result parse_net(std::string_view amount, std::string_view whole) {
    const std::size_t at = amount.find('@');
    const std::string_view count_text = trim(amount.substr(0, at));
    auto trips = parse_count(count_text, TooLarge::Saturate);
    if (!trips) return Result::fail(trips.error() + " (round trips in " + quoted(whole) + ")");
    if (trips.value() == 0) return Result::fail("round trips in " + quoted(whole) + " is zero: make at least 1");
    if (trips.value() > kMaxNetRoundTrips)
        return Result::fail("round trips " + quoted(count_text) + " in " + quoted(whole) + " is over the limit of " +
                            std::to_string(kMaxNetRoundTrips));
    std::int64_t server_ns = 0;
    std::string text = "net:" + std::to_string(trips.value());
    if (at != std::string_view::npos) {
        const std::string_view server_text = trim(amount.substr(at + 1));
        auto ns = parse_duration_ns(server_text, TooLarge::Saturate);
        if (!ns) return Result::fail(ns.error() + " (server time in " + quoted(whole) + ", e.g. net:50@10ms)");
        if (ns.value() > kMaxServerNs)
            return Result::fail("server time " + quoted(server_text) + " in " + quoted(whole) +
                                " is over the limit of " + format_duration(kMaxServerNs));
        server_ns = ns.value();
        if (server_ns > 0) text += "@" + format_duration(server_ns);
    }
    auto result = single_step(WorkloadKind::Net, StepKind::Net, trips.value(), std::move(text));
    result.value().steps[0].server_ns = server_ns;
    return result;
}

Result parse_mixed(std::string_view amount, std::string_view whole) {
    const std::size_t slash = amount.find('/');
    if (slash == std::string_view::npos)
        return Result::fail("cannot read mixed workload " + quoted(whole) + ": " + kMixedForm);
    const std::string_view cpu_text = amount.substr(0, slash);
    std::string_view io_text = amount.substr(slash + 1);
    std::int64_t repeats = 1;  // "mixed:10ms/20ms" is one round
    if (const std::size_t x = io_text.find_last_of("xX"); x != std::string_view::npos) {
        const std::string_view repeat_text = io_text.substr(x + 1);
        io_text = io_text.substr(0, x);
        auto n = parse_count(repeat_text, TooLarge::Saturate);
        if (!n) return Result::fail("cannot read repeats " + quoted(repeat_text) + " in " + quoted(whole) + ": " + kMixedForm);
        if (n.value() == 0) return Result::fail("repeats in " + quoted(whole) + " is zero: repeat at least once");
        if (n.value() > kMaxMixedRepeats)
            return Result::fail("repeats " + quoted(repeat_text) + " in " + quoted(whole) + " is over the limit of " +
                                std::to_string(kMaxMixedRepeats));
        repeats = n.value();
    }
    auto cpu = step_duration(cpu_text, "cpu time", whole);
    if (!cpu) return Result::fail(cpu.error());
    auto io = step_duration(io_text, "sleep time", whole);
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

}  // namespace

bool WorkloadSpec::has_cpu() const {
    return std::any_of(steps.begin(), steps.end(), [](const WorkloadStep& s) { return s.kind == StepKind::Cpu; });
}

bool WorkloadSpec::has_io() const {
    return std::any_of(steps.begin(), steps.end(), [](const WorkloadStep& s) { return s.kind != StepKind::Cpu; });
}

ParseResult<WorkloadSpec> parse_workload(std::string_view raw) {
    const std::string_view text = trim(raw);
    if (text.empty())
        return Result::fail(std::string("workload is empty: expected <kind>:<amount> such as cpu:50ms; kinds are ") +
                            kValidKinds);
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos)
        return Result::fail("cannot read workload " + quoted(text) +
                            ": expected <kind>:<amount> such as cpu:50ms; kinds are " + kValidKinds);
    const std::string kind = lowercase(trim(text.substr(0, colon)));
    const std::string_view amount = trim(text.substr(colon + 1));
    if (kind == "cpu") return parse_timed(WorkloadKind::Cpu, StepKind::Cpu, "cpu", amount, text);
    if (kind == "io") return parse_timed(WorkloadKind::Io, StepKind::Sleep, "io", amount, text);
    if (kind == "file") return parse_file(amount, text);
    if (kind == "net") return parse_net(amount, text);
    if (kind == "mixed") return parse_mixed(amount, text);
    return Result::fail("unknown workload kind " + quoted(text.substr(0, colon)) + " in " + quoted(text) +
                        ": valid kinds are " + kValidKinds);
}

}  // namespace conclab

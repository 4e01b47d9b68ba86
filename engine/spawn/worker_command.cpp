#include "spawn/worker_command.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>

#include "spawn/spawn_messages.h"

namespace conclab {
namespace {

constexpr std::pair<StepKind, std::string_view> kStepNames[] = {{StepKind::Cpu, "cpu"},
                                                                 {StepKind::Sleep, "sleep"},
                                                                 {StepKind::FileBytes, "file-bytes"},
                                                                 {StepKind::FileDuration, "file-duration"},
                                                                 {StepKind::Net, "net"},
                                                                 {StepKind::PrintNumber, "print-number"},
                                                                 {StepKind::PrintSquare, "print-square"},
                                                                 {StepKind::CounterAdd, "counter-add"},
                                                                 {StepKind::CounterAddLocked, "counter-add-locked"},
                                                                 {StepKind::PrintCounter, "print-counter"}};

std::string step_text(const WorkloadStep& s) {
    std::string_view name = "?";
    for (const auto& [kind, text] : kStepNames)
        if (kind == s.kind) name = text;
    return std::string(name) + ":" + std::to_string(s.amount) + ":" + std::to_string(s.server_ns);
}

std::string exact_double(double v) {
    char text[64];
    std::snprintf(text, sizeof text, "%a", v);
    return text;
}

template <class Int>
bool parse_int(std::string_view text, Int& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parse_double(std::string_view text, double& out) {
    const std::string copy(text);  // strtod needs a terminated string
    char* end = nullptr;
    out = std::strtod(copy.c_str(), &end);
    return !copy.empty() && end == copy.c_str() + copy.size();
}

bool parse_step(std::string_view text, WorkloadStep& out) {
    const auto first = text.find(':');
    const auto second = text.find(':', first == std::string_view::npos ? first : first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) return false;
    const std::string_view name = text.substr(0, first);
    bool known = false;
    for (const auto& [kind, step_name] : kStepNames)
        if (step_name == name) {
            out.kind = kind;
            known = true;
        }
    return known && parse_int(text.substr(first + 1, second - first - 1), out.amount) &&
           parse_int(text.substr(second + 1), out.server_ns);
}

}  // namespace

std::vector<std::string> worker_arguments(const WorkerCommand& c) {
    const Experiment& e = c.experiment;
    std::vector<std::string> args = {
        "lane=" + std::to_string(c.lane),
        "parent=" + std::to_string(c.parent_pid),
        "requested=" + std::to_string(c.spawn_requested_ns),
        "region-fd=" + std::to_string(c.region_fd),
        "ticks-per-ms=" + exact_double(c.ticks_per_ms),
        "ticks-per-observation=" + std::to_string(c.ticks_per_observation),
        "temp-dir=" + c.temp_dir,
        "echo-port=" + std::to_string(c.echo_port),
        "model=" + std::string(run_model_name(e.model)),
        "tasks=" + std::to_string(e.tasks),
        "workers=" + std::to_string(e.workers),
        "gil=" + std::string(e.gil ? "1" : "0"),
        "switch-interval=" + std::to_string(e.switch_interval_ns),
        "crash-task=" + std::to_string(e.crash_task),
        "workload=" + e.workload.text,
        "workload-kind=" + std::to_string(static_cast<int>(e.workload.kind)),
    };
    if (e.workload.parts.empty()) {
        for (const WorkloadStep& s : e.workload.steps) args.push_back("step=" + step_text(s));
    } else {
        // An alternating workload: each part, then its steps ("part=<kind>:<text>" starts one).
        for (const WorkloadSpec& part : e.workload.parts) {
            args.push_back("part=" + std::to_string(static_cast<int>(part.kind)) + ":" + part.text);
            for (const WorkloadStep& s : part.steps) args.push_back("step=" + step_text(s));
        }
    }
    return args;
}

ParseResult<WorkerCommand, std::string> parse_worker_arguments(std::span<const std::string_view> arguments) {
    WorkerCommand c;
    Experiment& e = c.experiment;
    e.workload.steps.clear();
    int gil = 0, kind = 0;
    // Each setter returns false if the value is not of its form.
    using Setter = std::function<bool(std::string_view)>;
    const std::map<std::string_view, Setter> setters = {
        {"lane", [&](std::string_view v) { return parse_int(v, c.lane); }},
        {"parent", [&](std::string_view v) { return parse_int(v, c.parent_pid) && c.parent_pid > 0; }},
        {"requested", [&](std::string_view v) { return parse_int(v, c.spawn_requested_ns); }},
        {"region-fd", [&](std::string_view v) { return parse_int(v, c.region_fd) && c.region_fd >= 0; }},
        {"ticks-per-ms", [&](std::string_view v) { return parse_double(v, c.ticks_per_ms) && c.ticks_per_ms > 0; }},
        {"ticks-per-observation",
         [&](std::string_view v) { return parse_int(v, c.ticks_per_observation) && c.ticks_per_observation > 0; }},
        {"temp-dir", [&](std::string_view v) { return c.temp_dir = v, true; }},
        {"echo-port", [&](std::string_view v) { return parse_int(v, c.echo_port); }},
        {"model",
         [&](std::string_view v) {
             const auto m = parse_run_model(v);
             if (m) e.model = m.value();
             return static_cast<bool>(m);
         }},
        {"tasks", [&](std::string_view v) { return parse_int(v, e.tasks); }},
        {"workers", [&](std::string_view v) { return parse_int(v, e.workers); }},
        {"gil", [&](std::string_view v) { return parse_int(v, gil) && (gil == 0 || gil == 1); }},
        {"switch-interval", [&](std::string_view v) { return parse_int(v, e.switch_interval_ns); }},
        {"crash-task", [&](std::string_view v) { return parse_int(v, e.crash_task); }},
        {"workload", [&](std::string_view v) { return e.workload.text = v, true; }},
        {"workload-kind",
         [&](std::string_view v) {
             return parse_int(v, kind) && kind >= 0 && kind <= static_cast<int>(WorkloadKind::Alternating);
         }},
        {"part",
         [&](std::string_view v) {
             const auto colon = v.find(':');
             int part_kind = 0;
             if (colon == std::string_view::npos || !parse_int(v.substr(0, colon), part_kind) || part_kind < 0 ||
                 part_kind >= static_cast<int>(WorkloadKind::Alternating) || e.workload.parts.size() >= kMaxWorkloadParts)
                 return false;
             WorkloadSpec part;
             part.kind = static_cast<WorkloadKind>(part_kind);
             part.text = v.substr(colon + 1);
             e.workload.parts.push_back(std::move(part));
             return true;
         }},
        {"step",
         [&](std::string_view v) {
             WorkloadStep s;
             if (!parse_step(v, s)) return false;
             (e.workload.parts.empty() ? e.workload.steps : e.workload.parts.back().steps).push_back(s);
             return true;
         }},
    };
    std::set<std::string_view> seen;
    for (const std::string_view arg : arguments) {
        const auto eq = arg.find('=');
        const std::string_view name = arg.substr(0, eq);
        const auto setter = setters.find(name);
        if (eq == std::string_view::npos || setter == setters.end())
            return ParseResult<WorkerCommand, std::string>::fail(spawn_text::bad_argument(arg, "not an argument the worker takes"));
        if (!setter->second(arg.substr(eq + 1)))
            return ParseResult<WorkerCommand, std::string>::fail(spawn_text::bad_argument(arg, "not a valid value"));
        seen.insert(setter->first);
    }
    for (const auto& [name, setter] : setters)
        if (!seen.count(name) && name != "step" && name != "part") return ParseResult<WorkerCommand, std::string>::fail(spawn_text::missing_argument(name));
    for (const WorkloadSpec& part : e.workload.parts)
        if (part.steps.empty()) return ParseResult<WorkerCommand, std::string>::fail(spawn_text::missing_argument("step"));
    if (!e.workload.parts.empty()) e.workload.steps = e.workload.parts.front().steps;
    if (e.workload.steps.empty()) return ParseResult<WorkerCommand, std::string>::fail(spawn_text::missing_argument("step"));
    e.gil = gil == 1;
    e.workload.kind = static_cast<WorkloadKind>(kind);
    if (const auto error = e.validate())
        return ParseResult<WorkerCommand, std::string>::fail(spawn_text::bad_argument("experiment", debug_text(*error)));
    if (c.lane >= static_cast<std::uint32_t>(e.lane_count()))
        return ParseResult<WorkerCommand, std::string>::fail(spawn_text::bad_argument("lane=" + std::to_string(c.lane), "no such lane"));
    return ParseResult<WorkerCommand, std::string>::ok(std::move(c));
}

}  // namespace conclab

// Run model names and the experiment's bounds.
#include "experiment/experiment.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "workload/quantity_parse.h"

namespace conclab {

namespace {

std::string valid_model_names() {
    std::string names;
    for (RunModel m : kAllRunModels) {
        if (!names.empty()) names += ", ";
        names += run_model_name(m);
    }
    return names;
}

std::string normalized(std::string_view text) {
    std::string out(trim(text));
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return out;
}

std::optional<Message> validate_workers(const Experiment& e) {
    // Refused whatever the model: "--workers 0" is a mistake even where workers are not used.
    if (e.workers < 1) return Message{MessageCode::WorkersBelowMinimum, {integer_arg(e.workers), integer_arg(1)}};
    if (e.model == RunModel::ProcessPool && e.workers > kMaxProcesses)
        return Message{MessageCode::WorkersOverProcessLimit, {integer_arg(e.workers), integer_arg(kMaxProcesses)}};
    if (e.workers > kMaxThreads)
        return Message{MessageCode::WorkersOverThreadLimit, {integer_arg(e.workers), integer_arg(kMaxThreads)}};
    return std::nullopt;
}

std::optional<Message> validate_tasks(const Experiment& e) {
    if (e.tasks < 1 || e.tasks > kMaxTasks)
        return Message{MessageCode::TasksOutOfRange, {integer_arg(e.tasks), integer_arg(1), integer_arg(kMaxTasks)}};
    if (e.model == RunModel::Threads && e.tasks > kMaxThreads)
        return Message{MessageCode::TasksOverThreadLimit, {integer_arg(e.tasks), integer_arg(kMaxThreads)}};
    if (e.model == RunModel::Processes && e.tasks > kMaxProcesses)
        return Message{MessageCode::TasksOverProcessLimit, {integer_arg(e.tasks), integer_arg(kMaxProcesses)}};
    return std::nullopt;
}

}  // namespace

std::string_view run_model_name(RunModel m) {
    switch (m) {
        case RunModel::Sequential: return "sequential";
        case RunModel::Threads: return "threads";
        case RunModel::ThreadPool: return "thread-pool";
        case RunModel::Processes: return "processes";
        case RunModel::ProcessPool: return "process-pool";
        case RunModel::Async: return "async";
    }
    return "?";
}

ParseResult<RunModel> parse_run_model(std::string_view text) {
    const std::string name = normalized(text);
    if (name.empty()) return ParseResult<RunModel>::fail(Message{MessageCode::RunModelEmpty, {text_arg(valid_model_names())}});
    for (RunModel m : kAllRunModels)
        if (name == run_model_name(m)) return ParseResult<RunModel>::ok(m);
    // Spellings people carry over from Python and other tools.
    if (name == "thread_pool" || name == "threadpool") return ParseResult<RunModel>::ok(RunModel::ThreadPool);
    if (name == "process_pool" || name == "processpool") return ParseResult<RunModel>::ok(RunModel::ProcessPool);
    if (name == "asyncio") return ParseResult<RunModel>::ok(RunModel::Async);
    return ParseResult<RunModel>::fail(
        Message{MessageCode::RunModelUnknown, {quoted_arg(text), text_arg(valid_model_names())}});
}

bool uses_processes(RunModel m) { return m == RunModel::Processes || m == RunModel::ProcessPool; }

bool uses_pool(RunModel m) { return m == RunModel::ThreadPool || m == RunModel::ProcessPool; }

int Experiment::lane_count() const {
    switch (model) {
        case RunModel::Sequential:
        case RunModel::Async: return 1;
        case RunModel::Threads:
        case RunModel::Processes: return std::max(tasks, 0);
        case RunModel::ThreadPool:
        case RunModel::ProcessPool: return std::max(std::min(workers, tasks), 0);
    }
    return 1;
}

bool Experiment::shows_main_thread() const {
    if (model == RunModel::Sequential || model == RunModel::Async) return false;  // it is their one lane
    return main_thread_lane || workload.has_counter();
}

int Experiment::coroutine_rows() const {
    return model == RunModel::Async && tasks >= 1 && tasks <= kMaxCoroutineRows ? tasks : 0;
}

std::optional<Message> Experiment::validate() const {
    if (workload.steps.empty()) return Message{MessageCode::WorkloadHasNoSteps, {}};
    if (auto problem = validate_tasks(*this)) return problem;
    if (auto problem = validate_workers(*this)) return problem;
    if (switch_interval_ns < kMinSwitchIntervalNs || switch_interval_ns > kMaxSwitchIntervalNs)
        return Message{MessageCode::SwitchIntervalOutOfRange,
                       {text_arg(format_duration(switch_interval_ns)), text_arg(format_duration(kMinSwitchIntervalNs)),
                        text_arg(format_duration(kMaxSwitchIntervalNs))}};
    if (crash_task < -1 || crash_task >= tasks)
        return Message{MessageCode::CrashTaskMissing, {integer_arg(crash_task), integer_arg(tasks - 1)}};
    return std::nullopt;
}

Experiment default_experiment() {
    Experiment e;
    e.workload = parse_workload("cpu:50ms").value();
    e.tasks = 4;
    e.model = RunModel::Threads;
    e.workers = 4;
    e.gil = true;
    e.switch_interval_ns = kDefaultSwitchIntervalNs;
    e.crash_task = -1;
    return e;
}

}  // namespace conclab

// Run model names, the experiment's bounds and its one-line description.
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

std::string plural(long long n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string validate_workers(const Experiment& e) {
    // Refused whatever the model: "--workers 0" is a mistake even where workers are not used.
    if (e.workers < 1) return "workers " + std::to_string(e.workers) + " is out of range: at least 1 worker is needed";
    if (e.model == RunModel::ProcessPool && e.workers > kMaxProcesses)
        return "workers " + std::to_string(e.workers) + " is over the limit of " + std::to_string(kMaxProcesses) +
               " worker processes";
    if (e.workers > kMaxThreads)
        return "workers " + std::to_string(e.workers) + " is over the limit of " + std::to_string(kMaxThreads) +
               " worker threads";
    return {};
}

std::string validate_tasks(const Experiment& e) {
    if (e.tasks < 1 || e.tasks > kMaxTasks)
        return "tasks " + std::to_string(e.tasks) + " is out of range: use 1 to " + std::to_string(kMaxTasks);
    if (e.model == RunModel::Threads && e.tasks > kMaxThreads)
        return "tasks " + std::to_string(e.tasks) + " is over the limit of " + std::to_string(kMaxThreads) +
               " for the threads model (one thread per task); use thread-pool for more tasks";
    if (e.model == RunModel::Processes && e.tasks > kMaxProcesses)
        return "tasks " + std::to_string(e.tasks) + " is over the limit of " + std::to_string(kMaxProcesses) +
               " for the processes model (one process per task); use process-pool for more tasks";
    return {};
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
    if (name.empty()) return ParseResult<RunModel>::fail("run model is empty: valid models are " + valid_model_names());
    for (RunModel m : kAllRunModels)
        if (name == run_model_name(m)) return ParseResult<RunModel>::ok(m);
    // Spellings people carry over from Python and other tools.
    if (name == "thread_pool" || name == "threadpool") return ParseResult<RunModel>::ok(RunModel::ThreadPool);
    if (name == "process_pool" || name == "processpool") return ParseResult<RunModel>::ok(RunModel::ProcessPool);
    if (name == "asyncio") return ParseResult<RunModel>::ok(RunModel::Async);
    return ParseResult<RunModel>::fail("unknown run model " + quoted(text) + ": valid models are " +
                                       valid_model_names());
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

std::string Experiment::validate() const {
    if (workload.steps.empty()) return "the workload has no steps: choose one such as cpu:50ms";
    if (std::string error = validate_tasks(*this); !error.empty()) return error;
    if (std::string error = validate_workers(*this); !error.empty()) return error;
    if (switch_interval_ns < kMinSwitchIntervalNs || switch_interval_ns > kMaxSwitchIntervalNs)
        return "switch interval " + format_duration(switch_interval_ns) + " is out of range: use " +
               format_duration(kMinSwitchIntervalNs) + " to " + format_duration(kMaxSwitchIntervalNs);
    if (crash_task < -1 || crash_task >= tasks)
        return "crash task " + std::to_string(crash_task) + " does not exist: tasks are numbered 0 to " +
               std::to_string(tasks - 1) + " (-1 for none)";
    return {};
}

std::string Experiment::describe() const {
    std::string text = workload.text + " \u00d7 " + plural(tasks, "task", "tasks") + " \u00b7 " +
                       std::string(run_model_name(model));
    if (uses_pool(model)) text += " \u00b7 " + plural(workers, "worker", "workers");
    text += gil ? " \u00b7 GIL on (" + format_duration(switch_interval_ns) + ")" : " \u00b7 GIL off";
    return text;
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

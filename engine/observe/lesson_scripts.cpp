#include "observe/lesson_scripts.h"

#include <unistd.h>

#include <cstdlib>

namespace conclab::observe {
namespace {

bool has_scripts(const std::string& dir) { return ::access((dir + "/cpu_bound.py").c_str(), R_OK) == 0; }

// A duration as the scripts read it: whole microseconds are exact for every size the engine takes.
std::string ms_text(std::int64_t ns) {
    if (ns % 1'000'000 == 0) return std::to_string(ns / 1'000'000) + "ms";
    return std::to_string(ns / 1000) + "us";
}

}  // namespace

std::optional<std::string> lesson_scripts_dir() {
    if (const char* env = std::getenv("CONCLAB_PYTHON_DIR"); env != nullptr && *env != '\0')
        return has_scripts(env) ? std::optional<std::string>(env) : std::nullopt;
    char exe[4096];
    const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        std::string dir(exe, static_cast<std::size_t>(n));
        dir = dir.substr(0, dir.rfind('/'));  // <prefix>/bin
        const std::string installed = dir + "/../share/conclab/python";
        if (has_scripts(installed)) return installed;
    }
#ifdef CONCLAB_SOURCE_PYTHON_DIR
    if (has_scripts(CONCLAB_SOURCE_PYTHON_DIR)) return std::string(CONCLAB_SOURCE_PYTHON_DIR);
#endif
    return std::nullopt;
}

ParseResult<std::vector<std::string>> lesson_command(const Experiment& e, const std::string& python,
                                                     const std::string& scripts_dir) {
    using R = ParseResult<std::vector<std::string>>;
    if (e.workload.steps.size() != 1) return R::fail(Message{MessageCode::NoLessonScript, {quoted_arg(e.workload.text)}});
    const WorkloadStep& step = e.workload.steps.front();
    std::vector<std::string> command{python};
    switch (step.kind) {
        case StepKind::Cpu:
            command.insert(command.end(), {scripts_dir + "/cpu_bound.py", "--size", ms_text(step.amount)});
            break;
        case StepKind::Sleep:
            command.insert(command.end(), {scripts_dir + "/io_sleep.py", "--size", ms_text(step.amount)});
            break;
        case StepKind::Net:
            command.insert(command.end(), {scripts_dir + "/io_network.py", "--requests", std::to_string(step.amount),
                                           "--size", ms_text(step.server_ns)});
            break;
        case StepKind::FileBytes:
        case StepKind::FileDuration:
            return R::fail(Message{MessageCode::NoLessonScriptForFiles, {quoted_arg(e.workload.text)}});
        // A lesson's printing and counting steps have no script of their own (the lessons that
        // use them come in several steps, refused above; one alone is refused here the same way).
        case StepKind::PrintNumber:
        case StepKind::PrintSquare:
        case StepKind::CounterAdd:
        case StepKind::CounterAddLocked:
        case StepKind::PrintCounter:
            return R::fail(Message{MessageCode::NoLessonScript, {quoted_arg(e.workload.text)}});
    }
    command.insert(command.end(), {"--model", std::string(run_model_name(e.model)), "--tasks", std::to_string(e.tasks),
                                   "--workers", std::to_string(e.workers)});
    return R::ok(std::move(command));
}

}  // namespace conclab::observe

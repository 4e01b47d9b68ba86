#include "observe/lesson_scripts.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "core/clock.h"

extern char** environ;

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

std::string python_executable(const std::string& python) {
    constexpr std::int64_t kAnswerWithinNs = 10'000'000'000;  // a cold pyenv shim takes ~1 s
    int out[2] = {-1, -1};
    if (python.empty() || ::pipe2(out, O_CLOEXEC) != 0) return python;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::string code = "import sys; sys.stdout.write(sys.executable or '')";
    std::string dash_c = "-c";
    std::string program = python;
    char* argv[] = {program.data(), dash_c.data(), code.data(), nullptr};
    pid_t pid = -1;
    const int spawned = ::posix_spawnp(&pid, python.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(out[0]);
        return python;
    }
    std::string answer;
    const std::int64_t deadline = now_ns() + kAnswerWithinNs;
    for (;;) {
        const std::int64_t left_ms = (deadline - now_ns()) / 1'000'000;
        if (left_ms <= 0) break;
        pollfd fd{out[0], POLLIN, 0};
        const int ready = ::poll(&fd, 1, static_cast<int>(left_ms));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) break;
        char buffer[4096];
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        answer.append(buffer, static_cast<std::size_t>(n));
        if (answer.size() > 65536) break;
    }
    ::close(out[0]);
    // Its output ended (or the time ran out): it exits now, or is ended. The end of the pipe comes
    // a moment before the process can be reaped, so wait for that, within the same bound.
    int status = 0;
    pid_t reaped = 0;
    while ((reaped = ::waitpid(pid, &status, WNOHANG)) == 0 && now_ns() < deadline) {
        const timespec pause{0, 1'000'000};
        ::nanosleep(&pause, nullptr);
    }
    if (reaped != pid) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return python;
    }
    const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!ok || answer.empty() || answer.front() != '/' || ::access(answer.c_str(), X_OK) != 0) return python;
    return answer;
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

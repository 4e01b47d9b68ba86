#pragma once
// Starts the program to observe: directly (posix_spawn of the argument list as given, no shell),
// in its own process group so that Stop reaches every process it made, with stdout and stderr
// into pipes and stdin from /dev/null. The working folder and environment are the user's.
#include <sys/resource.h>
#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace conclab::observe {

struct LaunchRequest {
    std::vector<std::string> argv;   // argv[0] is looked up in PATH when it holds no '/', as a shell would
    std::string working_dir;         // empty: the current folder
    std::optional<std::vector<std::string>> environment;  // "NAME=value"; nothing: this process's own
    // Python writes stdout to a pipe in 8 KB blocks; PYTHONUNBUFFERED=1 (unless the environment
    // sets it already) makes each line arrive when printed, so its time on the timeline is true.
    bool python_unbuffered = true;
};

// Why a program could not be started; `subject` is the program or folder named, `error` the errno.
enum class LaunchError : std::uint8_t {
    EmptyCommand,     // no program given
    NotFound,         // no such file (or not in PATH)
    NotExecutable,    // exists but may not be executed (permissions, a folder, not a program)
    NoWorkingFolder,  // the working folder does not exist or cannot be entered
    SystemRefused,    // pipes, memory, process limit
};
std::string_view launch_error_name(LaunchError e);

struct LaunchFailure {
    LaunchError code = LaunchError::SystemRefused;
    std::string subject;
    int error = 0;
};

struct ExitInfo {
    bool exited = false;     // ended by exit(); else killed by `signal`
    int code = 0;            // exit status when exited
    int signal = 0;          // the signal that killed it
    rusage usage{};          // its CPU time and context switches (and those of children it waited for)
};

// Whether `program` could be started (found in PATH when it holds no '/', executable), without
// starting it: nothing when it could.
std::optional<LaunchFailure> check_program(const std::string& program);

class LaunchedProgram {
public:
    static std::variant<LaunchedProgram, LaunchFailure> start(const LaunchRequest& request);

    LaunchedProgram(LaunchedProgram&& other) noexcept;
    LaunchedProgram& operator=(LaunchedProgram&& other) noexcept;
    LaunchedProgram(const LaunchedProgram&) = delete;
    LaunchedProgram& operator=(const LaunchedProgram&) = delete;
    // Kills the whole process group and reaps the program if that has not happened: nothing
    // outlives the observer.
    ~LaunchedProgram();

    pid_t pid() const { return pid_; }
    int pidfd() const { return pidfd_; }               // readable once the program has exited
    int take_stdout() { return std::exchange(out_fd_, -1); }  // read ends of the pipes; the caller closes them
    int take_stderr() { return std::exchange(err_fd_, -1); }

    // Has it exited (without reaping it, so /proc/<pid> still shows its last counters)?
    bool has_exited() const;
    // Reaps it (waits if it has not exited); once.
    std::optional<ExitInfo> reap();
    bool reaped() const { return reaped_; }
    // Sends `sig` to its process group (every process it started that did not leave the group).
    // After reap() only while the group may still have members: the caller knows.
    void signal_group(int sig) const;

private:
    LaunchedProgram() = default;
    void release();

    pid_t pid_ = -1;
    int pidfd_ = -1;
    int out_fd_ = -1;
    int err_fd_ = -1;
    bool reaped_ = false;
};

}  // namespace conclab::observe

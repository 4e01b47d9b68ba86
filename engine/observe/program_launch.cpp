#include "observe/program_launch.h"
#include "observe/pidfd.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace conclab::observe {
namespace {

// Where argv[0] is: as given when it holds a '/', else the first PATH entry that has it, as
// execvp would pick it. Distinguishes "no such program" from "not allowed to run it".
std::variant<std::string, LaunchFailure> resolve_program(const std::string& name) {
    auto check = [](const std::string& path) -> int {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) return errno;
        if (S_ISDIR(st.st_mode)) return EISDIR;
        if (::access(path.c_str(), X_OK) != 0) return errno;
        return 0;
    };
    if (name.find('/') != std::string::npos) {
        const int err = check(name);
        if (err == 0) return name;
        return LaunchFailure{err == ENOENT || err == ENOTDIR ? LaunchError::NotFound : LaunchError::NotExecutable, name, err};
    }
    const char* path_env = std::getenv("PATH");
    const std::string path = path_env != nullptr ? path_env : "/usr/local/bin:/usr/bin:/bin";
    int found_but_refused = 0;
    std::size_t begin = 0;
    while (begin <= path.size()) {
        const std::size_t end = std::min(path.find(':', begin), path.size());
        const std::string dir = end > begin ? path.substr(begin, end - begin) : ".";
        const std::string candidate = dir + "/" + name;
        const int err = check(candidate);
        if (err == 0) return candidate;
        if (err != ENOENT && err != ENOTDIR && found_but_refused == 0) found_but_refused = err;
        begin = end + 1;
    }
    if (found_but_refused != 0) return LaunchFailure{LaunchError::NotExecutable, name, found_but_refused};
    return LaunchFailure{LaunchError::NotFound, name, ENOENT};
}

std::vector<std::string> child_environment(const LaunchRequest& request) {
    std::vector<std::string> env;
    if (request.environment) {
        env = *request.environment;
    } else {
        for (char** e = environ; e != nullptr && *e != nullptr; ++e) env.emplace_back(*e);
    }
    if (request.python_unbuffered) {
        bool set = false;
        for (const std::string& e : env) set |= e.starts_with("PYTHONUNBUFFERED=");
        if (!set) env.emplace_back("PYTHONUNBUFFERED=1");
    }
    return env;
}

// posix_spawn's attributes and file actions, destroyed on every path out.
struct SpawnSetup {
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t actions;
    SpawnSetup() {
        posix_spawnattr_init(&attr);
        posix_spawn_file_actions_init(&actions);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

}  // namespace

std::string_view launch_error_name(LaunchError e) {
    switch (e) {
        case LaunchError::EmptyCommand: return "empty-command";
        case LaunchError::NotFound: return "not-found";
        case LaunchError::NotExecutable: return "not-executable";
        case LaunchError::NoWorkingFolder: return "no-working-folder";
        case LaunchError::SystemRefused: return "system-refused";
    }
    return "?";
}

std::optional<LaunchFailure> check_program(const std::string& program) {
    if (program.empty()) return LaunchFailure{LaunchError::EmptyCommand, {}, EINVAL};
    auto resolved = resolve_program(program);
    if (auto* failure = std::get_if<LaunchFailure>(&resolved)) return *failure;
    return std::nullopt;
}

std::variant<LaunchedProgram, LaunchFailure> LaunchedProgram::start(const LaunchRequest& request) {
    if (request.argv.empty() || request.argv.front().empty()) return LaunchFailure{LaunchError::EmptyCommand, {}, EINVAL};
    if (!request.working_dir.empty()) {
        struct stat st {};
        if (::stat(request.working_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) ||
            ::access(request.working_dir.c_str(), X_OK) != 0)
            return LaunchFailure{LaunchError::NoWorkingFolder, request.working_dir, errno != 0 ? errno : ENOTDIR};
    }
    // A relative program name with a '/' is relative to the working folder, as for a shell there.
    std::string program = request.argv.front();
    if (!request.working_dir.empty() && program.find('/') != std::string::npos && program.front() != '/')
        program = request.working_dir + "/" + program;
    auto resolved = resolve_program(program);
    if (auto* failure = std::get_if<LaunchFailure>(&resolved)) {
        failure->subject = request.argv.front();
        return *failure;
    }

    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0) return LaunchFailure{LaunchError::SystemRefused, "pipe", errno};
    if (::pipe2(err, O_CLOEXEC) != 0) {
        const int e = errno;
        ::close(out[0]);
        ::close(out[1]);
        return LaunchFailure{LaunchError::SystemRefused, "pipe", e};
    }
    SpawnSetup setup;
    // Its own process group (pgid = its pid), default signal dispositions and an empty mask,
    // whatever this process does with signals (the CLI catches SIGINT and SIGTERM).
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setpgroup(&setup.attr, 0);
    posix_spawnattr_setsigdefault(&setup.attr, &all);
    posix_spawnattr_setsigmask(&setup.attr, &none);
    posix_spawnattr_setflags(&setup.attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&setup.actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&setup.actions, err[1], STDERR_FILENO);
    // Nothing else of ours leaks into the program (the GUI's sockets, the engine's files).
    posix_spawn_file_actions_addclosefrom_np(&setup.actions, STDERR_FILENO + 1);
    if (!request.working_dir.empty()) posix_spawn_file_actions_addchdir_np(&setup.actions, request.working_dir.c_str());

    std::vector<std::string> env = child_environment(request);
    std::vector<char*> envp;
    for (std::string& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = request.argv;
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = -1;
    const std::string& path = std::get<std::string>(resolved);
    const int rc = ::posix_spawn(&pid, path.c_str(), &setup.actions, &setup.attr, argv.data(), envp.data());
    ::close(out[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(out[0]);
        ::close(err[0]);
        const LaunchError code = rc == ENOENT ? LaunchError::NotFound
                                 : rc == EACCES || rc == ENOEXEC || rc == EISDIR || rc == ETXTBSY ? LaunchError::NotExecutable
                                 : LaunchError::SystemRefused;
        return LaunchFailure{code, request.argv.front(), rc};
    }
    LaunchedProgram p;
    p.pid_ = pid;
    p.pidfd_ = open_pidfd(pid);  // our unreaped child: the pid cannot have been reused
    p.out_fd_ = out[0];
    p.err_fd_ = err[0];
    return p;
}

LaunchedProgram::LaunchedProgram(LaunchedProgram&& other) noexcept
    : pid_(std::exchange(other.pid_, -1)),
      pidfd_(std::exchange(other.pidfd_, -1)),
      out_fd_(std::exchange(other.out_fd_, -1)),
      err_fd_(std::exchange(other.err_fd_, -1)),
      reaped_(std::exchange(other.reaped_, true)) {}

LaunchedProgram& LaunchedProgram::operator=(LaunchedProgram&& other) noexcept {
    if (this != &other) {
        release();
        pid_ = std::exchange(other.pid_, -1);
        pidfd_ = std::exchange(other.pidfd_, -1);
        out_fd_ = std::exchange(other.out_fd_, -1);
        err_fd_ = std::exchange(other.err_fd_, -1);
        reaped_ = std::exchange(other.reaped_, true);
    }
    return *this;
}

LaunchedProgram::~LaunchedProgram() { release(); }

void LaunchedProgram::release() {
    if (pid_ > 0 && !reaped_) {
        signal_group(SIGKILL);
        ::kill(pid_, SIGKILL);  // it may have left its group
        reap();
    }
    for (int* fd : {&pidfd_, &out_fd_, &err_fd_})
        if (*fd >= 0) ::close(std::exchange(*fd, -1));
    pid_ = -1;
}

bool LaunchedProgram::has_exited() const {
    if (pid_ <= 0 || reaped_) return true;
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) != 0) return errno == ECHILD;
    return info.si_pid == pid_;
}

std::optional<ExitInfo> LaunchedProgram::reap() {
    if (pid_ <= 0 || reaped_) return std::nullopt;
    ExitInfo info;
    int status = 0;
    pid_t r;
    do {
        r = ::wait4(pid_, &status, 0, &info.usage);
    } while (r < 0 && errno == EINTR);
    reaped_ = true;
    if (r != pid_) return std::nullopt;
    info.exited = WIFEXITED(status);
    info.code = info.exited ? WEXITSTATUS(status) : 0;
    info.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return info;
}

void LaunchedProgram::signal_group(int sig) const {
    if (pid_ > 0) ::kill(-pid_, sig);  // the group keeps its id while any member lives
}

}  // namespace conclab::observe

// Safety on a shared lab machine: the program needs no root. Run as root (as CI is), the test
// drops to the unprivileged user `nobody` before starting conclab, the way a student's account
// would run it; run as an ordinary user, it runs as that user.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <fstream>
#include <string>
#include <vector>

#include "../support/scoped_env.h"
#include "../support/process_table.h"
#include "process_runner.h"
#include "workload/private_temp_dir.h"

namespace fs = std::filesystem;

namespace {

constexpr uid_t kNobody = 65534;

// Starts `binary args...` (no shell) as `uid` when we are root, else as ourselves, with HOME and
// TMPDIR in `home`; returns its exit status, or -1 if it did not exit normally.
int run_unprivileged(const std::string& binary, const std::vector<std::string>& args, const std::string& home) {
    std::vector<std::string> storage{binary};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : storage) argv.push_back(s.data());
    argv.push_back(nullptr);
    const std::string home_env = "HOME=" + home;
    const std::string tmp_env = "TMPDIR=" + home;
    std::vector<std::string> env_storage{home_env, tmp_env, "PATH=/usr/bin:/bin", "QT_QPA_PLATFORM=offscreen"};
    std::vector<char*> envp;
    for (std::string& s : env_storage) envp.push_back(s.data());
    envp.push_back(nullptr);

    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) dup2(devnull, 1);
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)) _exit(126);
        execve(binary.c_str(), argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("processes, files and the network all run as an ordinary user, without root", "[cli][safety]") {
    conclab::PrivateTempDir dir;
    // A folder the unprivileged user owns, holding its own copy of the program (the build tree
    // may not be readable to it) and its outputs.
    const std::string home = dir.path() + "/home";
    fs::create_directory(home);
    fs::permissions(home, fs::perms::owner_all);
    // The worker program of the process models goes beside it, the first place conclab looks.
    const std::string binary = home + "/conclab";
    const std::string worker = home + "/conclab-worker";
    fs::copy_file(CONCLAB_BINARY, binary);
    fs::copy_file(CONCLAB_WORKER_BINARY, worker);
    for (const std::string& program : {binary, worker})
        fs::permissions(program, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                     fs::perms::others_read | fs::perms::others_exec);
    chmod(dir.path().c_str(), 0755);  // the way in, for the other user only to pass through
    if (geteuid() == 0) {
        REQUIRE(chown(home.c_str(), kNobody, kNobody) == 0);
        REQUIRE(chown(binary.c_str(), kNobody, kNobody) == 0);
        REQUIRE(chown(worker.c_str(), kNobody, kNobody) == 0);
    }
    for (const char* workload : {"file:256KiB", "net:5", "cpu:5ms"}) {
        INFO(workload);
        const std::string trace = home + "/trace.json";
        CHECK(run_unprivileged(binary, {"run", "--model", "processes", "--tasks", "2", "--workload", workload,
                                        "--trace", trace},
                               home) == 0);
        CHECK(fs::exists(trace));
        fs::remove(trace);
    }
    // The program left nothing of its own behind in the user's temp folder.
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(home))
        if (entry.path().filename() != "conclab" && entry.path().filename() != "conclab-worker")
            left.push_back(entry.path().filename().string());
    CHECK(left.empty());
}

#ifdef CONCLAB_WITH_UI
namespace {

// True once `pid` catches `sig` (SigCgt in /proc/<pid>/status): its handler is installed.
bool catches_signal(pid_t pid, int sig) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("SigCgt:", 0) == 0) return (std::stoull(line.substr(7), nullptr, 16) >> (sig - 1)) & 1u;
    return false;
}

}  // namespace

TEST_CASE("the window closes cleanly on SIGTERM (a logout, a kill): settings saved, status 0", "[gui][safety]") {
    conclab::PrivateTempDir dir;
    std::optional<conclab::testing::ConclabProcess> started;
    {
        const conclab::testing::ScopedEnv config("XDG_CONFIG_HOME", dir.path().c_str());
        started.emplace(std::vector<std::string>{});
    }
    conclab::testing::ConclabProcess& gui = *started;

    bool ready = false;
    for (int i = 0; i < 1000 && !ready; ++i) {  // up to 10 s for the window to come up
        ready = catches_signal(gui.pid(), SIGTERM);
        if (!ready) usleep(10'000);
    }
    REQUIRE(ready);
    kill(gui.pid(), SIGTERM);
    const conclab::testing::CommandResult r = gui.finish();
    CHECK(r.signal == 0);
    CHECK(r.exit_code == 0);
    bool settings_written = false;
    for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
        settings_written = settings_written || entry.path().extension() == ".conf";
    CHECK(settings_written);
}

TEST_CASE("Ctrl+C during 'conclab shot' stops the run and still makes the picture, status 130", "[gui][stop]") {
    conclab::PrivateTempDir dir;
    const std::string picture = dir.path() + "/stopped.png";
    conclab::testing::ConclabProcess shot(
        {"shot", "--workload", "cpu:20s", "--tasks", "2", "--model", "processes", "--out", picture});
    std::vector<conclab::testing::ProcessEntry> workers;
    for (int i = 0; i < 1000 && workers.size() < 2; ++i) {  // up to 10 s for both workers to be forked
        workers = conclab::testing::child_processes(shot.pid());
        if (workers.size() < 2) usleep(10'000);
    }
    REQUIRE(workers.size() == 2);
    kill(shot.pid(), SIGINT);
    const conclab::testing::CommandResult r = shot.finish();
    INFO(r.err);
    CHECK(r.exit_code == 130);
    CHECK(fs::exists(picture));
    for (const auto& w : workers) CHECK(kill(w.pid, 0) != 0);  // no worker outlived it
}
#endif

#include "spawn/process_spawner.h"

#include <signal.h>
#include <spawn.h>

#include "spawn/worker_command.h"

extern char** environ;

namespace conclab {
namespace {

// posix_spawn's two attribute objects, destroyed on every path.
class SpawnSetup {
public:
    SpawnSetup() {
        posix_spawnattr_init(&attr_);
        posix_spawn_file_actions_init(&actions_);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions_);
        posix_spawnattr_destroy(&attr_);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;

    posix_spawnattr_t* attr() { return &attr_; }
    posix_spawn_file_actions_t* actions() { return &actions_; }

private:
    posix_spawnattr_t attr_;
    posix_spawn_file_actions_t actions_;
};

}  // namespace

SpawnedProcess spawn_worker_process(const std::string& executable, const std::vector<std::string>& arguments,
                                    int region_fd) {
    SpawnSetup setup;
    sigset_t blocked, to_default;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGINT);
    sigaddset(&blocked, SIGTERM);
    sigemptyset(&to_default);
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGPIPE}) sigaddset(&to_default, sig);
    posix_spawnattr_setsigmask(setup.attr(), &blocked);
    posix_spawnattr_setsigdefault(setup.attr(), &to_default);
    posix_spawnattr_setflags(setup.attr(), POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    // The region's descriptor is O_CLOEXEC in the parent (no other program the GUI starts gets it);
    // dup2 makes an inheritable copy at the agreed number (glibc clears O_CLOEXEC when the numbers
    // are equal), and everything above it is closed.
    posix_spawn_file_actions_adddup2(setup.actions(), region_fd, kWorkerRegionFd);
    posix_spawn_file_actions_addclosefrom_np(setup.actions(), kWorkerRegionFd + 1);

    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(executable.c_str()));
    for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    SpawnedProcess spawned;
    spawned.error = posix_spawn(&spawned.pid, executable.c_str(), setup.actions(), setup.attr(), argv.data(), environ);
    if (spawned.error != 0) spawned.pid = -1;
    return spawned;
}

}  // namespace conclab

#pragma once
// Starts one worker process with posix_spawn (glibc: clone(CLONE_VM | CLONE_VFORK) + exec, nothing
// but async-signal-safe steps in between). Unlike fork(), nothing of the parent's memory — and no
// lock another thread of it held (malloc's, the sanitizer allocator's, Qt's) — is carried into
// the child: the worker starts as a fresh program, as with Python's "spawn" start method.
//
// What the child gets:
//   - descriptors 0, 1, 2 as the parent's; `region_fd` as descriptor kWorkerRegionFd; no other
//     (the parent's sockets, pidfds and files stay out of it even if they lack O_CLOEXEC);
//   - SIGINT and SIGTERM blocked: the worker sets them to ignored and then unblocks them, so a
//     Ctrl+C sent to the whole process group meanwhile is discarded, never fatal (the parent turns
//     it into a stop request that the workers see in the shared region);
//   - SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGPIPE at their default action;
//   - the parent's environment.
#include <sys/types.h>

#include <string>
#include <vector>

namespace conclab {

struct SpawnedProcess {
    pid_t pid = -1;
    int error = 0;  // errno of the failed spawn (the executable vanished, no more processes, ...)
};

SpawnedProcess spawn_worker_process(const std::string& executable, const std::vector<std::string>& arguments,
                                    int region_fd);

}  // namespace conclab

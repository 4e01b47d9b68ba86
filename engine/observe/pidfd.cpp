#include "observe/pidfd.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace conclab::observe {

int open_pidfd(pid_t pid) {
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

}  // namespace conclab::observe

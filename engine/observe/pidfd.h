#pragma once
// A pidfd: a descriptor naming one process that stays valid (and becomes readable) when the
// process exits, so a recycled pid can never be mistaken for it.
#include <sys/types.h>

namespace conclab::observe {

// -1 with errno set when the kernel has no pidfd_open (before Linux 5.3) or the process is gone.
int open_pidfd(pid_t pid);

}  // namespace conclab::observe

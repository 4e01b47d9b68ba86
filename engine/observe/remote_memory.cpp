#include "observe/remote_memory.h"

#include <sys/uio.h>

#include <cerrno>

namespace conclab::observe {

int read_process_memory(int pid, std::uint64_t address, void* out, std::size_t size) {
    iovec local{out, size};
    iovec remote{reinterpret_cast<void*>(static_cast<std::uintptr_t>(address)), size};
    const ssize_t n = ::process_vm_readv(pid, &local, 1, &remote, 1, 0);
    if (n < 0) return errno;
    return static_cast<std::size_t>(n) == size ? 0 : EFAULT;  // a partial read: the rest is not mapped
}

}  // namespace conclab::observe

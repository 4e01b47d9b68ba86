#pragma once
// Reads another process's memory with process_vm_readv(2): no ptrace stop, no signal, the
// program runs on undisturbed. Allowed without root for our own descendants (same user,
// "ptrace access"; Yama's ptrace_scope 1 allows descendants). A read either gets every byte or
// fails with the errno (ESRCH: gone, EPERM: not allowed, EFAULT: not mapped).
#include <cstddef>
#include <cstdint>
#include <functional>

namespace conclab::observe {

// 0 when all `size` bytes at `address` were read, else the errno.
int read_process_memory(int pid, std::uint64_t address, void* out, std::size_t size);

// The same, as a function the probe can be given (tests pass a fake memory).
using MemoryReader = std::function<int(std::uint64_t address, void* out, std::size_t size)>;
inline MemoryReader process_memory(int pid) {
    return [pid](std::uint64_t address, void* out, std::size_t size) { return read_process_memory(pid, address, out, size); };
}

}  // namespace conclab::observe

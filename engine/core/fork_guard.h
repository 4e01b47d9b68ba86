#pragma once
// fork() copies only the calling thread. A lock another thread held at that moment stays locked
// in the child for ever: glibc's malloc guards against this itself, but the AddressSanitizer
// allocator of clang 14 does not, and a worker process then hangs in its first `new` (seen in the
// ASan test run). The engine's own background threads that allocate while a run forks (the
// collector, the echo server) hold this lock shared while they work; the forking thread holds it
// exclusively around fork(), so no allocation is half-done when the child is made.
#include <shared_mutex>

namespace conclab {

inline std::shared_mutex& fork_guard() {
    static std::shared_mutex guard;
    return guard;
}

}  // namespace conclab

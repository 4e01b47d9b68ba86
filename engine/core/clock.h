#pragma once
// Clocks every part of the engine agrees on. CLOCK_MONOTONIC is system-wide, so timestamps taken
// on different cores and in forked worker processes are directly comparable.
#include <cstdint>
#include <ctime>

namespace conclab {

inline std::int64_t timespec_ns(const timespec& ts) {
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

inline std::int64_t now_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return timespec_ns(ts);
}

// CPU time the calling thread has consumed; the gap between this and wall time is time the thread
// was runnable (or blocked) but not on a core.
inline std::int64_t thread_cpu_ns() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return timespec_ns(ts);
}

}  // namespace conclab

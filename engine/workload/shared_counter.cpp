#include "workload/shared_counter.h"

namespace conclab {

namespace {

// The work between CPython's load of `counter` and its store (BINARY_OP, the new int object):
// a few tens of nanoseconds of dependent arithmetic the compiler cannot drop, because the stored
// value depends on it. xorshift never maps a non-zero value to zero, so the result is always
// loaded + 1; only the time it takes matters.
std::int64_t add_one(std::int64_t loaded) {
    std::uint64_t x = static_cast<std::uint64_t>(loaded) | 1u;
    for (int i = 0; i < 12; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return loaded + (x != 0 ? 1 : 0);
}

}  // namespace

void SharedCounter::add_unlocked() {
    const std::int64_t loaded = value_.load(std::memory_order_relaxed);
    value_.store(add_one(loaded), std::memory_order_relaxed);
}

void SharedCounter::add_locked() {
    std::lock_guard guard(lock_);
    const std::int64_t loaded = value_.load(std::memory_order_relaxed);
    value_.store(add_one(loaded), std::memory_order_relaxed);
}

}  // namespace conclab

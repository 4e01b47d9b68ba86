#pragma once
// What a thread blocked in a system call is waiting for, as the lane state the timeline shows.
#include <cstdint>
#include <optional>

#include "core/lane_state.h"
#include "observe/proc_parse.h"

namespace conclab::observe {

// Address range of a Python process's GIL structure (its condition variable and mutexes): a
// thread blocked in futex() on an address inside it is waiting for the GIL. glibc's condition
// variable sleeps on a word inside pthread_cond_t (e.g. __g_signals at +40/+44 on x86-64), not on
// its first byte, so the whole structure is the test, not one address.
struct AddressRange {
    std::uint64_t begin = 0;
    std::uint64_t end = 0;  // exclusive; begin == end: no range
    bool contains(std::uint64_t a) const { return a >= begin && a < end; }
};

// The state of a thread that is not runnable (stat state S or D), from its /proc syscall line:
//   futex on the GIL → WaitingGil;  any other futex, waiting for a child, file locks → WaitingLock;
//   nanosleep, clock_nanosleep → Sleeping;  read/recv/poll/epoll/select/fsync/... → BlockedIo;
//   state D outside a system call (a page being read in) → BlockedIo;  anything else → Idle.
LaneState blocked_state(const SyscallSnapshot& call, char stat_state, const std::optional<AddressRange>& gil);

}  // namespace conclab::observe

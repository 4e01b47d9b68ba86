#include "observe/syscall_state.h"

#include <sys/syscall.h>

namespace conclab::observe {
namespace {

// Not every architecture has every call (AArch64 has no poll, select or epoll_wait, only their
// p-variants), hence one #ifdef per number.
bool is_sleep(long nr) {
#ifdef SYS_nanosleep
    if (nr == SYS_nanosleep) return true;
#endif
#ifdef SYS_clock_nanosleep
    if (nr == SYS_clock_nanosleep) return true;
#endif
    return false;
}

bool is_lock_wait(long nr) {
    switch (nr) {
#ifdef SYS_wait4
        case SYS_wait4:
#endif
#ifdef SYS_waitid
        case SYS_waitid:
#endif
#ifdef SYS_flock
        case SYS_flock:
#endif
#ifdef SYS_fcntl
        case SYS_fcntl:
#endif
#ifdef SYS_semop
        case SYS_semop:
#endif
#ifdef SYS_semtimedop
        case SYS_semtimedop:
#endif
            return true;
        default: return false;
    }
}

bool is_io(long nr) {
    switch (nr) {
#ifdef SYS_read
        case SYS_read:
#endif
#ifdef SYS_readv
        case SYS_readv:
#endif
#ifdef SYS_pread64
        case SYS_pread64:
#endif
#ifdef SYS_preadv
        case SYS_preadv:
#endif
#ifdef SYS_preadv2
        case SYS_preadv2:
#endif
#ifdef SYS_write
        case SYS_write:
#endif
#ifdef SYS_writev
        case SYS_writev:
#endif
#ifdef SYS_pwrite64
        case SYS_pwrite64:
#endif
#ifdef SYS_pwritev
        case SYS_pwritev:
#endif
#ifdef SYS_pwritev2
        case SYS_pwritev2:
#endif
#ifdef SYS_recvfrom
        case SYS_recvfrom:
#endif
#ifdef SYS_recvmsg
        case SYS_recvmsg:
#endif
#ifdef SYS_recvmmsg
        case SYS_recvmmsg:
#endif
#ifdef SYS_sendto
        case SYS_sendto:
#endif
#ifdef SYS_sendmsg
        case SYS_sendmsg:
#endif
#ifdef SYS_sendmmsg
        case SYS_sendmmsg:
#endif
#ifdef SYS_accept
        case SYS_accept:
#endif
#ifdef SYS_accept4
        case SYS_accept4:
#endif
#ifdef SYS_connect
        case SYS_connect:
#endif
#ifdef SYS_poll
        case SYS_poll:
#endif
#ifdef SYS_ppoll
        case SYS_ppoll:
#endif
#ifdef SYS_select
        case SYS_select:
#endif
#ifdef SYS_pselect6
        case SYS_pselect6:
#endif
#ifdef SYS_epoll_wait
        case SYS_epoll_wait:
#endif
#ifdef SYS_epoll_pwait
        case SYS_epoll_pwait:
#endif
#ifdef SYS_epoll_pwait2
        case SYS_epoll_pwait2:
#endif
#ifdef SYS_fsync
        case SYS_fsync:
#endif
#ifdef SYS_fdatasync
        case SYS_fdatasync:
#endif
#ifdef SYS_sync
        case SYS_sync:
#endif
#ifdef SYS_syncfs
        case SYS_syncfs:
#endif
#ifdef SYS_sync_file_range
        case SYS_sync_file_range:
#endif
#ifdef SYS_open
        case SYS_open:
#endif
#ifdef SYS_openat
        case SYS_openat:
#endif
#ifdef SYS_io_getevents
        case SYS_io_getevents:
#endif
#ifdef SYS_io_uring_enter
        case SYS_io_uring_enter:
#endif
#ifdef SYS_sendfile
        case SYS_sendfile:
#endif
#ifdef SYS_splice
        case SYS_splice:
#endif
#ifdef SYS_copy_file_range
        case SYS_copy_file_range:
#endif
            return true;
        default: return false;
    }
}

bool is_futex(long nr) {
#ifdef SYS_futex
    if (nr == SYS_futex) return true;
#endif
#ifdef SYS_futex_waitv
    if (nr == SYS_futex_waitv) return true;
#endif
    return false;
}

}  // namespace

LaneState blocked_state(const SyscallSnapshot& call, char stat_state, const std::optional<AddressRange>& gil) {
    if (call.kind != SyscallSnapshot::Kind::InSyscall)
        return stat_state == 'D' ? LaneState::BlockedIo : LaneState::Idle;
    const long nr = call.number;
    if (is_futex(nr)) {
#ifdef SYS_futex
        // futex(uaddr, op, ...): every blocking op waits on uaddr (wake ops do not block).
        if (nr == SYS_futex && gil && gil->contains(call.args[0])) return LaneState::WaitingGil;
#endif
        return LaneState::WaitingLock;
    }
    if (is_sleep(nr)) return LaneState::Sleeping;
    if (is_io(nr)) return LaneState::BlockedIo;
    if (is_lock_wait(nr)) return LaneState::WaitingLock;
    return stat_state == 'D' ? LaneState::BlockedIo : LaneState::Idle;
}

}  // namespace conclab::observe

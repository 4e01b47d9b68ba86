// The /proc parsers of the program observer: the kernel's real formats, and what a damaged or
// truncated text gives (nothing, never a made-up value).
#include <catch2/catch.hpp>

#include <sys/syscall.h>

#include <string>

#include "observe/proc_maps.h"
#include "observe/proc_parse.h"
#include "observe/syscall_state.h"

using namespace conclab;
using namespace conclab::observe;

namespace {

// A real line of /proc/<pid>/task/<tid>/stat (52 fields), with a name holding ") (" and spaces.
std::string stat_line(const std::string& comm, char state, int processor) {
    return "4711 (" + comm + ") " + std::string(1, state) +
           " 4700 4711 4700 34816 4711 4194560 2254 0 0 0 153 12 0 0 20 0 3 0 987654 240115712 2803"
           " 18446744073709551615 4194304 7081181 140722733400128 0 0 0 0 16781312 134217730 0 0 0 17 " +
           std::to_string(processor) + " 0 0 0 0 0 9183472 9211688 25591808 140722733406053 140722733406077"
           " 140722733406077 140722733408234 0\n";
}

}  // namespace

TEST_CASE("a thread's stat line gives its name, state, core, thread count and start time") {
    const auto s = parse_task_stat(stat_line("python3", 'R', 1));
    REQUIRE(s);
    CHECK(s->comm == "python3");
    CHECK(s->state == 'R');
    CHECK(s->ppid == 4700);
    CHECK(s->num_threads == 3);
    CHECK(s->start_ticks == 987654);
    CHECK(s->processor == 1);
}

TEST_CASE("a thread name holding spaces and parentheses does not shift the fields") {
    const auto s = parse_task_stat(stat_line("a) (b c)", 'S', 0));
    REQUIRE(s);
    CHECK(s->comm == "a) (b c)");
    CHECK(s->state == 'S');
    CHECK(s->processor == 0);
}

TEST_CASE("a stat line cut short or with a bad number is refused") {
    const std::string full = stat_line("x", 'R', 1);
    for (std::size_t cut : {0u, 5u, 10u, 40u, 100u}) CHECK_FALSE(parse_task_stat(full.substr(0, cut)));
    std::string bad = full;
    bad.replace(bad.find(" 3 0 987654"), 11, " x 0 987654");
    CHECK_FALSE(parse_task_stat(bad));
    CHECK_FALSE(parse_task_stat("4711 (x) RR 1 2 3"));
}

TEST_CASE("schedstat gives CPU time, run-queue wait and time slices") {
    const auto s = parse_schedstat("3970013 31049347 2\n");
    REQUIRE(s);
    CHECK(s->run_ns == 3970013);
    CHECK(s->wait_ns == 31049347);
    CHECK(s->slices == 2);
    CHECK_FALSE(parse_schedstat("12 34\n"));
    CHECK_FALSE(parse_schedstat("-1 0 0\n"));
}

TEST_CASE("the syscall file says running, blocked outside a call, or the call and its arguments") {
    const auto running = parse_syscall("running\n");
    REQUIRE(running);
    CHECK(running->kind == SyscallSnapshot::Kind::Running);
    const auto outside = parse_syscall("-1 0x7ffd1000 0x7f00dead\n");
    REQUIRE(outside);
    CHECK(outside->kind == SyscallSnapshot::Kind::NotInSyscall);
    const auto futex = parse_syscall("202 0xa563d4 0x89 0x0 0x7ffde6535860 0x0 0xffffffff 0x7ffde6535710 0x7fae97aadf16\n");
    REQUIRE(futex);
    CHECK(futex->kind == SyscallSnapshot::Kind::InSyscall);
    CHECK(futex->number == 202);
    CHECK(futex->args[0] == 0xa563d4);
    CHECK(futex->args[5] == 0xffffffff);
    CHECK_FALSE(parse_syscall("202 0xa563d4 0x89\n"));  // arguments missing
    CHECK_FALSE(parse_syscall("walking\n"));
}

TEST_CASE("the status file gives both context switch counters, or nothing") {
    const auto cs = parse_status_switches("Name:\tpython3\nThreads:\t3\nvoluntary_ctxt_switches:\t120\n"
                                          "nonvoluntary_ctxt_switches:\t7\n");
    REQUIRE(cs);
    CHECK(cs->voluntary == 120);
    CHECK(cs->involuntary == 7);
    CHECK_FALSE(parse_status_switches("voluntary_ctxt_switches:\t120\n"));
}

TEST_CASE("a list of ids stops at the first word that is not a positive id") {
    CHECK(parse_id_list("4712 4713 \n") == std::vector<int>{4712, 4713});
    CHECK(parse_id_list("") == std::vector<int>{});
    CHECK(parse_id_list("12 x 13") == std::vector<int>{12});
    CHECK(parse_id_list("0 5").empty());
}

TEST_CASE("maps lines give address, offset, device, inode and path; bad lines are skipped") {
    const auto maps = parse_maps(
        "00400000-0041e000 r--p 00000000 fd:01 1837428                            /usr/bin/python3.11\n"
        "7f1c2a000000-7f1c2a200000 r-xp 00025000 08:02 42      /usr/lib/libpython3.11.so.1.0 (deleted)\n"
        "7ffd1000-7ffd2000 rw-p 00000000 00:00 0 \n"
        "this is not a mapping\n"
        "7ffd3000-7ffd2000 rw-p 00000000 00:00 0\n");
    REQUIRE(maps.size() == 3);
    CHECK(maps[0].start == 0x400000);
    CHECK(maps[0].end == 0x41e000);
    CHECK(maps[0].dev_major == 0xfd);
    CHECK(maps[0].dev_minor == 1);
    CHECK(maps[0].inode == 1837428);
    CHECK(maps[0].path == "/usr/bin/python3.11");
    CHECK_FALSE(maps[0].executable);
    CHECK(maps[1].offset == 0x25000);
    CHECK(maps[1].executable);
    CHECK(maps[1].deleted);
    CHECK(maps[1].path == "/usr/lib/libpython3.11.so.1.0");
    CHECK(maps[2].path.empty());
}

TEST_CASE("a blocked thread's system call says what it waits for") {
    auto call = [](long nr, std::uint64_t arg0 = 0) {
        SyscallSnapshot s;
        s.kind = SyscallSnapshot::Kind::InSyscall;
        s.number = nr;
        s.args[0] = arg0;
        return s;
    };
    const AddressRange gil{0xa56388, 0xa56388 + 208};
    CHECK(blocked_state(call(SYS_futex, 0xa563d4), 'S', gil) == LaneState::WaitingGil);  // the cond's __g_signals[1]
    CHECK(blocked_state(call(SYS_futex, 0x7f0000000b70), 'S', gil) == LaneState::WaitingLock);
    CHECK(blocked_state(call(SYS_futex, 0xa563d4), 'S', std::nullopt) == LaneState::WaitingLock);  // GIL not known
    CHECK(blocked_state(call(SYS_clock_nanosleep), 'S', gil) == LaneState::Sleeping);
    CHECK(blocked_state(call(SYS_read), 'S', gil) == LaneState::BlockedIo);
    CHECK(blocked_state(call(SYS_recvfrom), 'S', gil) == LaneState::BlockedIo);
    CHECK(blocked_state(call(SYS_epoll_pwait), 'S', gil) == LaneState::BlockedIo);
    CHECK(blocked_state(call(SYS_fsync), 'D', gil) == LaneState::BlockedIo);
    CHECK(blocked_state(call(SYS_wait4), 'S', gil) == LaneState::WaitingLock);
    CHECK(blocked_state(call(SYS_getpid), 'S', gil) == LaneState::Idle);
    SyscallSnapshot outside;
    outside.kind = SyscallSnapshot::Kind::NotInSyscall;
    CHECK(blocked_state(outside, 'D', gil) == LaneState::BlockedIo);
    CHECK(blocked_state(outside, 'T', gil) == LaneState::Idle);
}

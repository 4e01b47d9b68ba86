#pragma once
// Parsers for the small /proc files the observer samples many times a second. Pure functions of
// the text (no I/O), so they are fuzzed and tested on their own; a malformed or truncated text
// gives std::nullopt, never a crash or a made-up value.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conclab::observe {

// /proc/<pid>/task/<tid>/stat: "tid (comm) S ppid ...". comm may hold spaces and ')'.
struct TaskStat {
    std::string comm;          // the thread's name (15 bytes at most, set by the program)
    char state = '?';          // R running or runnable, S sleeping, D disk wait, Z zombie, T stopped, ...
    int ppid = 0;              // parent process (meaningful on a process's main thread)
    std::uint64_t cpu_ticks = 0;   // user + system CPU time in clock ticks (of the thread; /proc/<pid>/stat: the process)
    std::int64_t num_threads = 0;  // threads of the whole process
    std::uint64_t start_ticks = 0; // start time since boot in clock ticks: with the pid, names one process for ever
    int processor = -1;        // the CPU it last ran on
};
std::optional<TaskStat> parse_task_stat(std::string_view text);

// /proc/<pid>/task/<tid>/schedstat: "on-CPU ns, run-queue wait ns, time slices".
struct SchedStat {
    std::uint64_t run_ns = 0;   // CPU time (updated at context switches and scheduler ticks)
    std::uint64_t wait_ns = 0;  // time spent runnable but waiting for a core
    std::uint64_t slices = 0;
};
std::optional<SchedStat> parse_schedstat(std::string_view text);

// /proc/<pid>/task/<tid>/syscall: "running", "-1 sp pc" (blocked outside a system call), or
// "nr arg1 .. arg6 sp pc" (blocked in system call nr).
struct SyscallSnapshot {
    enum class Kind : std::uint8_t { Running, NotInSyscall, InSyscall };
    Kind kind = Kind::Running;
    long number = -1;
    std::array<std::uint64_t, 6> args{};
};
std::optional<SyscallSnapshot> parse_syscall(std::string_view text);

// /proc/<pid>/status: the context switch counters.
struct ContextSwitches {
    std::int64_t voluntary = 0;
    std::int64_t involuntary = 0;
};
std::optional<ContextSwitches> parse_status_switches(std::string_view text);

// /proc/<pid>/task/<tid>/children and similar: decimal ids separated by white space. Anything
// that is not a positive id ends the list (what was read before it is kept).
std::vector<int> parse_id_list(std::string_view text);

}  // namespace conclab::observe

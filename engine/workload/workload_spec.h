#pragma once
// What one task does, parsed from the text a user types:
//   cpu:50ms            pure computation for 50 ms of this machine's time
//   io:200ms            a blocking sleep (stands for waiting on a slow device or server)
//   file:4MiB|file:50ms write + fsync + read back a private temporary file (a size, or repeated
//                       64 KiB rounds for a duration)
//   net:100             100 round trips to a loopback echo server on 127.0.0.1
//   net:50@10ms         50 round trips to a server that takes 10 ms to answer each request
//                       (loopback alone answers in microseconds: no real server does)
//   mixed:10ms/20msx5   5 times: 10 ms of computation, then a 20 ms sleep
// and the workloads of the lessons, which print like the tutorial's print() (output_codes.h):
//   numbers:1sx5        5 times: a 1 s sleep, then print the next number (print(f"Number: {i}"))
//   square:20ms         20 ms of computation, then print the square of the task's number
//   counter:1000000     add 1 to one counter a million times, then print it (no lock: with the
//                       GIL off, threads lose updates)
//   counter:1000000/lock  the same, each addition under a lock (with lock: counter += 1)
//   net:200@1ms|cpu:2s  tasks take turns at the parts: task 0 does the first, task 1 the second,
//                       task 2 the first again ... (an I/O-bound thread beside a CPU-bound one)
//
// The counter: threads share the one counter of their process; a worker process adds to its own
// copy (its own memory). Without the GIL and without a lock, an addition is a real read–modify–
// write race (a relaxed atomic load, the add, a relaxed atomic store: defined C++ that loses
// updates as Python's unlocked += does on free-threaded 3.13t). Under the simulated GIL a switch
// happens only between ticks, and one addition is one tick: like CPython 3.10+, which checks for a
// switch only at certain bytecodes (not between the load and the store of `counter += 1`), so
// updates are rarely lost there, though nothing in Python promises it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse_result.h"

namespace conclab {

enum class WorkloadKind : std::uint8_t { Cpu, Io, File, Net, Mixed, Numbers, Square, Counter, Alternating };
enum class StepKind : std::uint8_t {
    Cpu, Sleep, FileBytes, FileDuration, Net,
    PrintNumber,       // prints OutputCode::Number with `amount` as the number
    PrintSquare,       // prints OutputCode::Square of the task's number
    CounterAdd,        // `amount` times: counter += 1 (no lock)
    CounterAddLocked,  // `amount` times: with lock: counter += 1
    PrintCounter,      // prints OutputCode::CounterInWorker: the counter in this worker's memory
};

struct WorkloadStep {
    StepKind kind = StepKind::Cpu;
    // Cpu/Sleep/FileDuration: ns; FileBytes: bytes; Net: round trips; PrintNumber: the number;
    // CounterAdd(Locked): additions; PrintSquare, PrintCounter: 0
    std::int64_t amount = 0;
    std::int64_t server_ns = 0;  // Net: how long the server takes to answer each request
    friend bool operator==(const WorkloadStep&, const WorkloadStep&) = default;
};

struct WorkloadSpec {
    WorkloadKind kind = WorkloadKind::Cpu;
    std::vector<WorkloadStep> steps;  // what every task does, in order (Alternating: part 0's)
    std::string text;                 // canonical text, e.g. "cpu:50ms"
    // Alternating only: the parts (each a workload of one of the other kinds); task i does
    // parts[i % parts.size()]. Empty for every other kind.
    std::vector<WorkloadSpec> parts;
    friend bool operator==(const WorkloadSpec&, const WorkloadSpec&) = default;

    // The steps task `task` does.
    const std::vector<WorkloadStep>& steps_for(std::uint32_t task) const;
    bool has_cpu() const;      // some task computes (CPU steps, counter additions)
    bool has_io() const;       // some task blocks (sleeps, files, the network)
    bool has_counter() const;  // some task adds to the counter
};

// Whether a step stands for waiting (sleep, file, network) rather than computing or printing.
bool is_blocking_step(StepKind kind);

ParseResult<WorkloadSpec> parse_workload(std::string_view text);

// Bounds of one workload step, stated in every refusal message.
inline constexpr std::int64_t kMaxStepNs = 600'000'000'000;         // 10 minutes
inline constexpr std::int64_t kMaxFileBytes = 1024LL * 1024 * 1024;  // 1 GiB
inline constexpr std::int64_t kMaxNetRoundTrips = 10'000'000;
inline constexpr std::int64_t kMaxMixedRepeats = 10'000;
inline constexpr std::int64_t kMaxServerNs = 10'000'000'000;  // 10 s per request
inline constexpr std::int64_t kMaxCounterAdditions = 100'000'000;
inline constexpr std::size_t kMaxWorkloadParts = 4;

}  // namespace conclab

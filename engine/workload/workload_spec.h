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
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse_result.h"

namespace conclab {

enum class WorkloadKind : std::uint8_t { Cpu, Io, File, Net, Mixed };
enum class StepKind : std::uint8_t { Cpu, Sleep, FileBytes, FileDuration, Net };

struct WorkloadStep {
    StepKind kind = StepKind::Cpu;
    std::int64_t amount = 0;  // Cpu/Sleep/FileDuration: ns; FileBytes: bytes; Net: round trips
    std::int64_t server_ns = 0;  // Net: how long the server takes to answer each request
    friend bool operator==(const WorkloadStep&, const WorkloadStep&) = default;
};

struct WorkloadSpec {
    WorkloadKind kind = WorkloadKind::Cpu;
    std::vector<WorkloadStep> steps;  // what every task does, in order
    std::string text;                 // canonical text, e.g. "cpu:50ms"
    friend bool operator==(const WorkloadSpec&, const WorkloadSpec&) = default;

    bool has_cpu() const;
    bool has_io() const;
};

ParseResult<WorkloadSpec> parse_workload(std::string_view text);

// Bounds of one workload step, stated in every refusal message.
inline constexpr std::int64_t kMaxStepNs = 600'000'000'000;         // 10 minutes
inline constexpr std::int64_t kMaxFileBytes = 1024LL * 1024 * 1024;  // 1 GiB
inline constexpr std::int64_t kMaxNetRoundTrips = 10'000'000;
inline constexpr std::int64_t kMaxMixedRepeats = 10'000;
inline constexpr std::int64_t kMaxServerNs = 10'000'000'000;  // 10 s per request

}  // namespace conclab

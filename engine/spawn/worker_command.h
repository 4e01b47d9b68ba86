#pragma once
// What a worker process is told when it is spawned. With fork() a worker found all of this in its
// copy of the parent's memory; a spawned worker starts from nothing but its command line and the
// run's shared region (inherited as descriptor kWorkerRegionFd), so this is the whole of its input:
//
//   conclab-worker lane=1 parent=4711 requested=123456789 ticks-per-ms=0x1.9p+9 ... step=cpu:50000000:0
//
// Arguments are "name=value", every value exact (the tick rate as a hexadecimal float, times in
// ns), so the child computes precisely what the parent's thread workers would.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse_result.h"
#include "experiment/experiment.h"

namespace conclab {

// The descriptor number the run's shared region has in every worker process.
inline constexpr int kWorkerRegionFd = 3;

struct WorkerCommand {
    Experiment experiment;
    std::uint32_t lane = 0;
    double ticks_per_ms = 1.0;
    std::int64_t ticks_per_observation = 1;
    std::string temp_dir;                 // private folder for file workloads ("" if none)
    std::uint16_t echo_port = 0;          // loopback echo server for net workloads (0 if none)
    std::int64_t spawn_requested_ns = 0;  // CLOCK_MONOTONIC when the parent began starting it
    int parent_pid = 0;                   // the worker ends at once if this is no longer its parent
    int region_fd = kWorkerRegionFd;

    friend bool operator==(const WorkerCommand&, const WorkerCommand&) = default;
};

// The arguments after argv[0].
std::vector<std::string> worker_arguments(const WorkerCommand& command);
// The inverse; fails with one sentence naming the argument and what is wrong with it.
ParseResult<WorkerCommand, std::string> parse_worker_arguments(std::span<const std::string_view> arguments);

}  // namespace conclab

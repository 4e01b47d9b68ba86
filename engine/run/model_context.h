#pragma once
// What a run model needs to start its workers, and what it reports back when one dies.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "gil/simulated_gil.h"
#include "record/shared_region.h"
#include "run/worker.h"
#include "timeline/run_layout.h"

namespace conclab {

struct WorkerFailure {
    std::uint32_t lane = kNoLane;
    int pid = 0;
    int signal = 0;     // killed by this signal (0 if it exited)
    int exit_code = 0;  // exit status when it exited
    std::int64_t t_ns = 0;
};

struct ModelContext {
    RunEnvironment env;
    SharedRegion* region = nullptr;
    const RunLayout* layout = nullptr;
    SimulatedGil* shared_gil = nullptr;  // thread models with the GIL on: one GIL for all lanes
    std::int64_t stop_grace_ns = 150'000'000;  // then worker processes still alive are killed

    LaneRecorder recorder(std::uint32_t lane) const {
        return LaneRecorder(region->ring(lane), lane, &region->control().stop, &region->control().events_dropped);
    }
};

// Sequential, threads and thread-pool: every lane a std::thread of this process.
void run_thread_model(const ModelContext& ctx);
// Processes and process-pool: every lane a forked process with its own GIL.
std::optional<WorkerFailure> run_process_model(const ModelContext& ctx);
// Async: one thread running an event loop over all tasks.
void run_async_model(const ModelContext& ctx);

}  // namespace conclab

#pragma once
// What a run model needs to start its workers, and what it reports back when one dies.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "gil/simulated_gil.h"
#include "record/shared_region.h"
#include "run/worker.h"
#include "run/worker_failure.h"
#include "timeline/run_layout.h"

namespace conclab {

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

// Starts the thread of `lane` running `body`. If the system refuses another thread (a limit on
// threads or memory), the run fails as Python's "can't start new thread" would, instead of
// std::terminate ending the whole program: the failure names the lane, and the stop flag ends
// the workers already started.
template <class Body>
std::optional<WorkerFailure> start_worker_thread(std::vector<std::thread>& threads, const ModelContext& ctx,
                                                 std::uint32_t lane, Body&& body) {
    try {
        threads.emplace_back(std::forward<Body>(body));
        return std::nullopt;
    } catch (const std::system_error& e) {
        ctx.region->control().stop.store(1);
        return WorkerFailure{lane, 0, 0, e.code().value(), now_ns(), {}};
    }
}

// Sequential, threads and thread-pool: every lane a std::thread of this process.
std::optional<WorkerFailure> run_thread_model(const ModelContext& ctx);
// Processes and process-pool: every lane a spawned worker process (conclab-worker) with its own GIL.
std::optional<WorkerFailure> run_process_model(const ModelContext& ctx);
// Async: one thread running an event loop over all tasks.
std::optional<WorkerFailure> run_async_model(const ModelContext& ctx);

}  // namespace conclab

#pragma once
// The main thread of the simulated Python program, drawn as a lane of its own when the
// experiment asks for it (Experiment::shows_main_thread): it starts the workers (Running), waits
// in join() until every one has ended (Waiting on a lock: join() blocks on the thread's lock, as
// CPython's does), and then runs again to print what the program prints after the joins (a
// counter workload's final value). The thread that plays it is the run's coordinator, which
// really does start and join (or wait for) the workers; the lane's times are its own.
//
// It holds no simulated GIL: starting workers and waiting for them is not Python code that runs
// beside them, and while it prints at the end no other thread of the run is left.
#include <cstdint>
#include <optional>

#include "record/lane_recorder.h"
#include "run/model_context.h"

namespace conclab {

class MainThreadLane {
public:
    // Records the lane's start (if the layout has a main-thread lane; otherwise does nothing).
    explicit MainThreadLane(const ModelContext& ctx);
    MainThreadLane(const MainThreadLane&) = delete;
    MainThreadLane& operator=(const MainThreadLane&) = delete;

    // Every worker is started; the main thread now waits in join().
    void joining();
    // Every worker has ended: the main thread runs again, prints the counter of its process's
    // memory (counter workloads) and ends.
    void finish();

private:
    const ModelContext& ctx_;
    std::optional<LaneRecorder> rec_;
    std::int64_t cpu_at_begin_ = 0;
};

// The index of the main-thread lane in `layout`, if it has one: the lane of kind MainThread that
// is not a worker.
std::optional<std::uint32_t> main_thread_lane_of(const RunLayout& layout);

}  // namespace conclab

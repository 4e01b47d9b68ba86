#pragma once
// The worker side of one lane: runs tasks on the calling thread (or forked process) and records
// what happens. It polls the GIL's drop request and the run's stop flag after every CPU tick, and
// every ~100 µs of CPU checks which core it is on and whether the OS kept it off-core (Ready).
#include <atomic>
#include <cstdint>
#include <string>

#include "core/clock.h"
#include "gil/simulated_gil.h"
#include "record/lane_recorder.h"
#include "record/shared_region.h"
#include "experiment/experiment.h"
#include "workload/shared_counter.h"

namespace conclab {

// What every worker of a run reads (never writes) while it runs.
struct RunEnvironment {
    const Experiment* experiment = nullptr;
    double ticks_per_ms = 1.0;
    std::int64_t ticks_per_observation = 1;  // ≈ 100 µs of CPU
    RunControl* control = nullptr;
    std::string temp_dir;          // private folder for file workloads
    std::uint16_t echo_port = 0;   // loopback echo server for net workloads
    // The counter of this process's memory (counter workloads): the run's, shared by its threads;
    // a worker process's own. Written by the workers, so not const.
    SharedCounter* counter = nullptr;
};

// What a task's steps contribute to its checked result, identical in every run model.
std::uint64_t mix_io_step(std::uint64_t acc, std::size_t step_index);

class Worker {
public:
    Worker(const RunEnvironment& env, LaneRecorder recorder, SimulatedGil* gil);

    // Overhead from `spawn_requested_ns` (thread creation / fork) until now, then LaneBegin and,
    // under the GIL, the first take.
    void begin(std::int64_t spawn_requested_ns);
    // Runs every step of `task`; false if the run was stopped meanwhile.
    bool run_task(std::uint32_t task);
    // Pools: takes tasks from the shared queue until it is empty, then stays Idle until every
    // task of the run is done (or the run stops), as a ThreadPoolExecutor/ProcessPoolExecutor
    // worker blocks on its empty queue until the pool shuts down.
    void run_pool_tasks();
    // Drops the GIL (thread exit) and records LaneEnd with this thread's CPU time and usage.
    void end(std::int64_t peak_rss_kib);
    // The main thread's print(counter) at the end of a counter workload, where the main thread is
    // this lane (sequential, async): OutputCode::CounterFinal with this memory's counter.
    void print_counter_final();

    bool stopping() const { return env_.control->stop.load(std::memory_order_relaxed) != 0; }
    LaneRecorder& recorder() { return rec_; }

    // Building blocks, also used by the event loop of the async model.
    bool cpu_burst(std::int64_t ticks, std::uint64_t& acc);
    // `additions` times counter += 1 (with the lock if `locked`), one tick each; `done` counts
    // the additions made. False if the run was stopped meanwhile.
    bool counter_burst(std::int64_t additions, bool locked, std::int64_t& done);
    // A print step of the workload (PrintNumber, PrintSquare, PrintCounter) for `task`.
    void print_step(const WorkloadStep& step, std::uint32_t task, std::int64_t counter_additions);
    template <class Op>
    int blocking_call(Op&& op);  // state Blocked on I/O with the GIL dropped, then retake
    void mark_running();         // state Running on the current core, resets the off-core check
    bool take_gil();             // false if the run stopped while waiting
    // Returns when the lane may go on without the GIL: the release time, or the end of the
    // forced-switch wait if another lane had asked for the GIL (recorded as Waiting for GIL).
    std::int64_t drop_gil(GilReason reason);

private:
    // `off_core` is the state shown for time the thread was not on a core: Ready (the OS gave it
    // none), or Waiting on a lock while it adds to a counter under a contended lock.
    void observe_core_and_ready(LaneState off_core = LaneState::Ready);
    void idle_until_all_done();
    void yield_gil_on_request();

    const RunEnvironment& env_;
    LaneRecorder rec_;
    SimulatedGil* gil_;
    bool holding_gil_ = false;
    std::int64_t observed_wall_ = 0;
    std::int64_t observed_cpu_ = 0;
    std::int64_t cpu_at_begin_ = 0;
    long voluntary_at_begin_ = 0;
    long involuntary_at_begin_ = 0;
};

template <class Op>
int Worker::blocking_call(Op&& op) {
    rec_.state(LaneState::BlockedIo, drop_gil(GilReason::Io));
    const int status = op();
    if (!take_gil()) return status != 0 ? status : -1;
    mark_running();
    return status;
}

}  // namespace conclab

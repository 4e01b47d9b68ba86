#pragma once
// Everything that defines one experiment: the experiment panel's whole state, a lesson preset,
// and the command line all fill this one value type.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse_result.h"
#include "workload/workload_spec.h"

namespace conclab {

enum class RunModel : std::uint8_t { Sequential, Threads, ThreadPool, Processes, ProcessPool, Async };

inline constexpr RunModel kAllRunModels[] = {RunModel::Sequential, RunModel::Threads, RunModel::ThreadPool,
                                             RunModel::Processes, RunModel::ProcessPool, RunModel::Async};

std::string_view run_model_name(RunModel m);  // "sequential", "threads", "thread-pool", ...
ParseResult<RunModel> parse_run_model(std::string_view text);
bool uses_processes(RunModel m);
bool uses_pool(RunModel m);

// Documented bounds; values outside are refused with the bound in the message.
inline constexpr int kMaxThreads = 256;
inline constexpr int kMaxProcesses = 64;
inline constexpr int kMaxTasks = 100'000;
inline constexpr std::int64_t kMinSwitchIntervalNs = 100'000;      // 0.1 ms
inline constexpr std::int64_t kMaxSwitchIntervalNs = 100'000'000;  // 100 ms
inline constexpr std::int64_t kDefaultSwitchIntervalNs = 5'000'000;  // sys.getswitchinterval()
// An async run shows one sub-row per task (coroutine) under its loop's lane when it has at most
// this many tasks; a larger run shows the loop's lane only (a row per task would not be readable).
inline constexpr int kMaxCoroutineRows = 64;

struct Experiment {
    WorkloadSpec workload;
    int tasks = 4;
    RunModel model = RunModel::Threads;
    int workers = 4;  // max_workers of the pools
    bool gil = true;
    std::int64_t switch_interval_ns = kDefaultSwitchIntervalNs;
    int crash_task = -1;  // test hook / lesson option: this task calls abort() (process models)
    // Lesson option: the main thread gets a lane of its own, showing it start the workers, wait
    // in join() (Waiting on a lock) and print what it prints after. Only where the main thread
    // is not itself the worker: threads, thread-pool, processes and process-pool (sequential and
    // async already draw the main thread as their one lane). A counter workload always has it,
    // since its main thread prints the final value.
    bool main_thread_lane = false;

    friend bool operator==(const Experiment&, const Experiment&) = default;

    // Number of worker lanes this experiment runs on (lanes 0 .. lane_count()-1 of its layout;
    // the main thread's lane and coroutine sub-rows, when shown, come after them).
    int lane_count() const;
    // Whether the run shows the main thread as a lane of its own (see main_thread_lane).
    bool shows_main_thread() const;
    // Coroutine sub-rows an async run shows (0 for the other models, or above kMaxCoroutineRows).
    int coroutine_rows() const;
    // Nothing if the experiment is within bounds; otherwise why not, naming the value and the bound.
    std::optional<Message> validate() const;
};

Experiment default_experiment();

}  // namespace conclab

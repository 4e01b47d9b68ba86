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

struct Experiment {
    WorkloadSpec workload;
    int tasks = 4;
    RunModel model = RunModel::Threads;
    int workers = 4;  // max_workers of the pools
    bool gil = true;
    std::int64_t switch_interval_ns = kDefaultSwitchIntervalNs;
    int crash_task = -1;  // test hook / lesson option: this task calls abort() (process models)

    friend bool operator==(const Experiment&, const Experiment&) = default;

    // Number of worker lanes this experiment runs on.
    int lane_count() const;
    // Nothing if the experiment is within bounds; otherwise why not, naming the value and the bound.
    std::optional<Message> validate() const;
};

Experiment default_experiment();

}  // namespace conclab

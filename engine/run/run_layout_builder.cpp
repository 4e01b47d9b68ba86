#include "run/run_layout_builder.h"

#include <string>

namespace conclab {

RunLayout build_run_layout(const Experiment& experiment, const UsableCpus& cpus) {
    RunLayout layout;
    layout.cores = cpus.count;
    // cpu_ids are at most kMaxCpuId, below the events' "no core" (0xffff).
    for (const int cpu : cpus.cpu_ids) layout.cpu_ids.push_back(static_cast<std::uint16_t>(cpu));
    layout.task_count = static_cast<std::uint32_t>(experiment.tasks);
    const int lanes = experiment.lane_count();
    auto lane_name = [&](int i) -> std::string {
        switch (experiment.model) {
            case RunModel::Sequential: return "MainThread";
            case RunModel::Threads: return "Thread-" + std::to_string(i + 1);
            case RunModel::ThreadPool: return "ThreadPool-" + std::to_string(i);
            case RunModel::Processes: return "Process-" + std::to_string(i + 1);
            case RunModel::ProcessPool: return "ProcessPool-" + std::to_string(i);
            case RunModel::Async: return "asyncio loop";
        }
        return "lane";
    };
    auto lane_kind = [&]() {
        switch (experiment.model) {
            case RunModel::Sequential: return LaneKind::MainThread;
            case RunModel::Threads: return LaneKind::Thread;
            case RunModel::ThreadPool: return LaneKind::PoolThread;
            case RunModel::Processes: return LaneKind::Process;
            case RunModel::ProcessPool: return LaneKind::PoolProcess;
            case RunModel::Async: return LaneKind::EventLoop;
        }
        return LaneKind::Thread;
    };
    if (!uses_processes(experiment.model)) layout.groups.push_back({"Main process", 0, experiment.gil});
    for (int i = 0; i < lanes; ++i) {
        LaneInfo lane;
        lane.name = lane_name(i);
        lane.kind = lane_kind();
        if (uses_processes(experiment.model)) {
            // Every worker process is a Python interpreter of its own, with its own GIL.
            lane.group = static_cast<std::uint32_t>(layout.groups.size());
            layout.groups.push_back({lane.name, 0, experiment.gil});
        }
        layout.lanes.push_back(lane);
    }
    return layout;
}

}  // namespace conclab

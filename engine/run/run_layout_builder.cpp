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
    // The same names again as a kind and a number, for the UI to write in the reader's language.
    auto name_kind = [&]() {
        switch (experiment.model) {
            case RunModel::Sequential: return NameKind::MainThread;
            case RunModel::Threads: return NameKind::Thread;
            case RunModel::ThreadPool: return NameKind::ThreadPoolWorker;
            case RunModel::Processes: return NameKind::Process;
            case RunModel::ProcessPool: return NameKind::ProcessPoolWorker;
            case RunModel::Async: return NameKind::EventLoop;
        }
        return NameKind::Own;
    };
    const bool numbered_from_one = experiment.model == RunModel::Threads || experiment.model == RunModel::Processes;
    if (!uses_processes(experiment.model)) {
        ProcessGroup main{"Main process", 0, experiment.gil};
        main.name_kind = NameKind::MainProcess;
        layout.groups.push_back(main);
    }
    for (int i = 0; i < lanes; ++i) {
        LaneInfo lane;
        lane.name = lane_name(i);
        lane.kind = lane_kind();
        lane.name_kind = name_kind();
        lane.name_number = static_cast<std::uint32_t>(numbered_from_one ? i + 1 : i);
        if (uses_processes(experiment.model)) {
            // Every worker process is a Python interpreter of its own, with its own GIL.
            lane.group = static_cast<std::uint32_t>(layout.groups.size());
            ProcessGroup process{lane.name, 0, experiment.gil};
            process.name_kind = lane.name_kind;
            process.name_number = lane.name_number;
            layout.groups.push_back(process);
        }
        layout.lanes.push_back(lane);
    }
    // Lanes that explain the run but are not its workers come after the workers, so that a
    // worker's lane number is the same with them or without.
    if (experiment.shows_main_thread()) {
        // In the process models the main thread lives in the parent, a process of its own. It runs
        // no Python code beside the workers, so its GIL row would stay empty: none is drawn.
        std::uint32_t group = 0;
        if (uses_processes(experiment.model)) {
            group = static_cast<std::uint32_t>(layout.groups.size());
            ProcessGroup parent{"Main process", 0, false};
            parent.name_kind = NameKind::MainProcess;  // named in the reader's language, as the workers
            layout.groups.push_back(parent);
        }
        LaneInfo main;
        main.name = "MainThread";
        main.name_kind = NameKind::MainThread;
        main.kind = LaneKind::MainThread;
        main.group = group;
        main.worker = false;
        layout.lanes.push_back(main);
    }
    for (int i = 0; i < experiment.coroutine_rows(); ++i) {
        LaneInfo task;
        task.name = "Task-" + std::to_string(i + 1);  // asyncio's own names for gather()'s tasks
        task.kind = LaneKind::Coroutine;
        task.group = 0;
        task.parent = 0;  // the loop's lane
        task.worker = false;
        layout.lanes.push_back(task);
    }
    return layout;
}

}  // namespace conclab

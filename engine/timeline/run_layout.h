#pragma once
// Who takes part in a run: the worker lanes, the processes they live in, the machine's cores.
// Known before the run starts (names, grouping); pids and tids arrive with LaneBegin events.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace conclab {

// Coroutine: one asyncio task of an event loop lane, drawn as a sub-row under it (`parent`):
// Running = the loop runs this task, Blocked on I/O = it awaits I/O, Ready = it waits in the
// loop's ready queue. It is not a thread: it has no core, no GIL and no CPU time of its own.
enum class LaneKind : std::uint8_t { MainThread, Thread, PoolThread, Process, PoolProcess, EventLoop, Coroutine };

inline constexpr std::uint32_t kNoParentLane = 0xffffffffu;

// What a lane or a process is called, so that the UI can write its name in the reader's language
// ("Thread-1" in English, "থ্রেড-১" in Bengali) while `name` stays the English one that trace files
// carry. Own: the name is the program's own (an observed thread's comm) and is shown as it is.
enum class NameKind : std::uint8_t {
    Own, MainThread, Thread, ThreadPoolWorker, Process, ProcessPoolWorker, EventLoop, MainProcess
};

struct LaneInfo {
    std::string name;         // "MainThread", "Thread-1", "ThreadPool-0", "Process-2", "asyncio loop", "Task-1"
    std::uint32_t group = 0;  // index into RunLayout::groups
    LaneKind kind = LaneKind::Thread;
    int pid = 0;              // filled from LaneBegin
    int tid = 0;              // filled from LaneBegin
    NameKind name_kind = NameKind::Own;  // how `name` was made (timeline/lane_names.h)
    std::uint32_t name_number = 0;       // the number in it: 1 in "Thread-1", 0 in "ThreadPool-0"
    // The lane this one is drawn under (a Coroutine's event loop); kNoParentLane for the others.
    std::uint32_t parent = kNoParentLane;
    // One of the run's workers (the threads or processes that run its tasks). False for a lane
    // shown to explain the run: the main thread waiting in join() (Experiment::main_thread_lane)
    // and coroutine sub-rows. Run figures (CPU time, GIL wait share, efficiency, what other
    // programs took) count workers only.
    bool worker = true;
};

// Why an observed process's GIL row shows no holder; the UI words it ("GIL not readable for
// Python 3.10", "no GIL (free-threaded build)"). Simulated runs: always None.
enum class GilNote : std::uint8_t {
    None,          // nothing to say: the row shows the holder (or there is no row)
    NotReadable,   // CPython `python_version` whose GIL layout this build does not know (0: unknown version)
    FreeThreaded,  // a free-threaded CPython build: there is no GIL
    NotPermitted,  // the system refused to let the observer read the process's memory
};

// One OS process of the run; each has its own (simulated or real) GIL.
struct ProcessGroup {
    std::string name;  // "Main process", "Process-2", "PoolProcess-0"; observed: the program's name
    int pid = 0;       // filled from the first LaneBegin of a lane in this group
    bool gil = false;  // a GIL row is shown: the simulated GIL is on, or an observed CPython's
    NameKind name_kind = NameKind::Own;  // as LaneInfo's
    std::uint32_t name_number = 0;
    GilNote gil_note = GilNote::None;  // observed: why that row shows no holder
    int python_version = 0;            // observed CPython as major * 100 + minor (311), 0: not known / not Python
};

struct RunLayout {
    std::vector<ProcessGroup> groups;
    std::vector<LaneInfo> lanes;
    // CPUs the run could use (machine/usable_cpus.h: affinity ∩ online, capped by a cgroup
    // quota): what speedup and efficiency are measured against.
    int cores = 1;
    // The logical CPU id of each core row, in row order: the CPUs the run's threads may run on
    // (sched_getcpu() values: {2, 3} under `taskset -c 2,3`). A cgroup quota can make `cores`
    // smaller than this list: the threads still move over all of these CPUs. Empty: rows
    // 0 .. cores-1 are CPUs 0 .. cores-1 (layouts made by hand).
    std::vector<std::uint16_t> cpu_ids;
    std::uint32_t task_count = 0;  // tasks of the run, numbered 0 .. task_count-1
    std::int64_t start_ns = 0;  // CLOCK_MONOTONIC when the run started

    std::uint32_t core_row_count() const {
        return cpu_ids.empty() ? static_cast<std::uint32_t>(std::max(cores, 0)) : static_cast<std::uint32_t>(cpu_ids.size());
    }
    // The CPU id a core row shows.
    std::uint16_t core_row_cpu(std::uint32_t row) const {
        return cpu_ids.empty() ? static_cast<std::uint16_t>(row) : cpu_ids.at(row);
    }
    // The row of a CPU id (an event's `core`); nullopt for a CPU the layout has no row for.
    std::optional<std::uint32_t> core_row_of(std::uint16_t cpu) const {
        if (cpu_ids.empty()) return cpu < core_row_count() ? std::optional<std::uint32_t>(cpu) : std::nullopt;
        const auto it = std::find(cpu_ids.begin(), cpu_ids.end(), cpu);
        if (it == cpu_ids.end()) return std::nullopt;
        return static_cast<std::uint32_t>(it - cpu_ids.begin());
    }
};

// A row of the timeline: a worker lane, a process's GIL-holder row, or a CPU core.
// CoreOther: the same CPU as a Core row, holding what ran there that was not this run's workers
// (other programs, this program's own window and collector), measured from /proc/stat; drawn
// under the Core row so that an empty stretch of a core row really means the CPU was idle.
enum class RowKind : std::uint8_t { Lane, Gil, Core, CoreOther };
struct RowRef {
    RowKind kind = RowKind::Lane;
    std::uint32_t index = 0;  // lane id, group id or core row (RunLayout::core_row_cpu gives its CPU id)
    friend bool operator==(const RowRef&, const RowRef&) = default;
};

}  // namespace conclab

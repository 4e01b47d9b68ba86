#pragma once
// Who takes part in a run: the worker lanes, the processes they live in, the machine's cores.
// Known before the run starts (names, grouping); pids and tids arrive with LaneBegin events.
#include <cstdint>
#include <string>
#include <vector>

namespace conclab {

enum class LaneKind : std::uint8_t { MainThread, Thread, PoolThread, Process, PoolProcess, EventLoop };

struct LaneInfo {
    std::string name;         // "MainThread", "Thread-1", "ThreadPool-0", "Process-2", "asyncio loop"
    std::uint32_t group = 0;  // index into RunLayout::groups
    LaneKind kind = LaneKind::Thread;
    int pid = 0;              // filled from LaneBegin
    int tid = 0;              // filled from LaneBegin
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
    GilNote gil_note = GilNote::None;  // observed: why that row shows no holder
    int python_version = 0;            // observed CPython as major * 100 + minor (311), 0: not known / not Python
};

struct RunLayout {
    std::vector<ProcessGroup> groups;
    std::vector<LaneInfo> lanes;
    int cores = 1;              // CPU cores of the machine (per-core rows)
    std::uint32_t task_count = 0;  // tasks of the run, numbered 0 .. task_count-1
    std::int64_t start_ns = 0;  // CLOCK_MONOTONIC when the run started
};

// A row of the timeline: a worker lane, a process's GIL-holder row, or a CPU core.
enum class RowKind : std::uint8_t { Lane, Gil, Core };
struct RowRef {
    RowKind kind = RowKind::Lane;
    std::uint32_t index = 0;  // lane id, group id or core number
    friend bool operator==(const RowRef&, const RowRef&) = default;
};

}  // namespace conclab

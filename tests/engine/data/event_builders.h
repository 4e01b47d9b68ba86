#pragma once
// Small builders for hand-written event sequences, so tests read like the run they describe.
#include <cstdint>
#include <string>
#include <vector>

#include "record/event.h"
#include "timeline/run_layout.h"

namespace conclab::test {

constexpr RowRef lane_row(std::uint32_t i) { return RowRef{RowKind::Lane, i}; }
constexpr RowRef gil_row(std::uint32_t i) { return RowRef{RowKind::Gil, i}; }
constexpr RowRef core_row(std::uint32_t i) { return RowRef{RowKind::Core, i}; }

inline Event state_event(std::int64_t t, std::uint32_t lane, LaneState state, std::uint16_t core = kNoCore,
                         std::uint32_t task = kNoTask) {
    Event e;
    e.kind = EventKind::State;
    e.t_ns = t;
    e.lane = lane;
    e.state = state;
    e.core = core;
    e.task = task;
    return e;
}

inline Event running(std::int64_t t, std::uint32_t lane, std::uint16_t core, std::uint32_t task = kNoTask) {
    return state_event(t, lane, LaneState::Running, core, task);
}

inline Event lane_begin(std::int64_t t, std::uint32_t lane, int pid, int tid) {
    Event e;
    e.kind = EventKind::LaneBegin;
    e.t_ns = t;
    e.lane = lane;
    e.a = pid;
    e.b = tid;
    return e;
}

inline Event lane_end(std::int64_t t, std::uint32_t lane, std::int64_t cpu_ns, std::int64_t rss_kib,
                      std::uint32_t voluntary, std::uint32_t involuntary) {
    Event e;
    e.kind = EventKind::LaneEnd;
    e.t_ns = t;
    e.lane = lane;
    e.a = cpu_ns;
    e.b = rss_kib;
    e.peer = voluntary;
    e.task = involuntary;
    return e;
}

inline Event task_begin(std::int64_t t, std::uint32_t lane, std::uint32_t task) {
    Event e;
    e.kind = EventKind::TaskBegin;
    e.t_ns = t;
    e.lane = lane;
    e.task = task;
    return e;
}

inline Event task_end(std::int64_t t, std::uint32_t lane, std::uint32_t task, std::int64_t result,
                      std::int64_t status = 0) {
    Event e;
    e.kind = EventKind::TaskEnd;
    e.t_ns = t;
    e.lane = lane;
    e.task = task;
    e.a = result;
    e.b = status;
    return e;
}

inline Event gil_acquire(std::int64_t t, std::uint32_t lane, std::uint32_t previous = kNoLane,
                         std::int64_t released_at = 0, GilReason reason = GilReason::None) {
    Event e;
    e.kind = EventKind::GilAcquire;
    e.t_ns = t;
    e.lane = lane;
    e.peer = previous;
    e.a = released_at;
    e.reason = reason;
    return e;
}

inline Event gil_release(std::int64_t t, std::uint32_t lane, GilReason reason) {
    Event e;
    e.kind = EventKind::GilRelease;
    e.t_ns = t;
    e.lane = lane;
    e.reason = reason;
    return e;
}

// `threads` thread lanes in one process (GIL on or off), `cores` cores, `tasks` tasks.
inline RunLayout thread_layout(int threads, int cores, std::uint32_t tasks = 0, bool gil = true,
                               std::int64_t start_ns = 0) {
    RunLayout layout;
    layout.groups.push_back(ProcessGroup{"Main process", 0, gil});
    for (int i = 0; i < threads; ++i)
        layout.lanes.push_back(LaneInfo{"Thread-" + std::to_string(i + 1), 0, LaneKind::Thread, 0, 0});
    layout.cores = cores;
    layout.task_count = tasks;
    layout.start_ns = start_ns;
    return layout;
}

}  // namespace conclab::test

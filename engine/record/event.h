#pragma once
// One recorded fact about a lane. Workers record *changes* only (a new state, a task boundary, a
// GIL hand-off), never every tick, so an event is written a few hundred times a second per lane.
#include <cstdint>

#include "core/lane_state.h"

namespace conclab {

inline constexpr std::uint32_t kNoLane = 0xffffffffu;
inline constexpr std::uint32_t kNoTask = 0xffffffu;  // tasks are stored in 24 bits in a Segment
inline constexpr std::uint16_t kNoCore = 0xffffu;

enum class EventKind : std::uint8_t {
    State,       // lane enters `state` (on `core` when Running) while working on `task`
    LaneBegin,   // lane's thread/process started: a = pid, b = tid
    LaneEnd,     // lane finished: a = thread CPU ns, b = peak RSS KiB (process lanes, else 0),
                 //   peer = voluntary context switches, task = involuntary context switches
    TaskBegin,   // lane starts `task`
    TaskEnd,     // lane finished `task`: a = the task's checked result, b = 0 ok / error code
    GilAcquire,  // lane took its process's GIL: peer = previous holder (kNoLane if none),
                 //   reason = why the previous holder dropped it, a = when it dropped it (ns)
    GilRelease,  // lane dropped the GIL for `reason`
    Output,      // lane printed a line while working on `task`: peer = what it printed (a
                 //   workload's output code), a and b = the numbers printed
    SwitchInterval,  // the run's GIL switch interval changed while it ran: a = the new interval
                     //   (ns); lane = kNoLane, as it applies to every GIL of the run
};

enum class GilReason : std::uint8_t { None, Interval, Io, Exit };

constexpr const char* gil_reason_name(GilReason r) {
    switch (r) {
        case GilReason::None: return "none";
        case GilReason::Interval: return "switch interval expired";
        case GilReason::Io: return "I/O";
        case GilReason::Exit: return "thread exit";
    }
    return "?";
}

struct Event {
    std::int64_t t_ns = 0;  // CLOCK_MONOTONIC
    std::int64_t a = 0;     // kind-specific, see EventKind
    std::int64_t b = 0;     // kind-specific, see EventKind
    std::uint32_t lane = kNoLane;
    std::uint32_t task = kNoTask;
    std::uint32_t peer = kNoLane;
    std::uint16_t core = kNoCore;
    LaneState state = LaneState::Idle;
    EventKind kind = EventKind::State;
    GilReason reason = GilReason::None;
};
static_assert(sizeof(Event) == 48, "events are copied through shared-memory rings; keep them small");

// The event that records a change of the switch interval at time t.
inline Event switch_interval_event(std::int64_t t, std::int64_t interval_ns) {
    Event e;
    e.t_ns = t;
    e.a = interval_ns;
    e.kind = EventKind::SwitchInterval;
    return e;
}

}  // namespace conclab

#include "timeline_fixtures.h"

#include <string>

namespace conclab::test {
namespace {

Event ev(EventKind kind, std::int64_t t_ms, std::uint32_t lane) {
    Event e;
    e.kind = kind;
    e.t_ns = kStart + t_ms * kMs;
    e.lane = lane;
    return e;
}

Event state(std::int64_t t_ms, std::uint32_t lane, LaneState s, std::uint16_t core, std::uint32_t task) {
    Event e = ev(EventKind::State, t_ms, lane);
    e.state = s;
    e.core = core;
    e.task = task;
    return e;
}

Event gil(EventKind kind, std::int64_t t_ms, std::uint32_t lane, std::uint32_t peer, GilReason reason) {
    Event e = ev(kind, t_ms, lane);
    e.peer = peer;
    e.reason = reason;
    e.a = kStart + t_ms * kMs;
    return e;
}

Event with_task(Event e, std::uint32_t task) {
    e.task = task;
    return e;
}

}  // namespace

RunLayout two_thread_layout() {
    RunLayout layout;
    layout.groups.push_back(ProcessGroup{"Main process", 0, true});
    layout.lanes.push_back(LaneInfo{"Thread-1", 0, LaneKind::Thread, 0, 0});
    layout.lanes.push_back(LaneInfo{"Thread-2", 0, LaneKind::Thread, 0, 0});
    layout.cores = 2;
    layout.task_count = 2;
    layout.start_ns = kStart;
    return layout;
}

std::vector<Event> two_thread_events() {
    Event b0 = ev(EventKind::LaneBegin, 0, 0);
    b0.a = 4242;
    b0.b = 4243;
    Event b1 = ev(EventKind::LaneBegin, 0, 1);
    b1.a = 4242;
    b1.b = 4244;
    Event end0 = ev(EventKind::LaneEnd, 150, 0);
    end0.a = 100 * kMs;
    Event end1 = ev(EventKind::LaneEnd, 150, 1);
    end1.a = 50 * kMs;
    return {
        b0, b1,
        with_task(ev(EventKind::TaskBegin, 0, 0), 0),
        with_task(ev(EventKind::TaskBegin, 0, 1), 1),
        state(0, 0, LaneState::Running, 0, 0),
        gil(EventKind::GilAcquire, 0, 0, kNoLane, GilReason::None),
        state(0, 1, LaneState::WaitingGil, kNoCore, 1),
        gil(EventKind::GilRelease, 50, 0, kNoLane, GilReason::Interval),
        state(50, 0, LaneState::WaitingGil, kNoCore, 0),
        gil(EventKind::GilAcquire, 50, 1, 0, GilReason::Interval),
        state(50, 1, LaneState::Running, 1, 1),
        gil(EventKind::GilRelease, 100, 1, kNoLane, GilReason::Io),
        state(100, 1, LaneState::BlockedIo, kNoCore, 1),
        gil(EventKind::GilAcquire, 100, 0, 1, GilReason::Io),
        state(100, 0, LaneState::Running, 0, 0),
        with_task(ev(EventKind::TaskEnd, 150, 0), 0),
        with_task(ev(EventKind::TaskEnd, 150, 1), 1),
        gil(EventKind::GilRelease, 150, 0, kNoLane, GilReason::Exit),
        end0, end1,
    };
}

TimelineStore two_thread_timeline() {
    TimelineStore store(two_thread_layout());
    const auto events = two_thread_events();
    store.append(events);
    store.finish(kStart + 150 * kMs);
    return store;
}

TimelineStore busy_timeline(int lanes, int cores, std::int64_t segments_per_lane, std::int64_t segment_ns) {
    RunLayout layout;
    layout.groups.push_back(ProcessGroup{"Main process", 1, true});
    for (int i = 0; i < lanes; ++i)
        layout.lanes.push_back(LaneInfo{"Thread-" + std::to_string(i + 1), 0, LaneKind::Thread, 1, 2 + i});
    layout.cores = cores;
    layout.start_ns = kStart;
    TimelineStore store(layout);
    std::vector<Event> batch;
    constexpr LaneState cycle[] = {LaneState::Running, LaneState::WaitingGil, LaneState::Ready, LaneState::BlockedIo};
    for (std::int64_t k = 0; k < segments_per_lane; ++k) {
        batch.clear();
        for (int lane = 0; lane < lanes; ++lane) {
            Event e;
            e.kind = EventKind::State;
            e.lane = static_cast<std::uint32_t>(lane);
            e.t_ns = kStart + k * segment_ns + lane;  // lanes slightly staggered
            e.state = cycle[(k + lane) % 4];
            e.core = e.state == LaneState::Running ? static_cast<std::uint16_t>(lane % cores) : kNoCore;
            e.task = static_cast<std::uint32_t>(lane);
            batch.push_back(e);
        }
        store.append(batch);
    }
    store.finish(kStart + segments_per_lane * segment_ns + lanes);
    return store;
}

}  // namespace conclab::test

#include "observe/waiting_threads.h"

#include "timeline/timeline_store.h"

namespace conclab::observe {
namespace {

std::int64_t state(const LaneTotals& t, LaneState s) { return t.state_ns[static_cast<std::size_t>(s)]; }

}  // namespace

std::vector<std::uint32_t> threads_that_waited_for_others(const TimelineStore& timeline) {
    const RunLayout& layout = timeline.layout();
    std::vector<std::uint32_t> waiters;
    for (std::uint32_t lane = 0; lane < layout.lanes.size(); ++lane) {
        const LaneTotals& t = timeline.lane_totals(lane);
        const std::int64_t busy = t.non_idle_ns();
        // Half its time or more on a lock: a thread that works and now and then takes a lock stays.
        if (busy <= 0 || 2 * state(t, LaneState::WaitingLock) < busy) continue;
        const std::int64_t own_running = state(t, LaneState::Running);
        for (std::uint32_t other = 0; other < layout.lanes.size(); ++other) {
            if (other == lane || layout.lanes[other].group != layout.lanes[lane].group) continue;
            if (state(timeline.lane_totals(other), LaneState::Running) > own_running) {
                waiters.push_back(lane);
                break;
            }
        }
    }
    return waiters;
}

}  // namespace conclab::observe

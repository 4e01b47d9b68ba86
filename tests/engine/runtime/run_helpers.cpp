#include "run_helpers.h"

#include <algorithm>
#include <stdexcept>
#include <utility>
#include <vector>

#include "workload/workload_spec.h"

namespace conclab::testing {

RunResult run_to_end(const Experiment& e) {
    RunSession session(e);
    session.start();
    if (!session.wait_for(std::chrono::seconds(60))) {
        session.request_stop();
        throw std::runtime_error("run did not end within 60 s: " + e.workload.text + " \u00d7 " +
                                 std::to_string(e.tasks) + ", " + std::string(run_model_name(e.model)));
    }
    return session.take_result();
}

int max_simultaneous(const TimelineStore& t, const std::function<bool(const Segment&)>& pred, int group) {
    std::vector<std::pair<std::int64_t, int>> edges;  // (time, +1 start / -1 end)
    for (std::uint32_t lane = 0; lane < t.layout().lanes.size(); ++lane) {
        if (group >= 0 && t.layout().lanes[lane].group != static_cast<std::uint32_t>(group)) continue;
        const SegmentSeq& segs = t.segments({RowKind::Lane, lane});
        for (std::size_t i = 0; i < segs.size(); ++i) {
            if (!pred(segs[i])) continue;
            edges.emplace_back(segs[i].start_ns, +1);
            edges.emplace_back(segs[i].end_ns, -1);
        }
    }
    // Ends sort before starts at the same instant: touching segments do not overlap.
    std::sort(edges.begin(), edges.end());
    int now = 0, most = 0;
    for (const auto& [time, delta] : edges) most = std::max(most, now += delta);
    return most;
}

EventBatchSink LiveLaneStarts::sink() {
    return [this](std::vector<Event> batch) {
        {
            std::lock_guard lock(mutex_);
            for (const Event& e : batch)
                if (e.kind == EventKind::LaneBegin) pids_[e.lane] = static_cast<int>(e.a);
        }
        arrived_.notify_all();
    };
}

std::map<std::uint32_t, int> LiveLaneStarts::started() {
    std::lock_guard lock(mutex_);
    return pids_;
}

int LiveLaneStarts::wait_for_pid(std::uint32_t lane, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!arrived_.wait_for(lock, timeout, [&] { return pids_.count(lane) > 0; })) return 0;
    return pids_[lane];
}

bool is_running(const Segment& s) { return s.state() == LaneState::Running; }
bool is_busy(const Segment& s) { return s.state() != LaneState::Idle; }

}  // namespace conclab::testing

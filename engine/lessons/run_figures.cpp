// Lesson figures read from a timeline (run_figures.h).
#include "lessons/run_figures.h"

#include <algorithm>
#include <set>
#include <utility>

#include "workload/output_codes.h"

namespace conclab {

std::optional<CounterOutcome> counter_outcome(const TimelineStore& timeline) {
    CounterOutcome c;
    bool any = false;
    for (const OutputLine& line : timeline.output()) {
        if (line.stream != OutputStream::Worker) continue;
        if (line.code == static_cast<std::uint32_t>(OutputCode::CounterFinal)) {
            any = true;
            c.printed_final = true;
            c.final_value = line.values[0];
            c.additions_in_main = line.values[1];
        } else if (line.code == static_cast<std::uint32_t>(OutputCode::CounterInWorker)) {
            any = true;
            c.additions += line.values[1];
            c.largest_in_worker = std::max(c.largest_in_worker, line.values[0]);
            ++c.worker_lines;
        }
    }
    if (!any) return std::nullopt;
    c.lost = c.additions_in_main - c.final_value;
    return c;
}

std::vector<std::uint32_t> waiting_lanes(const TimelineStore& timeline) {
    const auto& lanes = timeline.layout().lanes;
    const bool has_sub_rows = std::any_of(lanes.begin(), lanes.end(), [](const LaneInfo& l) { return l.kind == LaneKind::Coroutine; });
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = 0; i < lanes.size(); ++i) {
        if (has_sub_rows ? lanes[i].kind == LaneKind::Coroutine : lanes[i].worker) out.push_back(i);
    }
    return out;
}

std::vector<std::int64_t> io_resume_delays(const TimelineStore& timeline) {
    std::vector<std::int64_t> delays;
    for (const std::uint32_t lane : waiting_lanes(timeline)) {
        const SegmentSeq& segs = timeline.segments({RowKind::Lane, lane});
        for (std::size_t i = 0; i < segs.size(); ++i) {
            if (segs[i].state() != LaneState::BlockedIo) continue;
            // What follows the wait until the lane runs: Waiting for GIL (the convoy), Ready (no
            // free core; for an asyncio task, its place in the loop's queue), or nothing. Anything
            // else first (another wait, idling, exiting) ends the search: no resume to measure.
            std::size_t next = i + 1;
            while (next < segs.size() && (segs[next].state() == LaneState::WaitingGil || segs[next].state() == LaneState::Ready))
                ++next;
            if (next < segs.size() && segs[next].state() == LaneState::Running) delays.push_back(segs[next].start_ns - segs[i].end_ns);
        }
    }
    return delays;
}

std::int64_t io_wait_count(const TimelineStore& timeline) {
    std::int64_t n = 0;
    for (const std::uint32_t lane : waiting_lanes(timeline)) {
        const SegmentSeq& segs = timeline.segments({RowKind::Lane, lane});
        for (std::size_t i = 0; i < segs.size(); ++i) n += segs[i].state() == LaneState::BlockedIo;
    }
    return n;
}

int most_waiting_at_once(const TimelineStore& timeline) {
    // Sweep: +1 where a wait begins, -1 where one ends; ends first at equal times (back to back
    // waits of one lane are not two at once).
    std::vector<std::pair<std::int64_t, int>> edges;
    for (const std::uint32_t lane : waiting_lanes(timeline)) {
        const SegmentSeq& segs = timeline.segments({RowKind::Lane, lane});
        for (std::size_t i = 0; i < segs.size(); ++i) {
            if (segs[i].state() != LaneState::BlockedIo) continue;
            edges.emplace_back(segs[i].start_ns, +1);
            edges.emplace_back(segs[i].end_ns, -1);
        }
    }
    std::sort(edges.begin(), edges.end());
    int now = 0, most = 0;
    for (const auto& [t, delta] : edges) {
        now += delta;
        most = std::max(most, now);
    }
    return most;
}

std::int64_t overhead_ns(const TimelineStore& timeline) {
    std::int64_t total = 0;
    const auto& lanes = timeline.layout().lanes;
    for (std::uint32_t i = 0; i < lanes.size(); ++i)
        if (lanes[i].worker) total += timeline.lane_totals(i).state_ns[static_cast<std::size_t>(LaneState::Overhead)];
    return total;
}

int task_workers(const TimelineStore& timeline) {
    std::set<std::uint32_t> lanes;
    for (const TaskRecord& t : timeline.tasks())
        if (t.finished) lanes.insert(t.lane);
    return static_cast<int>(lanes.size());
}

std::optional<std::int64_t> median(std::vector<std::int64_t> values) {
    if (values.empty()) return std::nullopt;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>((values.size() - 1) / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

}  // namespace conclab

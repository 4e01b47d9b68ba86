// A timeline put back together from a saved run, and a recorded timeline shown again up to a
// moment (replays). Both produce exactly the store that was recorded: rows, prefix sums, totals,
// hand-offs, tasks, output and fold state.
#include <algorithm>
#include <utility>

#include "timeline/timeline_store.h"

namespace conclab {

namespace {

// The closed segments of `from` that end by `until`, appended after the ones `to` holds already.
template <class Push>
void copy_ended(const SegmentSeq& from, const SegmentSeq& to, std::int64_t until, Push&& push) {
    for (std::size_t i = to.size(); i < from.size() && from[i].end_ns <= until; ++i) push(from[i]);
}

}  // namespace

TimelineStore TimelineStore::restore(TimelineParts parts) {
    TimelineStore store(std::move(parts.layout));
    const RunLayout& layout = store.layout_;
    // Rows and per-lane tables exactly as many as the layout says, whatever the parts held.
    parts.lane_rows.resize(layout.lanes.size());
    parts.gil_rows.resize(layout.groups.size());
    parts.core_rows.resize(layout.core_row_count());
    parts.core_other_rows.resize(layout.core_row_count());
    parts.totals.resize(layout.lanes.size());
    parts.tasks.resize(layout.task_count);

    store.segment_count_ = 0;
    for (std::uint32_t lane = 0; lane < layout.lanes.size(); ++lane) {
        // The lane's per-state sums and prefix blocks, built as a live run builds them.
        store.totals_[lane] = parts.totals[lane];
        store.totals_[lane].state_ns = {};
        const SegmentSeq& row = parts.lane_rows[lane];
        for (std::size_t i = 0; i < row.size(); ++i) {
            Segment s = row[i];
            s.state_bits = std::min<std::uint32_t>(s.state_bits, kLaneStateCount - 1) & 0xffu;
            store.push_lane_segment(lane, s);
        }
    }
    for (std::size_t g = 0; g < parts.gil_rows.size(); ++g) {
        store.segment_count_ += parts.gil_rows[g].size();
        store.gil_rows_[g] = std::move(parts.gil_rows[g]);
    }
    for (std::size_t c = 0; c < parts.core_rows.size(); ++c) {
        store.segment_count_ += parts.core_rows[c].size();
        store.core_rows_[c] = std::move(parts.core_rows[c]);
    }
    for (std::size_t c = 0; c < parts.core_other_rows.size(); ++c) {
        store.segment_count_ += parts.core_other_rows[c].size();
        store.core_other_rows_[c] = std::move(parts.core_other_rows[c]);
    }
    store.interval_changes_ = std::move(parts.interval_changes);
    store.handoffs_ = std::move(parts.handoffs);
    store.handoff_count_ = parts.handoff_count;
    store.tasks_ = std::move(parts.tasks);
    store.output_ = std::move(parts.output);
    store.output_dropped_ = parts.output_dropped;
    store.folded_before_ns_ = parts.folded_before_ns;
    store.fold_block_shift_ = std::clamp(parts.fold_block_shift, -1, 62);
    store.end_ns_ = std::max(parts.end_ns, layout.start_ns);
    store.finished_ = true;
    return store;
}

TimelineStore TimelineStore::replay_start(const TimelineStore& recorded) {
    TimelineStore store(recorded.layout_);
    store.folded_before_ns_ = recorded.folded_before_ns_;
    store.fold_block_shift_ = recorded.fold_block_shift_;
    store.segment_budget_ = recorded.segment_budget_;
    store.fold_threshold_ = recorded.fold_threshold_;
    return store;
}

void TimelineStore::reveal(const TimelineStore& recorded, std::int64_t until_ns) {
    if (finished_ || until_ns < end_ns_) return;
    const bool all = until_ns >= recorded.end_ns_;
    const std::int64_t until = all ? recorded.end_ns_ : until_ns;
    const std::size_t lanes = std::min(lane_rows_.size(), recorded.lane_rows_.size());

    // Worker lanes: what had ended is closed; the segment going on at `until` is the open one, so
    // the view draws it up to the live edge exactly as it did while the run went.
    for (std::uint32_t lane = 0; lane < lanes; ++lane) {
        const SegmentSeq& row = recorded.lane_rows_[lane];
        copy_ended(row, lane_rows_[lane], until, [&](const Segment& s) { push_lane_segment(lane, s); });
        OpenState& open = open_[lane];
        const std::size_t next = lane_rows_[lane].size();
        open = OpenState{};
        if (next < row.size() && row[next].start_ns < until) {
            open.open = true;
            open.seg = row[next];
            open.task = row[next].task;
        }
        LaneTotals& totals = totals_[lane];
        totals.begun = totals.begun || next > 0 || open.open;
        // What a lane reports at its end (CPU time, context switches) arrives once it has ended.
        if (next == row.size() && recorded.totals_[lane].ended && (row.empty() || row.back().end_ns <= until)) {
            const std::array<std::int64_t, kLaneStateCount> state_ns = totals.state_ns;
            totals = recorded.totals_[lane];
            totals.state_ns = state_ns;
        }
    }
    // GIL rows: the holder at `until` holds it from when it took it (an open holding).
    for (std::size_t g = 0; g < std::min(gil_rows_.size(), recorded.gil_rows_.size()); ++g) {
        const SegmentSeq& row = recorded.gil_rows_[g];
        SegmentSeq& mine = gil_rows_[g];
        copy_ended(row, mine, until, [&](const Segment& s) {
            mine.push_back(s);
            ++segment_count_;
        });
        const std::size_t next = mine.size();
        if (next < row.size() && row[next].start_ns < until && row[next].lane < open_.size()) {
            open_[row[next].lane].gil_since = row[next].start_ns;
            open_[row[next].lane].task = row[next].task;
        }
    }
    // Core rows: closed segments; the open one comes from the lane running there.
    for (std::size_t c = 0; c < std::min(core_rows_.size(), recorded.core_rows_.size()); ++c) {
        SegmentSeq& mine = core_rows_[c];
        copy_ended(recorded.core_rows_[c], mine, until, [&](const Segment& s) {
            mine.push_back(s);
            ++segment_count_;
        });
    }
    // What other programs took from each core: measured in windows while the run went, shown as
    // their windows close.
    for (std::size_t c = 0; c < std::min(core_other_rows_.size(), recorded.core_other_rows_.size()); ++c) {
        SegmentSeq& mine = core_other_rows_[c];
        copy_ended(recorded.core_other_rows_[c], mine, until, [&](const Segment& s) {
            mine.push_back(s);
            ++segment_count_;
        });
    }
    while (interval_changes_.size() < recorded.interval_changes_.size() &&
           recorded.interval_changes_[interval_changes_.size()].t_ns <= until)
        interval_changes_.push_back(recorded.interval_changes_[interval_changes_.size()]);
    while (handoffs_.size() < recorded.handoffs_.size() && recorded.handoffs_[handoffs_.size()].acquire_ns <= until)
        handoffs_.push_back(recorded.handoffs_[handoffs_.size()]);
    // Hand-offs folded away with the older detail count once the replay has passed the fold.
    const std::int64_t folded_away = recorded.handoff_count_ - static_cast<std::int64_t>(recorded.handoffs_.size());
    handoff_count_ = static_cast<std::int64_t>(handoffs_.size()) + (until >= recorded.folded_before_ns_ ? folded_away : 0);
    for (std::size_t i = 0; i < std::min(tasks_.size(), recorded.tasks_.size()); ++i) {
        const TaskRecord& r = recorded.tasks_[i];
        TaskRecord shown;
        shown.task = r.task;
        if (r.lane != kNoLane && r.begin_ns <= until) {
            shown.lane = r.lane;
            shown.begin_ns = r.begin_ns;
        }
        if (r.finished && r.end_ns <= until) {
            shown.lane = r.lane;
            shown.end_ns = r.end_ns;
            shown.result = r.result;
            shown.status = r.status;
            shown.finished = true;
        }
        tasks_[i] = shown;
    }
    // Output lines are kept in the order they arrived: shown in that order once their time came.
    while (output_.size() < recorded.output_.size() && recorded.output_[output_.size()].t_ns <= until)
        output_.push_back(recorded.output_[output_.size()]);
    end_ns_ = until;
    if (!all) return;

    // The end: nothing is open any more, and every figure is the recorded one.
    for (OpenState& open : open_) open = OpenState{};
    totals_ = recorded.totals_;
    handoffs_ = recorded.handoffs_;
    handoff_count_ = recorded.handoff_count_;
    tasks_ = recorded.tasks_;
    output_ = recorded.output_;
    output_dropped_ = recorded.output_dropped_;
    end_ns_ = recorded.end_ns_;
    finished_ = true;
}

}  // namespace conclab

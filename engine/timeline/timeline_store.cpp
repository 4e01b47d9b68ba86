// Building the timeline from recorded events. The level-of-detail query lives in
// timeline_query.cpp.
#include "timeline/timeline_store.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "timeline/segment_search.h"

namespace conclab {

namespace {

const SegmentSeq& empty_sequence() {
    static const SegmentSeq empty;
    return empty;
}

// Segments store the task in 24 bits; anything that does not fit (or would read as the folded
// marker) is "no task" rather than a silently truncated, wrong task number.
std::uint32_t storable_task(std::uint32_t task) { return task < kFoldedTask ? task : kNoTask; }

std::uint16_t storable_lane(std::uint32_t lane) { return static_cast<std::uint16_t>(lane); }

}  // namespace

TimelineStore::TimelineStore(RunLayout layout)
    : layout_(std::move(layout)),
      lane_rows_(layout_.lanes.size()),
      gil_rows_(layout_.groups.size()),
      core_rows_(layout_.core_row_count()),
      core_other_rows_(layout_.core_row_count()),
      open_(layout_.lanes.size()),
      totals_(layout_.lanes.size()),
      tasks_(layout_.task_count),
      lane_prefix_(layout_.lanes.size(), std::vector<StateTimes>(1, StateTimes{})),
      end_ns_(layout_.start_ns) {
    for (std::uint32_t i = 0; i < layout_.task_count; ++i) tasks_[i].task = i;
}

std::uint32_t TimelineStore::add_group(ProcessGroup group) {
    layout_.groups.push_back(std::move(group));
    gil_rows_.emplace_back();
    return static_cast<std::uint32_t>(layout_.groups.size() - 1);
}

void TimelineStore::set_group(std::uint32_t index, ProcessGroup group) {
    if (index < layout_.groups.size()) layout_.groups[index] = std::move(group);
}

void TimelineStore::set_lane_name(std::uint32_t lane, std::string name) {
    if (lane < layout_.lanes.size()) layout_.lanes[lane].name = std::move(name);
}

void TimelineStore::set_lane_worker(std::uint32_t lane, bool worker) {
    if (lane < layout_.lanes.size()) layout_.lanes[lane].worker = worker;
}

std::uint32_t TimelineStore::add_lane(LaneInfo lane) {
    layout_.lanes.push_back(std::move(lane));
    lane_rows_.emplace_back();
    open_.emplace_back();
    totals_.emplace_back();
    lane_prefix_.emplace_back(1, StateTimes{});
    return static_cast<std::uint32_t>(layout_.lanes.size() - 1);
}

void TimelineStore::append(std::span<const Event> events) {
    append_events(events);
    fold_if_over_budget();
}

void TimelineStore::append_events(std::span<const Event> events) {
    // A finished timeline is a record of what happened; late events cannot change it.
    if (finished_) return;
    for (const Event& e : events) on_event(e);
    flush_pending();
}

void TimelineStore::fold_if_over_budget() {
    if (segment_count_ > fold_threshold_) {
        fold_to(segment_budget_);
        // If even folding cannot get under the budget (everything is recent), do not try again
        // on every batch: wait until another quarter of the budget has arrived.
        fold_threshold_ = std::max(segment_budget_, segment_count_ + segment_budget_ / 4);
    }
}

void TimelineStore::finish(std::int64_t end_ns) {
    if (finished_) return;
    for (std::uint32_t lane = 0; lane < open_.size(); ++lane) {
        close_lane_segment(lane, end_ns);
        close_gil_holding(lane, end_ns);
    }
    flush_pending();
    end_ns_ = std::max(end_ns_, end_ns);
    finished_ = true;
}

void TimelineStore::on_event(const Event& e) {
    if (e.kind == EventKind::SwitchInterval) return on_switch_interval(e);  // no lane: the whole run
    if (e.lane >= open_.size()) return;  // hostile or stale input: never index out of range
    OpenState& open = open_[e.lane];
    switch (e.kind) {
        case EventKind::State: {
            close_lane_segment(e.lane, e.t_ns);
            const SegmentSeq& row = lane_rows_[e.lane];
            open.open = true;
            open.seg = Segment{};
            // Clamp: a lane's own events are time-ordered, but never let a bad one overlap.
            open.seg.start_ns = row.empty() ? e.t_ns : std::max(e.t_ns, row.back().end_ns);
            // A state outside the enum (hostile input) is stored as the last one, the same way the
            // prefix sums and the pixel query count it.
            open.seg.state_bits =
                static_cast<std::uint8_t>(std::min<std::size_t>(static_cast<std::size_t>(e.state), kLaneStateCount - 1)) & 0xffu;
            open.seg.core = e.state == LaneState::Running ? e.core : kNoCore;
            open.seg.task = storable_task(e.task) & 0xffffffu;
            open.seg.lane = storable_lane(e.lane);
            open.task = storable_task(e.task);
            break;
        }
        case EventKind::LaneBegin: {
            LaneInfo& info = layout_.lanes[e.lane];
            info.pid = static_cast<int>(e.a);
            info.tid = static_cast<int>(e.b);
            if (info.group < layout_.groups.size() && layout_.groups[info.group].pid == 0)
                layout_.groups[info.group].pid = info.pid;
            totals_[e.lane].begun = true;
            break;
        }
        case EventKind::LaneEnd: {
            close_lane_segment(e.lane, e.t_ns);
            close_gil_holding(e.lane, e.t_ns);  // a thread that exits holds no GIL
            LaneTotals& totals = totals_[e.lane];
            totals.cpu_ns = e.a;
            totals.peak_rss_kib = e.b;
            totals.voluntary_cs = e.peer;
            totals.involuntary_cs = e.task;
            totals.ended = true;
            break;
        }
        case EventKind::TaskBegin:
            if (e.task < tasks_.size()) {
                TaskRecord& task = tasks_[e.task];
                task.lane = e.lane;
                task.begin_ns = e.t_ns;
            }
            open.task = storable_task(e.task);
            break;
        case EventKind::TaskEnd:
            if (e.task < tasks_.size()) {
                TaskRecord& task = tasks_[e.task];
                task.lane = e.lane;
                task.end_ns = e.t_ns;
                task.result = e.a;
                task.status = e.b;
                task.finished = true;
            }
            break;
        case EventKind::GilAcquire:
            close_gil_holding(e.lane, e.t_ns);  // a second acquire without release: defensive
            open.gil_since = e.t_ns;
            if (e.peer != kNoLane && e.peer != e.lane) {
                GilHandoff h;
                h.release_ns = e.a;
                h.acquire_ns = e.t_ns;
                h.group = layout_.lanes[e.lane].group;
                h.from_lane = e.peer;
                h.to_lane = e.lane;
                h.reason = e.reason;
                handoffs_.push_back(h);
                ++handoff_count_;
            }
            break;
        case EventKind::GilRelease:
            close_gil_holding(e.lane, e.t_ns);
            break;
        case EventKind::Output: {
            OutputLine line;
            line.t_ns = e.t_ns;
            line.lane = e.lane;
            line.task = e.task;
            line.code = e.peer;
            line.values = {e.a, e.b};
            add_output(std::move(line));
            break;
        }
        case EventKind::SwitchInterval:  // handled above: it belongs to no lane
            break;
    }
    end_ns_ = std::max(end_ns_, e.t_ns);
}

void TimelineStore::add_output_text(std::int64_t t_ns, OutputStream stream, std::string text) {
    if (finished_) return;
    OutputLine line;
    line.t_ns = t_ns;
    line.stream = stream;
    line.text = std::move(text);
    add_output(std::move(line));
    end_ns_ = std::max(end_ns_, t_ns);
}

std::int64_t TimelineStore::add_other_work(std::uint32_t core_row, std::int64_t t0_ns, std::int64_t t1_ns,
                                           std::int64_t busy_ns) {
    if (core_row >= core_rows_.size() || t1_ns <= t0_ns) return 0;
    // The workers' Running time on this CPU inside the window, and the gaps between it.
    std::vector<std::pair<std::int64_t, std::int64_t>> occupied;
    const SegmentSeq& row = core_rows_[core_row];
    for (std::size_t i = first_ending_after(row, t0_ns); i < row.size() && row[i].start_ns < t1_ns; ++i)
        occupied.emplace_back(std::max(row[i].start_ns, t0_ns), std::min(row[i].end_ns, t1_ns));
    // A worker still Running on it (an open segment) has been there since its start, up to now.
    if (const auto open = open_segment(RowRef{RowKind::Core, core_row}); open && open->start_ns < t1_ns)
        occupied.emplace_back(std::max(open->start_ns, t0_ns), t1_ns);
    std::sort(occupied.begin(), occupied.end());
    std::int64_t own = 0;
    std::int64_t covered_to = t0_ns;
    for (const auto& [a, b] : occupied) {
        const std::int64_t from = std::max(a, covered_to);
        if (b > from) own += b - from;
        covered_to = std::max(covered_to, b);
    }
    const std::int64_t other = std::max<std::int64_t>(0, busy_ns - own);
    // Placed from the left into the gaps, as much as they hold.
    SegmentSeq& others = core_other_rows_[core_row];
    std::int64_t left = other;
    std::int64_t cursor = others.empty() ? t0_ns : std::max(t0_ns, others.back().end_ns);
    auto place = [&](std::int64_t gap_end) {
        if (left <= 0 || gap_end <= cursor) return;
        Segment s;
        s.start_ns = cursor;
        s.end_ns = std::min(gap_end, cursor + left);
        s.state_bits = static_cast<std::uint8_t>(LaneState::OtherWork);
        s.lane = 0xffff;  // no lane of this run
        s.task = kNoTask;
        left -= s.duration_ns();
        others.push_back(s);
        ++segment_count_;
    };
    for (const auto& [a, b] : occupied) {
        place(a);
        cursor = std::max(cursor, b);
    }
    place(t1_ns);
    return other;
}

void TimelineStore::add_output(OutputLine line) {
    // A worker printing in a tight loop must not take the memory bound with it: the first lines
    // are kept (a lesson's prints come first), the rest are counted.
    if (output_.size() >= kMaxOutputLines) {
        ++output_dropped_;
        return;
    }
    // In the order the lines were printed: the collector drains one lane's ring after another, so
    // a line of lane 1 can arrive before an earlier one of lane 0 (in the same batch, or in the
    // next when lane 0 published it just after its ring was drained). Late lines are few and
    // recent: found from the back.
    auto at = output_.end();
    while (at != output_.begin() && std::prev(at)->t_ns > line.t_ns) --at;
    output_.insert(at, std::move(line));
}

void TimelineStore::on_switch_interval(const Event& e) {
    if (e.a <= 0) return;  // hostile input: not an interval
    // Changes come from one thread in time order; keep the list sorted whatever arrives.
    const SwitchIntervalChange change{e.t_ns, e.a};
    const auto at = std::upper_bound(interval_changes_.begin(), interval_changes_.end(), change,
                                     [](const auto& x, const auto& y) { return x.t_ns < y.t_ns; });
    interval_changes_.insert(at, change);
    end_ns_ = std::max(end_ns_, e.t_ns);
}

void TimelineStore::close_lane_segment(std::uint32_t lane, std::int64_t t) {
    OpenState& open = open_[lane];
    if (!open.open) return;
    open.open = false;
    Segment s = open.seg;
    s.end_ns = t;
    SegmentSeq& row = lane_rows_[lane];
    if (!row.empty()) s.start_ns = std::max(s.start_ns, row.back().end_ns);
    if (s.end_ns <= s.start_ns) return;  // zero-length segments are not stored
    push_lane_segment(lane, s);
    // Core rows are the layout's CPUs in order; a CPU it has no row for (affinity changed during
    // the run) keeps the lane's segment but adds to no core row.
    if (s.state() == LaneState::Running)
        if (const auto core_row = layout_.core_row_of(s.core)) pending_.push_back({RowRef{RowKind::Core, *core_row}, s});
}

void TimelineStore::push_lane_segment(std::uint32_t lane, const Segment& s) {
    SegmentSeq& row = lane_rows_[lane];
    row.push_back(s);
    ++segment_count_;
    // state_ns is the running per-state sum over the lane's stored segments: exactly the prefix.
    totals_[lane].state_ns[s.state_bits] += s.duration_ns();
    if (row.size() % kPrefixBlock == 0) lane_prefix_[lane].push_back(totals_[lane].state_ns);
}

void TimelineStore::close_gil_holding(std::uint32_t lane, std::int64_t t) {
    OpenState& open = open_[lane];
    if (open.gil_since < 0) return;
    Segment s;
    s.start_ns = open.gil_since;
    s.end_ns = t;
    s.lane = storable_lane(lane);
    s.state_bits = static_cast<std::uint8_t>(LaneState::Running);
    s.task = open.task & 0xffffffu;
    open.gil_since = -1;
    const std::uint32_t group = layout_.lanes[lane].group;
    if (s.end_ns > s.start_ns && group < gil_rows_.size()) pending_.push_back({RowRef{RowKind::Gil, group}, s});
}

void TimelineStore::flush_pending() {
    // Lanes' events interleave arbitrarily within a batch; sorting by start makes the clipping in
    // push_row_segment lose only real overlaps, not whole segments that merely arrived late.
    std::stable_sort(pending_.begin(), pending_.end(), [](const PendingRowSegment& a, const PendingRowSegment& b) {
        return a.seg.start_ns < b.seg.start_ns;
    });
    for (const PendingRowSegment& p : pending_) {
        SegmentSeq& row = p.row.kind == RowKind::Core ? core_rows_[p.row.index] : gil_rows_[p.row.index];
        push_row_segment(row, p.seg);
    }
    pending_.clear();
}

void TimelineStore::push_row_segment(SegmentSeq& row, Segment s) {
    // A segment can reach a row fed by several lanes after later ones of other lanes: its lane
    // was descheduled between the event and publishing it, so it missed a drain. Put it in time
    // order (near the end); only a real overlap with a neighbour is clipped away.
    std::size_t pos = row.size();
    while (pos > 0 && row[pos - 1].start_ns > s.start_ns) --pos;
    if (pos > 0) s.start_ns = std::max(s.start_ns, row[pos - 1].end_ns);
    if (pos < row.size()) s.end_ns = std::min(s.end_ns, row[pos].start_ns);
    if (s.end_ns <= s.start_ns) return;
    row.insert(pos, s);
    ++segment_count_;
}

const SegmentSeq* TimelineStore::row_seq(RowRef row) const {
    const std::vector<SegmentSeq>* rows = nullptr;
    switch (row.kind) {
        case RowKind::Lane: rows = &lane_rows_; break;
        case RowKind::Gil: rows = &gil_rows_; break;
        case RowKind::Core: rows = &core_rows_; break;
        case RowKind::CoreOther: rows = &core_other_rows_; break;
    }
    if (rows == nullptr || row.index >= rows->size()) return nullptr;
    return &(*rows)[row.index];
}

const SegmentSeq& TimelineStore::segments(RowRef row) const {
    const SegmentSeq* seq = row_seq(row);
    return seq != nullptr ? *seq : empty_sequence();
}

std::optional<Segment> TimelineStore::open_segment(RowRef row) const {
    const SegmentSeq* seq = row_seq(row);
    if (finished_ || seq == nullptr) return std::nullopt;
    std::optional<Segment> found;
    for (std::uint32_t lane = 0; lane < open_.size(); ++lane) {
        const OpenState& open = open_[lane];
        std::optional<Segment> candidate;
        if (row.kind == RowKind::Lane && lane == row.index && open.open) {
            candidate = open.seg;
        } else if (row.kind == RowKind::Gil && open.gil_since >= 0 && layout_.lanes[lane].group == row.index) {
            Segment s;
            s.start_ns = open.gil_since;
            s.lane = storable_lane(lane);
            s.state_bits = static_cast<std::uint8_t>(LaneState::Running);
            s.task = open.task & 0xffffffu;
            candidate = s;
        } else if (row.kind == RowKind::Core && open.open && open.seg.state() == LaneState::Running &&
                   open.seg.core == layout_.core_row_cpu(row.index)) {
            candidate = open.seg;
        }
        // Lanes interleave within a batch, so two lanes may briefly both claim a core or a GIL;
        // the one that claimed it last is the current one.
        if (candidate && (!found || candidate->start_ns >= found->start_ns)) found = candidate;
    }
    if (!found) return std::nullopt;
    if (!seq->empty()) found->start_ns = std::max(found->start_ns, seq->back().end_ns);
    found->end_ns = std::max(end_ns_, found->start_ns);
    return found;
}

std::optional<Segment> TimelineStore::segment_at(RowRef row, std::int64_t t) const {
    const SegmentSeq& seq = segments(row);
    const std::size_t lo = first_ending_after(seq, t);
    if (lo < seq.size() && seq[lo].start_ns <= t) return seq[lo];
    std::optional<Segment> open = open_segment(row);
    // The open segment covers the live edge too: at t == end_ns() the state still holds.
    if (open && open->start_ns <= t && t <= open->end_ns) return open;
    return std::nullopt;
}

std::size_t TimelineStore::memory_bytes() const {
    std::size_t bytes = sizeof(*this);
    for (const auto* rows : {&lane_rows_, &gil_rows_, &core_rows_, &core_other_rows_})
        for (const SegmentSeq& seq : *rows) bytes += sizeof(SegmentSeq) + seq.memory_bytes();
    bytes += handoffs_.capacity() * sizeof(GilHandoff);
    bytes += interval_changes_.capacity() * sizeof(SwitchIntervalChange);
    bytes += tasks_.capacity() * sizeof(TaskRecord);
    bytes += output_.capacity() * sizeof(OutputLine);
    for (const OutputLine& line : output_) bytes += line.text.capacity();
    bytes += open_.capacity() * sizeof(OpenState) + totals_.capacity() * sizeof(LaneTotals);
    bytes += pending_.capacity() * sizeof(PendingRowSegment);
    for (const auto& prefix : lane_prefix_) bytes += sizeof(prefix) + prefix.capacity() * sizeof(StateTimes);
    bytes += layout_.lanes.capacity() * sizeof(LaneInfo) + layout_.groups.capacity() * sizeof(ProcessGroup);
    return bytes;
}

}  // namespace conclab

#pragma once
// The timeline of one run: per worker lane, per process GIL and per CPU core, time-sorted,
// non-overlapping segments, built from recorded events (live, batch by batch, or all at once).
// Answers "what is in row R between t0 and t1 at W pixels" with at most one item per pixel
// column, so drawing costs what the screen shows, not what the run recorded.
#include <array>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <vector>

#include "record/event.h"
#include "timeline/chunked_vector.h"
#include "timeline/run_layout.h"
#include "timeline/segment.h"
#include "timeline/time_window.h"

namespace conclab {

using SegmentSeq = ChunkedVector<Segment>;

// One drawable item of a row: pixel columns [x0, x1) in one state. `folded` counts the segments
// it stands for (1 = exactly one segment; more = runs narrower than a pixel folded together, in
// the state that took most of the time within those columns).
struct PixelItem {
    int x0 = 0;
    int x1 = 0;
    LaneState state = LaneState::Idle;
    std::uint16_t lane = 0;
    std::uint16_t core = kNoCore;
    std::uint32_t task = kNoTask;
    std::uint32_t folded = 1;
};

struct GilHandoff {
    std::int64_t release_ns = 0;  // previous holder dropped the GIL
    std::int64_t acquire_ns = 0;  // next holder had it
    std::uint32_t group = 0;
    std::uint32_t from_lane = kNoLane;
    std::uint32_t to_lane = kNoLane;
    GilReason reason = GilReason::None;
};

// The run's switch interval changed at t_ns (a lesson moved the slider while the run went).
struct SwitchIntervalChange {
    std::int64_t t_ns = 0;
    std::int64_t interval_ns = 0;
    friend bool operator==(const SwitchIntervalChange&, const SwitchIntervalChange&) = default;
};

struct TaskRecord {
    std::uint32_t task = kNoTask;
    std::uint32_t lane = kNoLane;
    std::int64_t begin_ns = 0;
    std::int64_t end_ns = 0;  // 0 while unfinished
    std::int64_t result = 0;  // the task's checked result
    std::int64_t status = 0;  // 0 ok, else an error code
    bool finished = false;
};

// A line of output. A simulated worker prints as the lessons' Python would (`print(n, n * n)`):
// a code saying what it printed and the numbers, recorded as an Output event through the lane's
// ring like every other event, so lines of worker processes arrive in true order; the UI turns
// the code into words in the reader's language. An observed program's lines are its own text.
enum class OutputStream : std::uint8_t { Worker, Stdout, Stderr };
struct OutputLine {
    std::int64_t t_ns = 0;
    std::uint32_t lane = kNoLane;  // kNoLane: an observed program's output (not tied to a thread)
    std::uint32_t task = kNoTask;
    OutputStream stream = OutputStream::Worker;
    std::uint32_t code = 0;                // Worker lines: what was printed (the workload's code)
    std::array<std::int64_t, 2> values{};  // Worker lines: the numbers printed
    std::string text;                      // Stdout/Stderr lines: the text, without the newline
};

// What a lane reported about itself at its end (LaneEnd) plus time spent per state.
struct LaneTotals {
    std::array<std::int64_t, kLaneStateCount> state_ns{};
    std::int64_t cpu_ns = 0;
    std::int64_t voluntary_cs = 0;
    std::int64_t involuntary_cs = 0;
    std::int64_t peak_rss_kib = 0;
    bool begun = false;
    bool ended = false;

    // Time in any state but Idle: what the lane spent running or wanting to.
    std::int64_t non_idle_ns() const {
        std::int64_t sum = 0;
        for (std::size_t s = 0; s < state_ns.size(); ++s)
            if (s != static_cast<std::size_t>(LaneState::Idle)) sum += state_ns[s];
        return sum;
    }
};

// Everything a finished timeline holds, as plain data: what a saved run file keeps and
// TimelineStore::restore puts back, so that a run opened again is the identical timeline.
struct TimelineParts {
    RunLayout layout;                  // with pids and tids
    std::vector<ChunkedVector<Segment>> lane_rows;  // one per lane of the layout
    std::vector<ChunkedVector<Segment>> gil_rows;   // one per process group
    std::vector<ChunkedVector<Segment>> core_rows;  // one per core row
    std::vector<ChunkedVector<Segment>> core_other_rows;  // one per core row: other programs' time (CoreOther)
    std::vector<SwitchIntervalChange> interval_changes;   // in time order
    std::vector<GilHandoff> handoffs;  // those since the fold horizon
    std::int64_t handoff_count = 0;    // every one of the run
    std::vector<TaskRecord> tasks;     // one per task of the layout
    std::vector<OutputLine> output;
    std::size_t output_dropped = 0;
    std::vector<LaneTotals> totals;    // one per lane (state_ns is summed from the lane's row again)
    std::int64_t end_ns = 0;
    std::int64_t folded_before_ns = 0;
    int fold_block_shift = -1;         // -1: nothing folded
};

class TimelineStore {
public:
    TimelineStore() = default;
    explicit TimelineStore(RunLayout layout);

    const RunLayout& layout() const { return layout_; }

    // --- Saved runs and replays (timeline_restore.cpp). ---
    // A finished store made of `parts`. The caller has checked them (runfile/ does, naming the
    // place in the file): every row sorted and non-overlapping, one row per lane, group and core
    // row, every index in range. Sizes that do not match are made to match, never read past.
    static TimelineStore restore(TimelineParts parts);
    // An empty, unfinished store with `recorded`'s layout and fold state: where a replay starts.
    static TimelineStore replay_start(const TimelineStore& recorded);
    // Shows `recorded` (finished) up to `until_ns`, as it stood at that moment of the run: the
    // segments that had ended, the ones going on as open ones, the hand-offs, tasks and output
    // lines so far. Forward only (an earlier time is ignored: start again from replay_start()).
    // At or past recorded.end_ns() this store becomes identical to `recorded`, and finished.
    void reveal(const TimelineStore& recorded, std::int64_t until_ns);

    // Lanes and processes that appear while a run goes (an observed program starts threads and
    // child processes as it goes): the new index, from which events may use it.
    std::uint32_t add_group(ProcessGroup group);
    std::uint32_t add_lane(LaneInfo lane);
    // What is known about a process changed while it ran (an observed program turned out to be
    // CPython once its interpreter loaded: its GIL row appears). Ignored for an unknown index.
    void set_group(std::uint32_t index, ProcessGroup group);
    // A lane got its name while it ran (an observed thread named itself after it started).
    // Ignored for an unknown index.
    void set_lane_name(std::uint32_t lane, std::string name);
    // An observed thread found, at the end, to have only waited for the others (see program_observer).
    void set_lane_worker(std::uint32_t lane, bool worker);

    // Adds events; each lane's events must be in time order, lanes may interleave arbitrarily.
    // Folds older detail when over the segment budget (see set_segment_budget).
    void append(std::span<const Event> events);
    // The two halves of append(), for SharedTimeline: it adds the events under its write lock and
    // folds outside it (a fold takes the lock only to swap in each folded row).
    void append_events(std::span<const Event> events);
    void fold_if_over_budget();
    // Before append_events of `events` more, on the writer's thread and outside the write lock:
    // grows the hand-off list (each event adds at most one) aside and swaps it in, so that a
    // list of a million hand-offs is never copied while readers wait.
    void make_room_for(std::size_t events);
    // Lines an observed program wrote (simulated workers' lines arrive as Output events).
    void add_output_text(std::int64_t t_ns, OutputStream stream, std::string text);
    // Between t0 and t1, the CPU of `core_row` was busy for `busy_ns` in all (from /proc/stat). What
    // this run's workers do not account for there (their Running segments on that row, closed or
    // open) becomes OtherWork on the row's CoreOther companion, placed in the row's idle gaps of
    // the window from the left (where in the window it ran is not known finer than the window).
    // Returns the other work's time in the window (busy less the workers'), even where the gaps
    // could not hold all of it (the counters' tick granularity). Windows must come in time order
    // per row, and late enough that the workers' segments of the window have arrived.
    std::int64_t add_other_work(std::uint32_t core_row, std::int64_t t0_ns, std::int64_t t1_ns, std::int64_t busy_ns);
    // Closes every open segment at `end_ns`: the run is over (completed, stopped or failed).
    void finish(std::int64_t end_ns);
    bool finished() const { return finished_; }

    std::int64_t start_ns() const { return layout_.start_ns; }
    // The latest time the timeline knows about (the finish time once finished).
    std::int64_t end_ns() const { return end_ns_; }

    // Closed segments of a row, sorted by start, never overlapping.
    const SegmentSeq& segments(RowRef row) const;
    // The state a row is in right now (live runs): start set, end = end_ns().
    std::optional<Segment> open_segment(RowRef row) const;
    // The segment (closed or open) covering time t, for tooltips.
    std::optional<Segment> segment_at(RowRef row, std::int64_t t) const;

    // At most one item per pixel column of `window`, items sorted by x0 and never overlapping;
    // every column in which the row had a segment gets an item.
    std::vector<PixelItem> query(RowRef row, const TimeWindow& window) const;

    // GIL hand-offs since folded_before_ns() (older ones are dropped when detail is folded);
    // handoff_count() counts every one of the run.
    const std::vector<GilHandoff>& handoffs() const { return handoffs_; }
    std::int64_t handoff_count() const { return handoff_count_; }
    const std::vector<TaskRecord>& tasks() const { return tasks_; }
    // Output lines in the order they were printed, by time (at most kMaxOutputLines;
    // output_dropped() counts the rest, which the Output pane says).
    static constexpr std::size_t kMaxOutputLines = 100'000;
    const std::vector<OutputLine>& output() const { return output_; }
    std::size_t output_dropped() const { return output_dropped_; }
    // Every change of the switch interval during the run, in time order (the interval it started
    // with is its Experiment's). Never folded: a few per slider movement.
    const std::vector<SwitchIntervalChange>& switch_interval_changes() const { return interval_changes_; }
    const LaneTotals& lane_totals(std::uint32_t lane) const { return totals_.at(lane); }

    std::size_t segment_count() const { return segment_count_; }
    std::size_t memory_bytes() const;

    // Memory bound. When a row set holds more than `max_segments`, the older detail is folded
    // (row_folding.h) until about half the budget is left, keeping the most recent quarter of the
    // budget at full detail. Time per state, GIL holding and core busy time stay exact; what is
    // lost is the order of events inside one fold block. Default: kDefaultSegmentBudget.
    static constexpr std::size_t kDefaultSegmentBudget = 4'000'000;  // ~104 MB with prefix sums
    void set_segment_budget(std::size_t max_segments);
    // Folds now, down to `max_segments` (e.g. a finished run kept for comparison).
    void fold_to(std::size_t max_segments);
    // Detail before this time is folded into blocks of fold_block_ns() (0, 0: nothing folded).
    std::int64_t folded_before_ns() const { return folded_before_ns_; }
    std::int64_t fold_block_ns() const { return fold_block_shift_ < 0 ? 0 : std::int64_t{1} << fold_block_shift_; }
    // A lock readers hold while they read (SharedTimeline's): when set, a fold builds each folded
    // row aside and holds it exclusively only to swap the row in, so readers on other threads
    // wait microseconds, not the whole fold.
    void set_fold_lock(std::shared_mutex* lock) { fold_lock_.lock = lock; }

private:
    struct OpenState {
        bool open = false;
        Segment seg;                     // start, state, core, task of the current state
        std::int64_t gil_since = -1;     // when this lane took the GIL (-1: not holding)
        std::uint32_t task = kNoTask;    // task the lane is working on
    };
    // A core or GIL segment produced while handling one batch; lanes interleave within a batch,
    // so these are sorted by start before they are pushed onto their rows.
    struct PendingRowSegment {
        RowRef row;
        Segment seg;
    };
    void on_event(const Event& e);
    void on_switch_interval(const Event& e);
    void close_lane_segment(std::uint32_t lane, std::int64_t t);
    void close_gil_holding(std::uint32_t lane, std::int64_t t);
    void flush_pending();
    void push_row_segment(SegmentSeq& row, Segment s);  // clips against the row's last segment
    const SegmentSeq* row_seq(RowRef row) const;
    std::int64_t horizon_keeping(std::size_t recent_segments) const;
    void fold_rows(std::int64_t horizon_ns, int block_shift);
    template <class Swap>
    void exclusively(Swap&& swap);  // under fold_lock_ when there is one
    void add_output(OutputLine line);
    void push_lane_segment(std::uint32_t lane, const Segment& s);  // closed, in order: prefix sums too

    RunLayout layout_;
    std::vector<SegmentSeq> lane_rows_;
    std::vector<SegmentSeq> gil_rows_;
    std::vector<SegmentSeq> core_rows_;
    std::vector<SegmentSeq> core_other_rows_;  // RowKind::CoreOther, one per core row
    std::vector<OpenState> open_;
    std::vector<LaneTotals> totals_;
    std::vector<GilHandoff> handoffs_;
    std::vector<TaskRecord> tasks_;
    std::vector<OutputLine> output_;
    std::size_t output_dropped_ = 0;
    // The lock belongs to the SharedTimeline that owns this store: a copy or a moved-to store is
    // not read under it, so it never carries the pointer along.
    struct FoldLock {
        std::shared_mutex* lock = nullptr;
        FoldLock() = default;
        FoldLock(const FoldLock&) {}
        FoldLock& operator=(const FoldLock&) { return *this; }
    } fold_lock_;
    std::vector<SwitchIntervalChange> interval_changes_;
    std::vector<PendingRowSegment> pending_;
    // Per lane row, time per state of its first k * kPrefixBlock segments (entry k), so that a
    // pixel column holding thousands of segments gets its exact dominant state from a few reads.
    // Costs 48 bytes per 64 segments. (GIL and core rows hold Running only and need none.)
    using StateTimes = std::array<std::int64_t, kLaneStateCount>;
    static constexpr std::size_t kPrefixBlock = 64;
    static std::vector<StateTimes> prefix_after_fold(const SegmentSeq& row, std::vector<StateTimes> prefix,
                                                     std::size_t from);
    std::vector<std::vector<StateTimes>> lane_prefix_;
    std::int64_t end_ns_ = 0;
    bool finished_ = false;
    std::size_t segment_count_ = 0;
    std::int64_t handoff_count_ = 0;
    std::size_t segment_budget_ = kDefaultSegmentBudget;
    std::size_t fold_threshold_ = kDefaultSegmentBudget;  // fold when segment_count_ exceeds it
    std::int64_t folded_before_ns_ = 0;
    int fold_block_shift_ = -1;  // blocks of 2^shift ns; -1: nothing folded yet
};

}  // namespace conclab

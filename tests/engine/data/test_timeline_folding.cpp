// The memory bound of a long run: older detail is folded so that the timeline stays within its
// segment budget, while every figure a user reads (time per state, GIL holding, core busy time,
// hand-offs) stays exactly what was recorded and the recent part keeps full detail.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <random>
#include <sstream>
#include <vector>

#include "event_builders.h"
#include "export/trace_writer.h"
#include "mini_json.h"
#include "timeline/row_folding.h"
#include "timeline/shared_timeline.h"
#include "timeline/timeline_store.h"

using namespace conclab;
using namespace conclab::test;

namespace {

constexpr std::int64_t kMs = 1'000'000;

Segment seg(std::int64_t start, std::int64_t end, LaneState state, std::uint16_t lane = 0, std::uint32_t task = 0) {
    Segment s;
    s.start_ns = start;
    s.end_ns = end;
    s.state_bits = static_cast<std::uint8_t>(state);
    s.lane = lane;
    s.task = task & 0xffffffu;
    return s;
}

using StateTimes = std::array<std::int64_t, kLaneStateCount>;

StateTimes state_times(const SegmentSeq& row, std::int64_t from = 0) {
    StateTimes t{};
    for (std::size_t i = 0; i < row.size(); ++i)
        if (row[i].start_ns >= from) t[row[i].state_bits] += row[i].duration_ns();
    return t;
}

std::int64_t time_of_lane(const SegmentSeq& row, std::uint16_t lane) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < row.size(); ++i) sum += row[i].lane == lane ? row[i].duration_ns() : 0;
    return sum;
}

void check_sorted_and_disjoint(const SegmentSeq& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        CHECK(row[i].start_ns < row[i].end_ns);
        if (i > 0) CHECK(row[i - 1].end_ns <= row[i].start_ns);
    }
}

// A GIL-bound thread run as the engine records it: `threads` lanes take turns holding the GIL
// every `slice` (forced switch), the others wait for it; each holder runs on core lane % cores.
std::vector<Event> gil_run(int threads, int cores, std::int64_t slice, std::int64_t duration, std::uint32_t seed) {
    std::vector<Event> events;
    std::mt19937 rng(seed);
    for (int lane = 0; lane < threads; ++lane) {
        const auto l = static_cast<std::uint32_t>(lane);
        events.push_back(lane_begin(0, l, 100, 100 + lane));
        events.push_back(state_event(0, l, LaneState::WaitingGil));
    }
    std::uint32_t holder = kNoLane;
    std::int64_t released = 0;
    std::uint32_t task = 0;
    for (std::int64_t t = 0; t < duration;) {
        const auto next = static_cast<std::uint32_t>(rng() % static_cast<std::uint32_t>(threads));
        if (holder != kNoLane) {
            events.push_back(gil_release(t, holder, GilReason::Interval));
            events.push_back(state_event(t, holder, LaneState::WaitingGil));
            released = t;
        }
        const std::int64_t acquired = t + 20'000;  // the hand-off takes 20 µs
        events.push_back(gil_acquire(acquired, next, holder, released, GilReason::Interval));
        events.push_back(running(acquired, next, static_cast<std::uint16_t>(next % static_cast<std::uint32_t>(cores)),
                                 task++ % 1000));
        holder = next;
        t = acquired + slice / 2 + static_cast<std::int64_t>(rng() % static_cast<std::uint32_t>(slice));
    }
    return events;
}

TimelineStore build(const std::vector<Event>& events, std::size_t budget, int threads, int cores) {
    TimelineStore store(thread_layout(threads, cores));
    if (budget > 0) store.set_segment_budget(budget);
    constexpr std::size_t kBatch = 4096;  // as the collector delivers them, batch by batch
    for (std::size_t i = 0; i < events.size(); i += kBatch)
        store.append(std::span<const Event>(events).subspan(i, std::min(kBatch, events.size() - i)));
    return store;
}

}  // namespace

TEST_CASE("folding a row keeps each state's time per block and the order of the blocks") {
    SegmentSeq row;
    // Block 0 [0, 8): R W R W — folds into R 5, W 3 from 0.
    row.push_back(seg(0, 3, LaneState::Running));
    row.push_back(seg(3, 5, LaneState::WaitingGil));
    row.push_back(seg(5, 7, LaneState::Running));
    row.push_back(seg(7, 8, LaneState::WaitingGil));
    // Crosses the edges of blocks 1 to 3: kept exactly.
    row.push_back(seg(8, 25, LaneState::BlockedIo));
    // Ends after the horizon (26): untouched, as is everything after it.
    row.push_back(seg(25, 27, LaneState::Running));
    row.push_back(seg(27, 28, LaneState::Ready));

    CHECK(fold_row(row, FoldGrid{0, 3, 26}, FoldKey::State) == 5);  // blocks of 2^3 ns
    REQUIRE(row.size() == 5);
    CHECK(row[0].start_ns == 0);
    CHECK(row[0].end_ns == 5);
    CHECK(row[0].state() == LaneState::Running);
    CHECK(row[0].folded());
    CHECK(row[1].start_ns == 5);
    CHECK(row[1].end_ns == 8);
    CHECK(row[1].state() == LaneState::WaitingGil);
    CHECK(row[1].folded());
    CHECK(row[2].start_ns == 8);
    CHECK(row[2].end_ns == 25);
    CHECK_FALSE(row[2].folded());
    CHECK(row[3].start_ns == 25);
    CHECK(row[4].state() == LaneState::Ready);
    CHECK_FALSE(row[4].folded());
}

TEST_CASE("folding a core row keeps each lane's busy time and never invents busy time") {
    SegmentSeq row;
    row.push_back(seg(1, 2, LaneState::Running, 3));
    row.push_back(seg(4, 5, LaneState::Running, 7));
    row.push_back(seg(6, 8, LaneState::Running, 3));
    fold_row(row, FoldGrid{0, 4, 100}, FoldKey::Lane);  // blocks of 16 ns
    REQUIRE(row.size() == 2);
    CHECK(time_of_lane(row, 3) == 3);
    CHECK(time_of_lane(row, 7) == 1);
    // Packed from the block's first start: 3 units of lane 3, then 1 of lane 7, the idle time after.
    CHECK(row[0].start_ns == 1);
    CHECK(row[1].end_ns == 5);
    check_sorted_and_disjoint(row);
}

TEST_CASE("folding again on the same grid from where the last fold stopped changes nothing before it") {
    SegmentSeq row;
    for (std::int64_t t = 0; t < 64; t += 2) row.push_back(seg(t, t + 2, t % 4 == 0 ? LaneState::Running : LaneState::Ready));
    fold_row(row, FoldGrid{0, 3, 32}, FoldKey::State);
    std::vector<Segment> before;
    for (std::size_t i = 0; i < row.size(); ++i) before.push_back(row[i]);
    // Blocks [0, 32) became 2 segments each: 8 of them, then the 16 unfolded ones.
    REQUIRE(row.size() == 8 + 16);
    fold_row(row, FoldGrid{0, 3, 48}, FoldKey::State, 8);
    REQUIRE(row.size() == 8 + 4 + 8);
    for (std::size_t i = 0; i < 8; ++i) CHECK(row[i].start_ns == before[i].start_ns);
    CHECK(state_times(row)[static_cast<std::size_t>(LaneState::Ready)] == 32);
    CHECK(state_times(row)[static_cast<std::size_t>(LaneState::Running)] == 32);
    check_sorted_and_disjoint(row);
}

TEST_CASE("a block whose states appear once each is kept exactly as recorded") {
    SegmentSeq row;
    row.push_back(seg(0, 3, LaneState::Running, 0, 5));
    row.push_back(seg(3, 9, LaneState::WaitingGil, 0, 5));
    fold_row(row, FoldGrid{0, 4, 100}, FoldKey::State);
    REQUIRE(row.size() == 2);
    CHECK_FALSE(row[0].folded());
    CHECK(row[0].task == 5);
    CHECK(row[1].start_ns == 3);
}

TEST_CASE("a long GIL run stays within its segment budget and every figure stays exact") {
    constexpr int kThreads = 6;
    constexpr int kCores = 2;
    constexpr std::size_t kBudget = 20'000;
    const std::vector<Event> events = gil_run(kThreads, kCores, 1 * kMs, 60'000 * kMs, 7);
    const TimelineStore full = build(events, 0, kThreads, kCores);
    REQUIRE(full.segment_count() > 4 * kBudget);  // the run really is too long for the budget
    const TimelineStore bounded = build(events, kBudget, kThreads, kCores);

    // Within the budget plus at most one batch that arrived after the last fold.
    CHECK(bounded.segment_count() <= kBudget + 4096);
    CHECK(bounded.fold_block_ns() > 0);
    CHECK(bounded.folded_before_ns() > full.start_ns());
    CHECK(bounded.folded_before_ns() < bounded.end_ns());
    CHECK(bounded.end_ns() == full.end_ns());

    for (std::uint32_t lane = 0; lane < kThreads; ++lane) {
        const SegmentSeq& row = bounded.segments(RowRef{RowKind::Lane, lane});
        check_sorted_and_disjoint(row);
        // Time per state: exact, both in the totals the table shows and summed over the segments.
        CHECK(bounded.lane_totals(lane).state_ns == full.lane_totals(lane).state_ns);
        CHECK(state_times(row) == state_times(full.segments(RowRef{RowKind::Lane, lane})));
        // The recent part keeps full detail: the same segments as the unbounded timeline.
        CHECK(state_times(row, bounded.folded_before_ns()) ==
              state_times(full.segments(RowRef{RowKind::Lane, lane}), bounded.folded_before_ns()));
        const SegmentSeq& gil = bounded.segments(RowRef{RowKind::Gil, 0});
        CHECK(time_of_lane(gil, static_cast<std::uint16_t>(lane)) ==
              time_of_lane(full.segments(RowRef{RowKind::Gil, 0}), static_cast<std::uint16_t>(lane)));
    }
    for (std::uint32_t core = 0; core < kCores; ++core) {
        const SegmentSeq& row = bounded.segments(RowRef{RowKind::Core, core});
        check_sorted_and_disjoint(row);
        for (std::uint16_t lane = 0; lane < kThreads; ++lane)
            CHECK(time_of_lane(row, lane) == time_of_lane(full.segments(RowRef{RowKind::Core, core}), lane));
    }
    // Every hand-off is counted; the individual ones before the fold horizon are dropped.
    CHECK(bounded.handoff_count() == full.handoff_count());
    CHECK(bounded.handoffs().size() < full.handoffs().size());
    for (const GilHandoff& h : bounded.handoffs()) CHECK(h.acquire_ns >= bounded.folded_before_ns());
}

TEST_CASE("a folded timeline still draws one item per pixel column, in the state that took most time") {
    constexpr int kThreads = 4;
    const std::vector<Event> events = gil_run(kThreads, 2, 2 * kMs, 30'000 * kMs, 11);
    const TimelineStore full = build(events, 0, kThreads, 2);
    const TimelineStore bounded = build(events, 30'000, kThreads, 2);
    REQUIRE(bounded.fold_block_ns() > 0);

    // The whole run fitted into 100 columns, each several fold blocks wide.
    const TimeWindow fit{full.start_ns(), full.end_ns(), 100};
    REQUIRE(bounded.fold_block_ns() * 4 < (fit.t1_ns - fit.t0_ns) / fit.width_px);
    auto state_per_column = [&](const TimelineStore& store, RowRef row) {
        std::vector<int> state(static_cast<std::size_t>(fit.width_px), -1);
        int last_x1 = 0;
        for (const PixelItem& item : store.query(row, fit)) {
            CHECK(item.x0 >= last_x1);  // at most one item per column, in order
            last_x1 = item.x1;
            for (int x = item.x0; x < item.x1; ++x) state[static_cast<std::size_t>(x)] = static_cast<int>(item.state);
        }
        return state;
    };
    for (std::uint32_t lane = 0; lane < kThreads; ++lane) {
        const auto a = state_per_column(full, RowRef{RowKind::Lane, lane});
        const auto b = state_per_column(bounded, RowRef{RowKind::Lane, lane});
        // Every column is drawn; only a column edge that cuts a fold block in two can tip a close
        // call the other way, because the order inside a block is not kept.
        int same = 0;
        for (std::size_t x = 0; x < a.size(); ++x) {
            CHECK(b[x] >= 0);
            same += a[x] == b[x];
        }
        CHECK(same >= 90);
    }
}

TEST_CASE("a finished run kept for comparison can be folded to a smaller budget") {
    const std::vector<Event> events = gil_run(3, 2, 1 * kMs, 20'000 * kMs, 3);
    TimelineStore store = build(events, 0, 3, 2);
    store.finish(store.end_ns());
    const auto before = store.lane_totals(0).state_ns;
    const std::size_t was = store.segment_count();
    store.fold_to(was / 10);
    CHECK(store.segment_count() <= was / 10);
    CHECK(store.lane_totals(0).state_ns == before);
    CHECK(state_times(store.segments(RowRef{RowKind::Lane, 0})) == before);
}

TEST_CASE("a trace of a folded run is valid and marks the folded slices") {
    const std::vector<Event> events = gil_run(3, 2, 1 * kMs, 20'000 * kMs, 5);
    RunResult run;
    TimelineStore store = build(events, 5'000, 3, 2);
    store.finish(store.end_ns());
    run.timeline = std::make_shared<SharedTimeline>(std::move(store));
    REQUIRE(run.store().fold_block_ns() > 0);
    std::ostringstream out;
    write_trace_json(out, {&run});
    const std::string text = out.str();
    JsonParser parser(text);
    const auto doc = parser.parse();
    INFO(parser.error());
    REQUIRE(doc);
    std::size_t folded = 0;
    std::size_t slices = 0;
    for (const JsonValue& e : (*doc)["traceEvents"].array) {
        if (!e.has("ph") || e["ph"].string != "X") continue;
        ++slices;
        if (e["args"].has("folded")) {
            ++folded;
            CHECK(e["args"]["task"].type == JsonValue::Type::Null);  // which task is not known any more
        }
    }
    CHECK(folded > 0);
    CHECK(folded < slices);  // the recent part is there in full detail
}

TEST_CASE("a shared timeline folds into copies swapped in, to the very same result as folding in place") {
    // The window reads a live run's timeline while it is folded: the fold then builds each row
    // aside and swaps it in. What comes out must be exactly what folding in place gives.
    constexpr int kThreads = 4;
    constexpr int kCores = 2;
    constexpr std::size_t kBudget = 10'000;
    const std::vector<Event> events = gil_run(kThreads, kCores, 1 * kMs, 30'000 * kMs, 11);
    const TimelineStore in_place = build(events, kBudget, kThreads, kCores);
    REQUIRE(in_place.fold_block_ns() > 0);

    SharedTimeline shared(thread_layout(kThreads, kCores));
    shared.set_segment_budget(kBudget);
    constexpr std::size_t kBatch = 4096;
    for (std::size_t i = 0; i < events.size(); i += kBatch)
        shared.append(std::span<const Event>(events).subspan(i, std::min(kBatch, events.size() - i)));
    const auto copy = shared.read();
    CHECK(copy->segment_count() == in_place.segment_count());
    CHECK(copy->fold_block_ns() == in_place.fold_block_ns());
    CHECK(copy->folded_before_ns() == in_place.folded_before_ns());
    CHECK(copy->handoffs().size() == in_place.handoffs().size());
    auto same_rows = [&](RowKind kind, std::uint32_t count) {
        for (std::uint32_t i = 0; i < count; ++i) {
            const SegmentSeq& a = copy->segments(RowRef{kind, i});
            const SegmentSeq& b = in_place.segments(RowRef{kind, i});
            REQUIRE(a.size() == b.size());
            for (std::size_t k = 0; k < a.size(); ++k) {
                CHECK(a[k].start_ns == b[k].start_ns);
                CHECK(a[k].end_ns == b[k].end_ns);
                CHECK(a[k].state_bits == b[k].state_bits);
                CHECK(a[k].lane == b[k].lane);
            }
        }
    };
    same_rows(RowKind::Lane, kThreads);
    same_rows(RowKind::Gil, 1);
    same_rows(RowKind::Core, kCores);
    // The per-pixel query, which reads the rebuilt prefix sums, agrees too.
    const TimeWindow window{in_place.start_ns(), in_place.end_ns(), 800};
    for (std::uint32_t lane = 0; lane < kThreads; ++lane) {
        const auto a = copy->query(RowRef{RowKind::Lane, lane}, window);
        const auto b = in_place.query(RowRef{RowKind::Lane, lane}, window);
        REQUIRE(a.size() == b.size());
        for (std::size_t k = 0; k < a.size(); ++k) CHECK(a[k].state == b[k].state);
    }
}

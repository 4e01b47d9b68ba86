// The level-of-detail query: at most one item per pixel column, nothing drawn that did not
// happen, nothing that happened left undrawn.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <vector>

#include "event_builders.h"
#include "timeline/timeline_store.h"

using namespace conclab;
using namespace conclab::test;

namespace {


// Everything in a row: its closed segments plus, while live, the open one.
std::vector<Segment> row_contents(const TimelineStore& store, RowRef row) {
    std::vector<Segment> out;
    const SegmentSeq& seq = store.segments(row);
    for (std::size_t i = 0; i < seq.size(); ++i) out.push_back(seq[i]);
    if (auto open = store.open_segment(row); open && open->end_ns > open->start_ns) out.push_back(*open);
    return out;
}

std::int64_t overlap(const Segment& s, std::int64_t c0, std::int64_t c1) {
    return std::max<std::int64_t>(0, std::min(s.end_ns, c1) - std::max(s.start_ns, c0));
}

// Checks every promise of query() against a brute-force look at the row's segments.
void check_query_invariants(const TimelineStore& store, RowRef row, const TimeWindow& w) {
    const std::vector<PixelItem> items = store.query(row, w);
    const std::vector<Segment> segs = row_contents(store, row);
    CAPTURE(w.t0_ns, w.t1_ns, w.width_px, segs.size());

    std::vector<int> item_at(static_cast<std::size_t>(w.width_px), -1);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const PixelItem& it = items[k];
        CAPTURE(k, it.x0, it.x1);
        REQUIRE(it.x0 >= 0);
        REQUIRE(it.x1 <= w.width_px);
        REQUIRE(it.x0 < it.x1);
        if (k > 0) REQUIRE(items[k - 1].x1 <= it.x0);  // sorted, never overlapping
        REQUIRE(it.folded >= 1);
        for (int x = it.x0; x < it.x1; ++x) item_at[static_cast<std::size_t>(x)] = static_cast<int>(k);
    }
    REQUIRE(items.size() <= static_cast<std::size_t>(w.width_px));

    std::set<std::size_t> in_window;
    for (int x = 0; x < w.width_px; ++x) {
        const std::int64_t c0 = w.t_of(x);
        const std::int64_t c1 = w.t_of(x + 1);
        // A column narrower than a nanosecond (extreme zoom) shows the instant it starts at.
        const std::int64_t c1_drawn = std::max(c1, c0 + 1);
        std::int64_t busy = 0;
        std::int64_t busy_drawn = 0;
        std::array<std::int64_t, kLaneStateCount> by_state{};
        int touching = 0;
        for (std::size_t i = 0; i < segs.size(); ++i) {
            busy += overlap(segs[i], c0, c1);
            const std::int64_t d = overlap(segs[i], c0, c1_drawn);
            busy_drawn += d;
            if (d > 0) {
                by_state[segs[i].state_bits] += d;
                ++touching;
                in_window.insert(i);
            }
        }
        CAPTURE(x, c0, c1, busy);
        if (busy > 0) REQUIRE(item_at[static_cast<std::size_t>(x)] >= 0);  // busy time is never hidden
        if (busy_drawn == 0) REQUIRE(item_at[static_cast<std::size_t>(x)] == -1);  // nothing made up
        if (item_at[static_cast<std::size_t>(x)] >= 0 && touching <= 32) {
            // With few segments in a column the item shows exactly the state that took most time.
            const LaneState shown = items[static_cast<std::size_t>(item_at[static_cast<std::size_t>(x)])].state;
            CHECK(by_state[static_cast<std::size_t>(shown)] == *std::max_element(by_state.begin(), by_state.end()));
        }
    }

    // Every segment in the window is represented; a segment is counted twice only where it spans
    // the boundary between two items.
    std::uint64_t folded = 0;
    for (const PixelItem& it : items) folded += it.folded;
    CHECK(folded >= in_window.size());
    CHECK(folded <= in_window.size() + items.size());
}

}  // namespace

TEST_CASE("an invalid window gives no items") {
    TimelineStore store(thread_layout(1, 1));
    std::vector<Event> events{running(0, 0, 0), state_event(100, 0, LaneState::Idle)};
    store.append(events);
    store.finish(200);
    const TimeWindow window = GENERATE(TimeWindow{100, 100, 10}, TimeWindow{100, 50, 10}, TimeWindow{0, 100, 0},
                                       TimeWindow{0, 100, -5},
                                       TimeWindow{std::numeric_limits<std::int64_t>::min(),
                                                  std::numeric_limits<std::int64_t>::max(), 10});
    CHECK(store.query(lane_row(0), window).empty());
    CHECK(store.query(RowRef{RowKind::Core, 9}, TimeWindow{0, 100, 10}).empty());
}

TEST_CASE("one long segment is one item however many columns it covers") {
    TimelineStore store(thread_layout(1, 1));
    std::vector<Event> events{running(0, 0, 0, 3)};
    store.append(events);
    store.finish(1'000'000);

    SECTION("the whole window") {
        const auto items = store.query(lane_row(0), TimeWindow{0, 1'000'000, 2000});
        REQUIRE(items.size() == 1);
        CHECK(items[0].x0 == 0);
        CHECK(items[0].x1 == 2000);
        CHECK(items[0].state == LaneState::Running);
        CHECK(items[0].core == 0);
        CHECK(items[0].task == 3);
        CHECK(items[0].folded == 1);
    }
    SECTION("the right half of the window, the rest is empty") {
        const auto items = store.query(lane_row(0), TimeWindow{-1'000'000, 1'000'000, 100});
        REQUIRE(items.size() == 1);
        CHECK(items[0].x0 == 50);
        CHECK(items[0].x1 == 100);
    }
    SECTION("zoomed in far past a nanosecond per pixel") {
        const TimeWindow w{500, 510, 1000};
        const auto items = store.query(lane_row(0), w);
        REQUIRE(items.size() == 1);
        CHECK(items[0].x0 == 0);
        CHECK(items[0].x1 == 1000);
        check_query_invariants(store, lane_row(0), w);
    }
}

TEST_CASE("a column where the row is busy only 1% of the time still gets an item") {
    TimelineStore store(thread_layout(1, 1));
    // Columns of 10'000 ns; the lane runs 100 ns in column 3 and nothing else.
    std::vector<Event> events{running(30'000, 0, 0), state_event(30'100, 0, LaneState::Idle)};
    store.append(events);
    store.finish(30'100);
    const auto items = store.query(lane_row(0), TimeWindow{0, 100'000, 10});
    REQUIRE(items.size() == 1);
    CHECK(items[0].x0 == 3);
    CHECK(items[0].x1 == 4);
    CHECK(items[0].state == LaneState::Running);
}

TEST_CASE("runs narrower than a pixel fold into one item in the state that took most of the time") {
    TimelineStore store(thread_layout(1, 1));
    // Per 1000 ns column: 10 bursts of Running 70 ns + WaitingGil 30 ns.
    std::vector<Event> events;
    for (std::int64_t t = 0; t < 10'000; t += 100) {
        events.push_back(running(t, 0, 0));
        events.push_back(state_event(t + 70, 0, LaneState::WaitingGil));
    }
    store.append(events);
    store.finish(10'000);
    const TimeWindow w{0, 10'000, 10};
    const auto items = store.query(lane_row(0), w);
    REQUIRE(items.size() == 1);  // every column shows Running on core 0: merged into one
    CHECK(items[0].state == LaneState::Running);
    CHECK(items[0].x0 == 0);
    CHECK(items[0].x1 == 10);
    CHECK(items[0].folded == 200);
    check_query_invariants(store, lane_row(0), w);
}

TEST_CASE("a live run's open state is drawn up to the live edge") {
    TimelineStore store(thread_layout(1, 1));
    std::vector<Event> events{running(0, 0, 0), state_event(500, 0, LaneState::BlockedIo),
                              task_begin(1000, 0, kNoTask)};
    store.append(events);
    const auto items = store.query(lane_row(0), TimeWindow{0, 2000, 20});
    REQUIRE(items.size() == 2);
    CHECK(items[1].state == LaneState::BlockedIo);
    CHECK(items[1].x0 == 5);
    CHECK(items[1].x1 == 10);
    check_query_invariants(store, lane_row(0), TimeWindow{0, 2000, 20});
}

TEST_CASE("query invariants hold on many random timelines (property test)") {
    std::mt19937_64 rng(20240611);  // deterministic: a failure reproduces
    auto uniform = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    for (int round = 0; round < 300; ++round) {
        CAPTURE(round);
        TimelineStore store(thread_layout(2, 2));
        std::vector<Event> events;
        std::int64_t t = uniform(0, 1000);
        const int changes = static_cast<int>(uniform(0, 400));
        // Durations from 1 ns to long stretches, so columns hold from one to hundreds of segments.
        const std::int64_t scale = std::int64_t{1} << uniform(0, 16);
        for (int i = 0; i < changes; ++i) {
            const auto state = static_cast<LaneState>(uniform(0, kLaneStateCount - 1));
            events.push_back(state_event(t, 0, state, static_cast<std::uint16_t>(uniform(0, 1)),
                                         static_cast<std::uint32_t>(uniform(0, 3))));
            t += uniform(1, scale);
            if (uniform(0, 5) == 0) {  // a gap where the lane is in no recorded state
                events.push_back(lane_end(t, 0, 0, 0, 0, 0));
                t += uniform(1, scale * 4);
            }
        }
        store.append(events);
        const bool live = uniform(0, 1) == 0;
        if (!live) store.finish(t + uniform(0, scale));

        const std::int64_t end = std::max<std::int64_t>(store.end_ns(), 1);
        for (int q = 0; q < 6; ++q) {
            std::int64_t t0 = uniform(-end / 4, end);
            std::int64_t t1 = t0 + uniform(1, end + end / 2);
            if (q == 0) {
                t0 = 0;
                t1 = end;
            }
            const int width = static_cast<int>(uniform(1, 400));
            check_query_invariants(store, lane_row(0), TimeWindow{t0, t1, width});
            check_query_invariants(store, RowRef{RowKind::Core, static_cast<std::uint32_t>(q % 2)},
                                   TimeWindow{t0, t1, width});
        }
    }
}

TEST_CASE("a million-segment lane at 2000 px gives at most 2000 items that stand for every segment") {
    TimelineStore store(thread_layout(1, 1));
    constexpr int kSegments = 1'000'000;
    std::vector<Event> events;
    events.reserve(kSegments);
    std::int64_t t = 0;
    for (int i = 0; i < kSegments; ++i) {
        events.push_back(i % 3 == 2 ? state_event(t, 0, LaneState::WaitingGil) : running(t, 0, 0));
        t += 1 + i % 5;
    }
    store.append(events);
    store.finish(t);
    REQUIRE(store.segments(lane_row(0)).size() == kSegments);

    const TimeWindow whole{0, t, 2000};
    const auto items = store.query(lane_row(0), whole);
    CHECK(items.size() <= 2000);
    std::uint64_t folded = 0;
    for (const PixelItem& it : items) {
        CHECK(it.state == LaneState::Running);  // Running takes about 2/3 of every column
        folded += it.folded;
    }
    CHECK(folded >= kSegments);
    CHECK(folded <= kSegments + items.size());
    CHECK(items.front().x0 == 0);
    CHECK(items.back().x1 == 2000);

    // Zoomed into the middle: still bounded by the pixels, never by the segments.
    const auto zoomed = store.query(lane_row(0), TimeWindow{t / 2, t / 2 + 5000, 2000});
    CHECK(!zoomed.empty());
    CHECK(zoomed.size() <= 2000);
}

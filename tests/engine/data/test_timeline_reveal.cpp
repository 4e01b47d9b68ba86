// A recorded timeline shown again up to a moment (what a replay's clock reveals): what had ended
// is there, what was going on is open up to that moment, nothing from later shows; the last
// moment gives the identical timeline; going back and forward gives the same picture.
#include <catch2/catch.hpp>

#include "../../support/same_timeline.h"
#include "run_file_fixtures.h"

using namespace conclab;
using namespace conclab::test;
using conclab::testing::timeline_difference;

namespace {

std::vector<RowRef> rows_of(const TimelineStore& s) {
    std::vector<RowRef> rows;
    for (std::uint32_t l = 0; l < s.layout().lanes.size(); ++l) rows.push_back({RowKind::Lane, l});
    for (std::uint32_t g = 0; g < s.layout().groups.size(); ++g) rows.push_back({RowKind::Gil, g});
    for (std::uint32_t c = 0; c < s.layout().core_row_count(); ++c) rows.push_back({RowKind::Core, c});
    return rows;
}

// What the window would draw of `shown` over the recording's whole span.
std::vector<std::vector<PixelItem>> picture(const TimelineStore& shown, const TimelineStore& recorded) {
    std::vector<std::vector<PixelItem>> out;
    const TimeWindow w{recorded.start_ns(), recorded.end_ns(), 500};
    for (const RowRef& row : rows_of(recorded)) out.push_back(shown.query(row, w));
    return out;
}

bool same_items(const std::vector<std::vector<PixelItem>>& a, const std::vector<std::vector<PixelItem>>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t r = 0; r < a.size(); ++r) {
        if (a[r].size() != b[r].size()) return false;
        for (std::size_t i = 0; i < a[r].size(); ++i)
            if (a[r][i].x0 != b[r][i].x0 || a[r][i].x1 != b[r][i].x1 || a[r][i].state != b[r][i].state ||
                a[r][i].lane != b[r][i].lane)
                return false;
    }
    return true;
}

}  // namespace

TEST_CASE("a timeline revealed up to a moment shows exactly what had happened by then", "[replay]") {
    const RunResult run = gil_threads_run();
    const TimelineStore& recorded = run.store();
    TimelineStore shown = TimelineStore::replay_start(recorded);
    CHECK(shown.segment_count() == 0);
    CHECK_FALSE(shown.finished());
    CHECK(shown.layout().lanes[0].pid == 4711);  // names and pids are known from the start

    const std::int64_t t = kRunStart + 7 * kUs;
    shown.reveal(recorded, t);
    CHECK(shown.end_ns() == t);
    for (const RowRef& row : rows_of(recorded)) {
        const SegmentSeq& all = recorded.segments(row);
        const SegmentSeq& now = shown.segments(row);
        // Closed: the recorded segments that had ended by t, in order.
        std::size_t ended = 0;
        while (ended < all.size() && all[ended].end_ns <= t) ++ended;
        REQUIRE(now.size() == ended);
        for (std::size_t i = 0; i < ended; ++i) CHECK(now[i].start_ns == all[i].start_ns);
        // Going on at t: open, from its recorded start up to t.
        if (ended < all.size() && all[ended].start_ns < t && row.kind != RowKind::Core) {
            const auto open = shown.open_segment(row);
            REQUIRE(open);
            CHECK(open->start_ns == all[ended].start_ns);
            CHECK(open->end_ns == t);
            CHECK(open->state() == all[ended].state());
        }
    }
    // Lane 1 was running on CPU 3 at t: the core row shows it as the live run did.
    const auto core = shown.open_segment(RowRef{RowKind::Core, 1});
    REQUIRE(core);
    CHECK(core->lane == 1);
    // The first hand-off (at 5.1 µs) is there, the second (9.05 µs) not yet; task 1 (0–9 µs) is
    // going on, not yet finished, and task 2 (from 9 µs) has not begun.
    CHECK(shown.handoffs().size() == 1);
    CHECK(shown.tasks()[1].lane == 1);
    CHECK_FALSE(shown.tasks()[1].finished);
    CHECK(shown.tasks()[2].lane == kNoLane);
    CHECK(shown.output().size() == 1);
    CHECK_FALSE(shown.lane_totals(0).ended);

    shown.reveal(recorded, recorded.end_ns());
    CHECK(shown.finished());
    CHECK(timeline_difference(recorded, shown) == "");
}

TEST_CASE("revealing in small steps ends in the identical timeline, folded runs too", "[replay]") {
    for (const RunResult& run : {gil_threads_run(), killed_process_run(), observed_run(), folded_long_run()}) {
        const TimelineStore& recorded = run.store();
        TimelineStore shown = TimelineStore::replay_start(recorded);
        const std::int64_t step = std::max<std::int64_t>((recorded.end_ns() - recorded.start_ns()) / 97, 1);
        for (std::int64_t t = recorded.start_ns(); !shown.finished(); t += step) {
            shown.reveal(recorded, t);
            shown.reveal(recorded, t - step);  // an earlier moment changes nothing
            CHECK(shown.end_ns() == std::min(t, recorded.end_ns()));
        }
        CHECK(timeline_difference(recorded, shown) == "");
    }
}

TEST_CASE("starting again and revealing to a moment draws what going there directly draws", "[replay]") {
    const RunResult run = folded_long_run();
    const TimelineStore& recorded = run.store();
    const std::int64_t middle = recorded.start_ns() + (recorded.end_ns() - recorded.start_ns()) * 2 / 3;
    TimelineStore stepped = TimelineStore::replay_start(recorded);
    for (std::int64_t t = recorded.start_ns(); t < middle; t += 777'777) stepped.reveal(recorded, t);
    stepped.reveal(recorded, middle);
    TimelineStore direct = TimelineStore::replay_start(recorded);
    direct.reveal(recorded, middle);
    CHECK(same_items(picture(stepped, recorded), picture(direct, recorded)));
    CHECK(stepped.segment_count() == direct.segment_count());
    CHECK(stepped.handoffs().size() == direct.handoffs().size());
}

TEST_CASE("a shared timeline replays, restarts and finishes identical", "[replay]") {
    const RunResult run = gil_threads_run();
    const TimelineStore& recorded = run.store();
    SharedTimeline shared(TimelineStore::replay_start(recorded));
    const std::uint64_t v0 = shared.version();
    shared.reveal(recorded, kRunStart + 10 * kUs);
    CHECK(shared.version() != v0);  // the view repaints
    CHECK(shared.read()->handoffs().size() == 2);
    shared.restart_replay(recorded);  // the slider went back
    CHECK(shared.read()->segment_count() == 0);
    CHECK_FALSE(shared.finished());
    shared.reveal(recorded, recorded.end_ns());
    CHECK(shared.finished());
    CHECK(timeline_difference(recorded, shared.store()) == "");
}

// One timeline per run, written by the run's own thread while the window reads it: readers must
// always see a consistent store (sorted, disjoint rows; every figure summing up), even while the
// writer adds lanes and folds older detail. Run under ThreadSanitizer in the test command.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "timeline/shared_timeline.h"

using namespace conclab;

namespace {

RunLayout one_thread_layout() {
    RunLayout layout;
    layout.groups.push_back(ProcessGroup{"Main process", 0, true});
    layout.lanes.push_back(LaneInfo{"MainThread", 0, LaneKind::MainThread, 0, 0});
    layout.cores = 2;
    return layout;
}

Event state(std::int64_t t, std::uint32_t lane, LaneState s, std::uint16_t core = kNoCore) {
    Event e;
    e.kind = EventKind::State;
    e.t_ns = t;
    e.lane = lane;
    e.state = s;
    e.core = core;
    return e;
}

}  // namespace

TEST_CASE("readers see a consistent timeline while its writer appends, adds lanes and folds", "[shared]") {
    SharedTimeline timeline(one_thread_layout());
    timeline.set_segment_budget(5'000);  // small, so the writer folds many times meanwhile
    std::atomic<bool> done{false};

    std::thread writer([&] {
        std::vector<Event> batch;
        std::int64_t t = 0;
        std::uint32_t lanes = 1;
        for (int round = 0; round < 400; ++round) {
            if (round % 50 == 0 && lanes < 8) lanes = timeline.add_lane(LaneInfo{"late", 0, LaneKind::Thread, 0, 0}) + 1;
            batch.clear();
            for (int i = 0; i < 100; ++i, t += 1'000'000)
                for (std::uint32_t lane = 0; lane < lanes; ++lane)
                    batch.push_back(state(t + lane, lane, i % 2 ? LaneState::Running : LaneState::WaitingGil,
                                          static_cast<std::uint16_t>(lane % 2)));
            timeline.append(batch);
        }
        timeline.finish(t + 1'000'000);
        done = true;
    });

    int reads = 0;
    bool consistent = true;
    while (!done.load()) {
        const auto store = timeline.read();
        const TimeWindow window{store->start_ns(), std::max(store->end_ns(), store->start_ns() + 1), 640};
        for (std::uint32_t lane = 0; lane < store->layout().lanes.size(); ++lane) {
            const SegmentSeq& row = store->segments(RowRef{RowKind::Lane, lane});
            std::int64_t sum = 0;
            for (std::size_t i = 0; i < row.size(); ++i) {
                consistent = consistent && row[i].start_ns < row[i].end_ns && (i == 0 || row[i - 1].end_ns <= row[i].start_ns);
                sum += row[i].duration_ns();
            }
            std::int64_t by_state = 0;
            for (const std::int64_t ns : store->lane_totals(lane).state_ns) by_state += ns;
            consistent = consistent && sum == by_state;  // the totals the table shows match the rows drawn
            (void)store->query(RowRef{RowKind::Lane, lane}, window);
        }
        ++reads;
    }
    writer.join();
    CHECK(consistent);
    CHECK(reads > 0);
    CHECK(timeline.finished());
    CHECK(timeline.store().layout().lanes.size() == 8);
    CHECK(timeline.store().fold_block_ns() > 0);  // it did fold while being read
    CHECK(timeline.version() > 400);
}

// The lesson itself, checked on real runs: under the GIL one thread of a process runs at a time;
// without it, or with processes, CPU work runs in parallel; I/O waits overlap even under the GIL.
#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

#include "machine/usable_cpus.h"
#include "run/run_layout_builder.h"
#include "run_helpers.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

// Every Running segment of a lane lies inside a stretch during which that lane held the GIL.
bool running_only_while_holding_gil(const TimelineStore& t) {
    const SegmentSeq& held = t.segments({RowKind::Gil, 0});
    for (std::uint32_t lane = 0; lane < t.layout().lanes.size(); ++lane) {
        const SegmentSeq& segs = t.segments({RowKind::Lane, lane});
        for (std::size_t i = 0; i < segs.size(); ++i) {
            if (!is_running(segs[i])) continue;
            bool covered = false;
            for (std::size_t h = 0; h < held.size() && !covered; ++h)
                covered = held[h].lane == lane && held[h].start_ns <= segs[i].start_ns && segs[i].end_ns <= held[h].end_ns;
            if (!covered) return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("under the GIL no two threads of one process are ever Running at the same instant", "[gil][invariant]") {
    // 4 CPU-bound threads of 30 ms each with a 2 ms switch interval: dozens of forced switches.
    const auto model = GENERATE(RunModel::Threads, RunModel::ThreadPool);
    const RunResult r = run_to_end(make_experiment("cpu:30ms", 4, model, 3, true, 2'000'000));
    REQUIRE(r.status == RunStatus::Completed);
    const TimelineStore& t = r.store();
    CHECK(max_simultaneous(t, is_running, 0) == 1);
    CHECK(running_only_while_holding_gil(t));
    // The GIL really changed hands because the switch interval expired, not only at thread exit.
    int interval_handoffs = 0;
    for (const GilHandoff& h : t.handoffs()) interval_handoffs += h.reason == GilReason::Interval;
    CHECK(interval_handoffs >= 2);
    CHECK(r.metrics.gil_wait_ns > 0);
}

TEST_CASE("without the GIL, CPU-bound threads run in parallel", "[gil][parallel]") {
    if (usable_cpus().count < 2) return;  // one core cannot show parallelism
    const RunResult r = run_to_end(make_experiment("cpu:60ms", 4, RunModel::Threads, 4, false));
    REQUIRE(r.status == RunStatus::Completed);
    CHECK(max_simultaneous(r.store(), is_running) >= 2);
    CHECK(r.store().handoffs().empty());
    CHECK(r.metrics.gil_wait_ns == 0);
}

TEST_CASE("worker processes run CPU work in parallel although each has a GIL", "[gil][parallel][process]") {
    const auto model = GENERATE(RunModel::Processes, RunModel::ProcessPool);
    const RunResult r = run_to_end(make_experiment("cpu:60ms", 4, model, 2, true));
    REQUIRE(r.status == RunStatus::Completed);
    CHECK(max_simultaneous(r.store(), is_running) >= 2);
    CHECK(r.metrics.gil_wait_ns == 0);  // one GIL per process: nobody ever waits for it
}

TEST_CASE("under the GIL, I/O-bound threads overlap their waits", "[gil][io]") {
    // 200 ms: long enough that the last of the four threads has started before the first one's
    // wait ends, even when a busy machine (or ThreadSanitizer) is slow to start threads.
    const RunResult r = run_to_end(make_experiment("io:200ms", 4, RunModel::Threads, 4, true));
    REQUIRE(r.status == RunStatus::Completed);
    auto blocked = [](const Segment& s) { return s.state() == LaneState::BlockedIo; };
    CHECK(max_simultaneous(r.store(), blocked) == 4);
    CHECK(max_simultaneous(r.store(), is_running, 0) == 1);
}

TEST_CASE("under the GIL, threads waiting on a slow server overlap their waits", "[gil][io][net]") {
    // Each request takes the server 50 ms: the tutorial's "many network requests → threads".
    const RunResult r = run_to_end(make_experiment("net:4@50ms", 4, RunModel::Threads, 4, true));
    REQUIRE(r.status == RunStatus::Completed);
    auto blocked = [](const Segment& s) { return s.state() == LaneState::BlockedIo; };
    CHECK(max_simultaneous(r.store(), blocked) == 4);
    CHECK(max_simultaneous(r.store(), is_running, 0) == 1);
}

TEST_CASE("the event loop overlaps sleeps and round trips but never computation", "[async]") {
    const RunResult r = run_to_end(make_experiment("mixed:3ms/40msx2", 4, RunModel::Async, 1, true));
    REQUIRE(r.status == RunStatus::Completed);
    // One worker lane (the loop's thread); the four tasks' sub-rows are drawn under it.
    const auto& lanes = r.store().layout().lanes;
    REQUIRE(std::count_if(lanes.begin(), lanes.end(), [](const LaneInfo& l) { return l.worker; }) == 1);
    CHECK(std::count_if(lanes.begin(), lanes.end(), [](const LaneInfo& l) { return l.kind == LaneKind::Coroutine; }) == 4);
    // Each task computes 3 ms, then sleeps 40 ms, twice. The loop starts all four before the first
    // one is done: their sleeps overlap (run one after another, each would start only after the
    // previous one ended). Compared by order, not by a wall-clock figure a busy machine can miss.
    std::int64_t last_begin = 0, first_end = std::numeric_limits<std::int64_t>::max();
    for (const TaskRecord& t : r.store().tasks()) {
        REQUIRE(t.finished);
        last_begin = std::max(last_begin, t.begin_ns);
        first_end = std::min(first_end, t.end_ns);
    }
    CHECK(last_begin < first_end);
}

// An observed run's threads that only waited for the others (the main thread in join()) are not
// counted as workers, as a simulated run's main-thread lane is not; the process's memory, kept on
// that thread's lane, still counts.
#include <catch2/catch.hpp>
#include <vector>

#include "event_builders.h"
#include "metrics/run_metrics.h"
#include "observe/waiting_threads.h"
#include "timeline/timeline_store.h"

using namespace conclab;
using namespace conclab::test;

namespace {
constexpr std::int64_t kMs = 1'000'000;
}  // namespace

TEST_CASE("the main thread waiting in join() while its threads compute is not a worker, and the GIL share is theirs") {
    TimelineStore store(thread_layout(3, 2));
    store.append(std::vector<Event>{state_event(0, 0, LaneState::WaitingLock), running(0, 1, 0),
                                    state_event(0, 2, LaneState::WaitingGil), state_event(50 * kMs, 1, LaneState::WaitingGil),
                                    running(50 * kMs, 2, 1), lane_end(100 * kMs, 0, 0, 9000, 0, 0),
                                    lane_end(100 * kMs, 1, 50 * kMs, 0, 0, 0), lane_end(100 * kMs, 2, 50 * kMs, 0, 0, 0)});
    store.finish(100 * kMs);
    const RunMetrics before = compute_metrics(store, 0);
    const auto waiters = observe::threads_that_waited_for_others(store);
    REQUIRE(waiters == std::vector<std::uint32_t>{0});
    for (const auto lane : waiters) store.set_lane_worker(lane, false);
    const RunMetrics after = compute_metrics(store, 0);
    CHECK(after.lanes == 2);
    // The two computing threads waited half their time for the GIL: the share says so once the
    // join no longer counts as work.
    CHECK(after.gil_wait_share() > before.gil_wait_share());
    CHECK(after.gil_wait_share() == Approx(0.5));
    CHECK(after.peak_rss_kib == before.peak_rss_kib);
    CHECK(after.peak_rss_kib >= 9000);
}

TEST_CASE("a thread that works, or a process's only thread, always counts as a worker") {
    SECTION("the only thread of its process, waiting on a lock") {
        TimelineStore store(thread_layout(1, 2));
        store.append(std::vector<Event>{state_event(0, 0, LaneState::WaitingLock)});
        store.finish(100 * kMs);
        CHECK(observe::threads_that_waited_for_others(store).empty());
    }
    SECTION("a thread that computed most of its time and then took a lock") {
        TimelineStore store(thread_layout(2, 2));
        store.append(std::vector<Event>{running(0, 0, 0), running(0, 1, 1), state_event(70 * kMs, 0, LaneState::WaitingLock)});
        store.finish(100 * kMs);
        CHECK(observe::threads_that_waited_for_others(store).empty());
    }
}

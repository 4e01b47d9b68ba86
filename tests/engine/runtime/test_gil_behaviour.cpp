// What CPython 3.11's GIL rules make a class see in a real run: a CPU-bound thread keeps the GIL for
// at least one switch interval; a thread coming back from I/O beside a CPU-bound one waits for the
// GIL (the convoy effect); a switch interval changed while the run goes applies to what follows.
// Times are compared within one run or against the run's own interval, never to fixed figures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

#include "../../support/io_beside_cpu.h"
#include "run_helpers.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

struct Hold {
    std::int64_t start_ns = 0;
    std::int64_t end_ns = 0;
    std::int64_t length() const { return end_ns - start_ns; }
};

// GIL holdings of process group 0 that ended because another lane asked for the GIL.
std::vector<Hold> holds_ended_by_request(const TimelineStore& t) {
    std::map<std::pair<std::uint32_t, std::int64_t>, std::int64_t> start_by_lane_and_end;
    const SegmentSeq& gil = t.segments({RowKind::Gil, 0});
    for (std::size_t i = 0; i < gil.size(); ++i) start_by_lane_and_end[{gil[i].lane, gil[i].end_ns}] = gil[i].start_ns;
    std::vector<Hold> holds;
    for (const GilHandoff& h : t.handoffs()) {
        if (h.reason != GilReason::Interval) continue;
        const auto found = start_by_lane_and_end.find({h.from_lane, h.release_ns});
        if (found != start_by_lane_and_end.end()) holds.push_back({found->second, h.release_ns});
    }
    return holds;
}

std::int64_t median(std::vector<std::int64_t> v) {
    REQUIRE_FALSE(v.empty());
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::vector<std::int64_t> lengths(const std::vector<Hold>& holds) {
    std::vector<std::int64_t> out;
    for (const Hold& h : holds) out.push_back(h.length());
    return out;
}

// Counts GIL hand-offs as they arrive live, so a test can act in the middle of a run.
class LiveHandoffs {
public:
    EventBatchSink sink() {
        return [this](std::vector<Event> batch) {
            int n = 0;
            for (const Event& e : batch) n += e.kind == EventKind::GilAcquire && e.peer != kNoLane && e.peer != e.lane;
            std::lock_guard lock(mutex_);
            count_ += n;
            arrived_.notify_all();
        };
    }
    bool wait_for(int count, std::chrono::seconds no_hang_bound) {
        std::unique_lock lock(mutex_);
        return arrived_.wait_for(lock, no_hang_bound, [&] { return count_ >= count; });
    }

private:
    std::mutex mutex_;
    std::condition_variable arrived_;
    int count_ = 0;
};

}  // namespace

TEST_CASE("a CPU-bound thread holds the GIL for at least one switch interval before it is asked to drop it",
          "[gil][cpython]") {
    // Two CPU-bound threads: the waiting one asks only after waiting a whole interval, which it
    // began after the holder took the GIL (it was busy handing it over until then).
    constexpr std::int64_t kInterval = 2'000'000;
    const RunResult r = run_to_end(make_experiment("cpu:120ms", 2, RunModel::Threads, 2, true, kInterval));
    REQUIRE(r.status == RunStatus::Completed);
    const std::vector<std::int64_t> held = lengths(holds_ended_by_request(r.store()));
    REQUIRE(held.size() >= 10);
    CHECK(*std::min_element(held.begin(), held.end()) >= kInterval);
    CHECK(median(held) >= kInterval);
    // Generous, as each hand-off also waits for the OS to give both threads a core in turn (tens
    // of ms on a busy machine): a holder that ignored the requests would keep the GIL for its
    // whole 120 ms task.
    CHECK(median(held) < 60'000'000);
}

TEST_CASE("beside a CPU-bound thread under the GIL, a thread back from I/O waits for the GIL (convoy effect)",
          "[gil][cpython][convoy]") {
    // One thread waits 10 ms on I/O 30 times while another only computes (io_beside_cpu.h): back
    // from each wait, the first waits a whole interval before it may ask for the GIL, as the holder
    // never lets go by itself. The same run without the GIL: it runs again at once. (An I/O shorter
    // than the few ms a busy machine may take to give the computing thread a core would often find
    // the GIL still free: that thread had not taken it yet.)
    constexpr std::int64_t kInterval = 2'000'000;
    auto waits_after_each_io = [&](bool gil) {
        const std::vector<std::int64_t> waits =
            waits_after_io(run_io_beside_cpu({"mixed:1us/10msx30", true, gil, kInterval}), 0);
        REQUIRE(waits.size() == 30);
        return waits;
    };
    const std::vector<std::int64_t> gil_on = waits_after_each_io(true), gil_off = waits_after_each_io(false);
    INFO("waits after I/O (ns), GIL on: " << Catch::Detail::stringify(gil_on));
    INFO("GIL off: " << Catch::Detail::stringify(gil_off));
    const std::int64_t with_gil = median(gil_on), without_gil = median(gil_off);
    CHECK(with_gil >= kInterval);
    CHECK(with_gil > without_gil + kInterval / 2);
}

TEST_CASE("a switch interval changed during the run applies to the GIL holdings that follow", "[gil][interval]") {
    // From 2 ms to the longest interval: each hand-off also waits for the OS to give the threads a
    // core in turn, which can add tens of ms to a hold on a busy machine, never 100.
    constexpr std::int64_t kBefore = 2'000'000, kAfter = kMaxSwitchIntervalNs;
    LiveHandoffs live;
    RunSession session(make_experiment("cpu:300ms", 2, RunModel::Threads, 2, true, kBefore), live.sink());
    CHECK_FALSE(session.set_switch_interval(kMinSwitchIntervalNs - 1));
    CHECK_FALSE(session.set_switch_interval(kMaxSwitchIntervalNs + 1));
    session.start();
    REQUIRE(live.wait_for(12, std::chrono::seconds(30)));  // no-hang bound
    REQUIRE(session.set_switch_interval(kAfter));
    CHECK(session.set_switch_interval(kAfter));  // the same value again is no change
    CHECK_FALSE(session.set_switch_interval(0));
    REQUIRE(session.wait_for(std::chrono::seconds(60)));  // no-hang bound
    const RunResult r = session.take_result();
    REQUIRE(r.status == RunStatus::Completed);

    const auto& changes = r.store().switch_interval_changes();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].interval_ns == kAfter);
    const std::int64_t changed_at = changes[0].t_ns;
    CHECK(changed_at > r.store().start_ns());
    CHECK(changed_at < r.store().end_ns());

    std::vector<Hold> before, after;
    for (const Hold& h : holds_ended_by_request(r.store())) {
        if (h.end_ns <= changed_at) before.push_back(h);
        // Begun after the change: the lane that asked began its wait after it, with the new interval.
        if (h.start_ns > changed_at) after.push_back(h);
    }
    REQUIRE(before.size() >= 8);
    REQUIRE(after.size() >= 3);  // ~550 ms of computing left, in holds of 100 ms
    const std::vector<std::int64_t> before_lengths = lengths(before), after_lengths = lengths(after);
    CHECK(*std::min_element(after_lengths.begin(), after_lengths.end()) >= kAfter);
    CHECK(*std::min_element(before_lengths.begin(), before_lengths.end()) < kAfter);
    CHECK(median(after_lengths) > 2 * median(before_lengths));
}

TEST_CASE("a switch interval set before the run starts is the one it runs with, recorded at its start",
          "[gil][interval]") {
    RunSession session(make_experiment("cpu:1ms", 1, RunModel::Sequential, 1, true, 5'000'000));
    REQUIRE(session.set_switch_interval(3'000'000));
    session.start();
    REQUIRE(session.wait_for(std::chrono::seconds(60)));  // no-hang bound
    const RunResult r = session.take_result();
    const std::vector<SwitchIntervalChange> expected{{r.store().start_ns(), 3'000'000}};
    CHECK(r.store().switch_interval_changes() == expected);
}

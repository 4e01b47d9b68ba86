// From periodic /proc samples to lane states: each lane's Running time is the CPU time the kernel
// counted, its Ready time the run-queue wait it counted, and blocked time keeps its reason.
#include <catch2/catch.hpp>

#include <map>
#include <vector>

#include "observe/lane_inference.h"

using namespace conclab;
using namespace conclab::observe;

namespace {

constexpr std::int64_t kMs = 1'000'000;

struct Totals {
    std::map<LaneState, std::int64_t> ns;
};

// Time per state of the changes up to `end`, checking they are in time order.
Totals totals(const std::vector<LaneChange>& changes, std::int64_t end) {
    Totals t;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const std::int64_t until = i + 1 < changes.size() ? changes[i + 1].t_ns : end;
        REQUIRE(until >= changes[i].t_ns);
        t.ns[changes[i].state] += until - changes[i].t_ns;
    }
    return t;
}

TaskSample sample(std::int64_t t_ms, char state, std::uint64_t run_ms, std::uint64_t wait_ms,
                  LaneState blocked = LaneState::Idle, int cpu = 1) {
    return TaskSample{t_ms * kMs, state, cpu, run_ms * static_cast<std::uint64_t>(kMs),
                      wait_ms * static_cast<std::uint64_t>(kMs), blocked};
}

}  // namespace

TEST_CASE("a thread that only sleeps is Sleeping from its first sample, with no CPU drawn") {
    LaneInference lane;
    std::vector<LaneChange> out;
    for (int i = 0; i <= 10; ++i) lane.add(sample(i * 2, 'S', 5, 1, LaneState::Sleeping), out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].state == LaneState::Sleeping);
    CHECK(out[0].t_ns == 0);
    CHECK(lane.drawn_running_ns() == 0);
}

TEST_CASE("a running thread whose counter moves only at scheduler ticks gets exactly its CPU time as Running") {
    // Counter updated every 4 ms (HZ=250) while sampled every 2 ms; the thread ran all the time.
    LaneInference lane;
    std::vector<LaneChange> out;
    for (int t = 0; t <= 40; t += 2) lane.add(sample(t, 'R', static_cast<std::uint64_t>(t / 4 * 4), 0), out);
    Totals tot = totals(out, 40 * kMs);
    CHECK(tot.ns[LaneState::Running] == 40 * kMs);
    CHECK(lane.drawn_running_ns() == 40 * kMs);
    for (const LaneChange& c : out)
        if (c.state == LaneState::Running) CHECK(c.core == 1);
}

TEST_CASE("two threads sharing one core alternate: each is drawn Running for its CPU time and Ready for its wait") {
    // Over 20 ms the thread ran 10 ms and waited 10 ms in the run queue, in 2 ms slices.
    LaneInference lane;
    std::vector<LaneChange> out;
    std::uint64_t run = 0, wait = 0;
    for (int t = 0; t <= 20; t += 2) {
        lane.add(sample(t, 'R', run, wait), out);
        if ((t / 2) % 2 == 0) run += 2; else wait += 2;
    }
    Totals tot = totals(out, 20 * kMs);
    CHECK(tot.ns[LaneState::Running] == 10 * kMs);
    CHECK(tot.ns[LaneState::Ready] == 10 * kMs);
}

TEST_CASE("a thread waiting for the GIL that gets it now and then is Running exactly as long as it computed") {
    LaneInference lane;
    std::vector<LaneChange> out;
    lane.add(sample(0, 'S', 0, 0, LaneState::WaitingGil), out);
    lane.add(sample(5, 'S', 0, 0, LaneState::WaitingGil), out);
    lane.add(sample(10, 'R', 1, 0), out);                         // woke and ran 1 ms (so far counted)
    lane.add(sample(15, 'S', 5, 0, LaneState::WaitingGil), out);  // ran 4 more, then waited again
    lane.add(sample(20, 'S', 5, 0, LaneState::WaitingGil), out);
    Totals tot = totals(out, 20 * kMs);
    CHECK(tot.ns[LaneState::Running] == 5 * kMs);
    CHECK(tot.ns[LaneState::WaitingGil] == 15 * kMs);
    CHECK(out.back().state == LaneState::WaitingGil);
}

TEST_CASE("a runnable thread whose counter does not move for long was not on a core: Ready") {
    LaneInference lane(10 * kMs);
    std::vector<LaneChange> out;
    lane.add(sample(0, 'R', 100, 0), out);
    for (int t = 2; t <= 30; t += 2) lane.add(sample(t, 'R', 100, 0), out);
    Totals tot = totals(out, 30 * kMs);
    CHECK(tot.ns[LaneState::Running] == 0);
    CHECK(tot.ns[LaneState::Ready] >= 20 * kMs);
}

TEST_CASE("a counter that jumps past the time since the last sample never draws more Running than time passed") {
    LaneInference lane;
    std::vector<LaneChange> out;
    lane.add(sample(0, 'R', 0, 0), out);
    lane.add(sample(2, 'R', 50, 0), out);  // impossible in 2 ms on one thread: capped at 2 ms
    lane.add(sample(4, 'S', 50, 0, LaneState::BlockedIo), out);
    Totals tot = totals(out, 4 * kMs);
    CHECK(tot.ns[LaneState::Running] <= 4 * kMs);
    CHECK(out.back().state == LaneState::BlockedIo);
    for (std::size_t i = 1; i < out.size(); ++i) CHECK(out[i].t_ns >= out[i - 1].t_ns);
}

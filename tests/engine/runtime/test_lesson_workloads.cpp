// The lessons' workloads on real threads and processes: what the workers print, the shared
// counter (threads share one, processes each have their own; a lock loses nothing), the main
// thread's lane waiting in join(), asyncio tasks' sub-rows, and the convoy delay being measured.
// Invariants only: how many updates a race loses depends on the machine, and is printed by
// `conclab run --lesson memory`, not asserted here.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "lessons/run_figures.h"
#include "run/main_thread_lane.h"
#include "run_helpers.h"
#include "workload/output_codes.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

template <class Fn>
void each_segment(const TimelineStore& t, std::uint32_t lane, Fn&& fn) {
    const SegmentSeq& segs = t.segments({RowKind::Lane, lane});
    for (std::size_t i = 0; i < segs.size(); ++i) fn(segs[i]);
}

std::vector<OutputLine> lines_with(const TimelineStore& t, OutputCode code) {
    std::vector<OutputLine> out;
    for (const OutputLine& l : t.output())
        if (l.code == static_cast<std::uint32_t>(code)) out.push_back(l);
    return out;
}

}  // namespace

TEST_CASE("printing workers: every line arrives once, in time order, from thread and process workers", "[lessons]") {
    const RunModel model = GENERATE(RunModel::Threads, RunModel::Processes, RunModel::Async);
    CAPTURE(run_model_name(model));
    const RunResult r = run_to_end(make_experiment("numbers:5msx4", 3, model));
    const TimelineStore& t = r.store();
    const auto numbers = lines_with(t, OutputCode::Number);
    REQUIRE(numbers.size() == 12);
    CHECK(std::is_sorted(t.output().begin(), t.output().end(),
                         [](const OutputLine& a, const OutputLine& b) { return a.t_ns < b.t_ns; }));
    std::set<std::pair<std::int64_t, std::int64_t>> seen;  // (task, number)
    for (const OutputLine& l : numbers) seen.insert({l.values[1], l.values[0]});
    CHECK(seen.size() == 12);
}

TEST_CASE("shared counter: threads with a lock lose no update; the printed figures add up", "[lessons]") {
    const bool locked = GENERATE(false, true);
    const bool gil = GENERATE(false, true);
    CAPTURE(locked, gil);
    const std::int64_t per_task = 200'000;
    const RunResult r = run_to_end(make_experiment("counter:" + std::to_string(per_task) + (locked ? "/lock" : ""), 3,
                                                   RunModel::Threads, 4, gil));
    const auto c = counter_outcome(r.store());
    REQUIRE(c);
    REQUIRE(c->printed_final);
    CHECK(c->additions == 3 * per_task);
    CHECK(c->additions_in_main == 3 * per_task);
    CHECK(c->final_value + c->lost == c->additions_in_main);
    CHECK(c->final_value > 0);
    CHECK(c->final_value <= 3 * per_task);
    if (locked) CHECK(c->lost == 0);
    WARN("counter, GIL " << (gil ? "on" : "off") << (locked ? ", lock" : ", no lock") << ": " << c->lost << " of "
                         << c->additions << " updates lost");
}

TEST_CASE("shared counter: processes each change their own copy, the parent's stays 0", "[lessons]") {
    const RunResult r = run_to_end(make_experiment("counter:50000", 3, RunModel::Processes));
    const auto c = counter_outcome(r.store());
    REQUIRE(c);
    CHECK(c->printed_final);
    CHECK(c->final_value == 0);
    CHECK(c->lost == 0);
    CHECK(c->worker_lines == 3);
    CHECK(c->additions == 150'000);
    for (const OutputLine& l : lines_with(r.store(), OutputCode::CounterInWorker)) CHECK(l.values[0] == 50'000);
}

TEST_CASE("the main thread has a lane of its own and waits in join() while the workers run", "[lessons]") {
    const RunModel model = GENERATE(RunModel::Threads, RunModel::Processes);
    CAPTURE(run_model_name(model));
    Experiment e = make_experiment("io:30ms", 2, model);
    e.main_thread_lane = true;
    const RunResult r = run_to_end(e);
    const TimelineStore& t = r.store();
    const auto main = main_thread_lane_of(t.layout());
    REQUIRE(main);
    CHECK(*main == 2);  // after the workers: their lane numbers do not move
    CHECK_FALSE(t.layout().lanes[*main].worker);
    CHECK(r.metrics.lanes == 2);  // not counted as a worker
    std::int64_t waiting = 0;
    each_segment(t, *main, [&](const Segment& s) {
        if (s.state() == LaneState::WaitingLock) waiting += s.end_ns - s.start_ns;
    });
    CHECK(waiting >= 30'000'000);  // at least the workers' sleep
    // The worker lanes ended before the main thread's wait did.
    std::int64_t join_end = 0;
    each_segment(t, *main, [&](const Segment& s) {
        if (s.state() == LaneState::WaitingLock) join_end = s.end_ns;
    });
    for (std::uint32_t lane = 0; lane < 2; ++lane) {
        std::int64_t last_busy = 0;
        each_segment(t, lane, [&](const Segment& s) {
            if (s.state() != LaneState::Idle) last_busy = std::max(last_busy, s.end_ns);
        });
        CHECK(last_busy <= join_end);
    }
}

TEST_CASE("asyncio: one sub-row per task under the loop, their waits overlapping on one thread", "[lessons]") {
    const RunResult r = run_to_end(make_experiment("io:40ms", 5, RunModel::Async));
    const TimelineStore& t = r.store();
    int rows = 0;
    for (const LaneInfo& lane : t.layout().lanes)
        if (lane.kind == LaneKind::Coroutine) {
            ++rows;
            CHECK(lane.parent == 0u);
            CHECK_FALSE(lane.worker);
        }
    CHECK(rows == 5);
    CHECK(most_waiting_at_once(t) == 5);  // all five awaited their sleep at once
    CHECK(r.metrics.lanes == 1);          // one worker: the loop's thread
}

TEST_CASE("convoy: an I/O thread's delay after each wait is measured, beside a computing thread under the GIL", "[lessons]") {
    const RunResult r = run_to_end(make_experiment("net:30@1ms|cpu:400ms", 2, RunModel::Threads, 4, true));
    const auto delays = io_resume_delays(r.store());
    CHECK(delays.size() >= 20);  // one per round trip (some may end the thread)
    for (const std::int64_t d : delays) CHECK(d >= 0);
    const auto mid = median(delays);
    REQUIRE(mid);
    WARN("convoy: median delay after a wait " << *mid / 1e6 << " ms (switch interval 5 ms)");
}

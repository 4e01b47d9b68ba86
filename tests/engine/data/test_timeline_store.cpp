// Building the timeline from recorded events: lane, GIL and core rows, hand-offs, tasks, totals.
#include <catch2/catch.hpp>

#include <vector>

#include "event_builders.h"
#include "timeline/timeline_store.h"

using namespace conclab;
using namespace conclab::test;

namespace {


std::vector<Segment> all(const SegmentSeq& seq) {
    std::vector<Segment> out;
    for (std::size_t i = 0; i < seq.size(); ++i) out.push_back(seq[i]);
    return out;
}

void append(TimelineStore& store, std::vector<Event> events) { store.append(events); }

void check_segment(const Segment& s, std::int64_t start, std::int64_t end, LaneState state, std::uint16_t lane,
                   std::uint16_t core = kNoCore) {
    CHECK(s.start_ns == start);
    CHECK(s.end_ns == end);
    CHECK(s.state() == state);
    CHECK(s.lane == lane);
    CHECK(s.core == core);
}

}  // namespace

TEST_CASE("a new timeline has one row per lane, per GIL and per core, and one record per task") {
    RunLayout layout = thread_layout(3, 4, 5);
    layout.groups.push_back(ProcessGroup{"Process-1", 0, true});
    TimelineStore store(layout);

    CHECK(store.layout().lanes.size() == 3);
    CHECK(store.segment_count() == 0);
    CHECK(store.segments(lane_row(2)).empty());
    CHECK(store.segments(gil_row(1)).empty());
    CHECK(store.segments(core_row(3)).empty());
    // Rows that do not exist answer "nothing" instead of crashing.
    CHECK(store.segments(lane_row(3)).empty());
    CHECK(store.segments(gil_row(2)).empty());
    CHECK(store.segments(core_row(4)).empty());
    REQUIRE(store.tasks().size() == 5);
    for (std::uint32_t i = 0; i < 5; ++i) {
        CHECK(store.tasks()[i].task == i);
        CHECK_FALSE(store.tasks()[i].finished);
    }
    CHECK_FALSE(store.finished());
}

TEST_CASE("state changes become lane segments, and Running ones also land on their core's row") {
    TimelineStore store(thread_layout(1, 2));
    append(store, {running(100, 0, 1, 7), state_event(150, 0, LaneState::WaitingGil, kNoCore, 7),
                   running(200, 0, 0, 7)});
    store.finish(300);

    const auto lane = all(store.segments(lane_row(0)));
    REQUIRE(lane.size() == 3);
    check_segment(lane[0], 100, 150, LaneState::Running, 0, 1);
    check_segment(lane[1], 150, 200, LaneState::WaitingGil, 0);
    check_segment(lane[2], 200, 300, LaneState::Running, 0, 0);
    CHECK(lane[0].task == 7);

    const auto core0 = all(store.segments(core_row(0)));
    const auto core1 = all(store.segments(core_row(1)));
    REQUIRE(core0.size() == 1);
    REQUIRE(core1.size() == 1);
    check_segment(core0[0], 200, 300, LaneState::Running, 0, 0);
    check_segment(core1[0], 100, 150, LaneState::Running, 0, 1);

    const LaneTotals& totals = store.lane_totals(0);
    CHECK(totals.state_ns[static_cast<int>(LaneState::Running)] == 150);
    CHECK(totals.state_ns[static_cast<int>(LaneState::WaitingGil)] == 50);
    CHECK(store.end_ns() == 300);
    CHECK(store.finished());
    CHECK(store.segment_count() == 5);
}

TEST_CASE("a state that lasts no time is not stored") {
    TimelineStore store(thread_layout(1, 1));
    append(store, {running(10, 0, 0), state_event(20, 0, LaneState::BlockedIo), running(20, 0, 0),
                   state_event(30, 0, LaneState::Idle)});
    store.finish(30);
    const auto lane = all(store.segments(lane_row(0)));
    REQUIRE(lane.size() == 2);
    check_segment(lane[0], 10, 20, LaneState::Running, 0, 0);
    check_segment(lane[1], 20, 30, LaneState::Running, 0, 0);
}

TEST_CASE("a Running state on a core the machine does not have stays on the lane only") {
    TimelineStore store(thread_layout(1, 2));
    append(store, {running(0, 0, 5), running(10, 0, kNoCore)});
    store.finish(20);
    CHECK(store.segments(lane_row(0)).size() == 2);
    CHECK(store.segments(core_row(0)).empty());
    CHECK(store.segments(core_row(1)).empty());
}

TEST_CASE("core rows are time-sorted even when lanes' events arrive interleaved in a batch") {
    TimelineStore store(thread_layout(2, 1));
    // Lane 1 ran on core 0 after lane 0, but its events come first in the batch.
    append(store, {running(100, 1, 0), state_event(200, 1, LaneState::Idle), running(0, 0, 0),
                   state_event(100, 0, LaneState::Idle)});
    const auto core = all(store.segments(core_row(0)));
    REQUIRE(core.size() == 2);
    check_segment(core[0], 0, 100, LaneState::Running, 0, 0);
    check_segment(core[1], 100, 200, LaneState::Running, 1, 0);
}

TEST_CASE("overlapping claims on one core are clipped so the core row never overlaps") {
    TimelineStore store(thread_layout(3, 1));
    append(store, {running(0, 0, 0), state_event(100, 0, LaneState::Idle),  // [0,100)
                   running(50, 1, 0), state_event(150, 1, LaneState::Idle),  // overlaps: clipped to [100,150)
                   running(60, 2, 0), state_event(90, 2, LaneState::Idle)});  // inside lane 0's: dropped
    const auto core = all(store.segments(core_row(0)));
    REQUIRE(core.size() == 2);
    check_segment(core[0], 0, 100, LaneState::Running, 0, 0);
    check_segment(core[1], 100, 150, LaneState::Running, 1, 0);
    // Lanes keep their full, true segments.
    REQUIRE(store.segments(lane_row(2)).size() == 1);
    check_segment(store.segments(lane_row(2))[0], 60, 90, LaneState::Running, 2, 0);
}

TEST_CASE("GIL holdings form the GIL row and changes of holder are recorded as hand-offs") {
    TimelineStore store(thread_layout(2, 2));
    append(store, {gil_acquire(0, 0), running(0, 0, 0, 0), state_event(0, 1, LaneState::WaitingGil, kNoCore, 1),
                   gil_release(50, 0, GilReason::Interval), state_event(50, 0, LaneState::WaitingGil, kNoCore, 0),
                   gil_acquire(60, 1, 0, 50, GilReason::Interval), running(60, 1, 1, 1)});
    // Live: lane 1 holds the GIL now.
    auto holder = store.open_segment(gil_row(0));
    REQUIRE(holder);
    CHECK(holder->lane == 1);
    CHECK(holder->start_ns == 60);
    CHECK(holder->end_ns == 60);

    append(store, {gil_release(90, 1, GilReason::Io), gil_acquire(95, 1, 1, 90, GilReason::Io)});
    store.finish(100);

    const auto gil = all(store.segments(gil_row(0)));
    REQUIRE(gil.size() == 3);
    check_segment(gil[0], 0, 50, LaneState::Running, 0);
    check_segment(gil[1], 60, 90, LaneState::Running, 1);
    check_segment(gil[2], 95, 100, LaneState::Running, 1);
    CHECK(gil[1].task == 1);

    // Re-taking one's own GIL is not a hand-off.
    REQUIRE(store.handoffs().size() == 1);
    const GilHandoff& h = store.handoffs()[0];
    CHECK(h.release_ns == 50);
    CHECK(h.acquire_ns == 60);
    CHECK(h.group == 0);
    CHECK(h.from_lane == 0);
    CHECK(h.to_lane == 1);
    CHECK(h.reason == GilReason::Interval);
    CHECK_FALSE(store.open_segment(gil_row(0)));
}

TEST_CASE("switch interval changes belong to no lane and are kept in time order") {
    TimelineStore store(thread_layout(2, 2));
    Event on_a_lane = switch_interval_event(70, 1'000'000);
    on_a_lane.lane = 1;  // whoever recorded it, it is the run's interval
    Event not_an_interval = switch_interval_event(80, 0);
    append(store, {gil_acquire(0, 0), switch_interval_event(40, 20'000'000), running(0, 0, 0, 0)});
    // A batch may bring an earlier change after a later one; a zero interval is hostile input.
    append(store, {switch_interval_event(60, 2'000'000), switch_interval_event(30, 10'000'000), on_a_lane,
                   not_an_interval});
    const std::vector<SwitchIntervalChange> expected{
        {30, 10'000'000}, {40, 20'000'000}, {60, 2'000'000}, {70, 1'000'000}};
    CHECK(store.switch_interval_changes() == expected);
    // It changes no lane's state, no GIL holding and no hand-off.
    CHECK(store.segments(lane_row(1)).empty());
    CHECK_FALSE(store.open_segment(lane_row(1)));
    CHECK(store.handoffs().empty());
    REQUIRE(store.open_segment(gil_row(0)));
    CHECK(store.open_segment(gil_row(0))->lane == 0);
    store.finish(100);
    append(store, {switch_interval_event(110, 5'000'000)});  // after the end: not part of the run
    CHECK(store.switch_interval_changes() == expected);
}

TEST_CASE("the GIL row of a batch with interleaved lanes is sorted, not truncated") {
    TimelineStore store(thread_layout(2, 1));
    append(store, {gil_acquire(60, 1, 0, 50, GilReason::Interval), gil_release(80, 1, GilReason::Exit),
                   gil_acquire(0, 0), gil_release(50, 0, GilReason::Interval)});
    const auto gil = all(store.segments(gil_row(0)));
    REQUIRE(gil.size() == 2);
    check_segment(gil[0], 0, 50, LaneState::Running, 0);
    check_segment(gil[1], 60, 80, LaneState::Running, 1);
}

TEST_CASE("a GIL holding published in a later batch than newer holdings still takes its place") {
    // Lane 0 dropped the GIL at 50 but was descheduled before publishing the event; lane 1's
    // holding from 60 to 80 was drained first.
    TimelineStore store(thread_layout(2, 1));
    append(store, {gil_acquire(60, 1, 0, 50, GilReason::Interval), gil_release(80, 1, GilReason::Exit)});
    append(store, {gil_acquire(0, 0), gil_release(50, 0, GilReason::Interval)});
    const auto gil = all(store.segments(gil_row(0)));
    REQUIRE(gil.size() == 2);
    check_segment(gil[0], 0, 50, LaneState::Running, 0);
    check_segment(gil[1], 60, 80, LaneState::Running, 1);
}

TEST_CASE("lane begin and end fill in pids, tids and what the lane reported about itself") {
    RunLayout layout = thread_layout(2, 1);
    layout.groups.push_back(ProcessGroup{"Process-1", 0, true});
    layout.lanes[1].group = 1;
    TimelineStore store(layout);
    append(store, {lane_begin(5, 0, 4711, 4712), lane_begin(6, 1, 5000, 5000), running(10, 1, 0),
                   lane_end(40, 1, 25, 2048, 3, 9)});

    CHECK(store.layout().lanes[0].pid == 4711);
    CHECK(store.layout().lanes[0].tid == 4712);
    CHECK(store.layout().groups[0].pid == 4711);
    CHECK(store.layout().groups[1].pid == 5000);
    CHECK(store.lane_totals(0).begun);
    CHECK_FALSE(store.lane_totals(0).ended);

    const LaneTotals& t = store.lane_totals(1);
    CHECK(t.ended);
    CHECK(t.cpu_ns == 25);
    CHECK(t.peak_rss_kib == 2048);
    CHECK(t.voluntary_cs == 3);
    CHECK(t.involuntary_cs == 9);
    // The lane's last state ends with the lane.
    const auto lane = all(store.segments(lane_row(1)));
    REQUIRE(lane.size() == 1);
    check_segment(lane[0], 10, 40, LaneState::Running, 1, 0);
    CHECK_FALSE(store.open_segment(lane_row(1)));
}

TEST_CASE("task begin and end fill the task records") {
    TimelineStore store(thread_layout(2, 1, 3));
    append(store, {task_begin(10, 1, 2), task_end(70, 1, 2, 12345), task_begin(20, 0, 0), task_end(90, 0, 0, 1, 5)});
    const auto& tasks = store.tasks();
    CHECK(tasks[2].lane == 1);
    CHECK(tasks[2].begin_ns == 10);
    CHECK(tasks[2].end_ns == 70);
    CHECK(tasks[2].result == 12345);
    CHECK(tasks[2].status == 0);
    CHECK(tasks[2].finished);
    CHECK(tasks[0].status == 5);
    CHECK_FALSE(tasks[1].finished);
    CHECK(tasks[1].end_ns == 0);
}

TEST_CASE("events for lanes, tasks or cores that do not exist are ignored") {
    TimelineStore store(thread_layout(1, 1, 1));
    Event huge_task = running(0, 0, 0, 0xfffffff0u);
    append(store, {running(0, 7, 0), task_begin(0, 0, 99), task_end(5, 0, 99, 1), gil_acquire(0, kNoLane),
                   lane_begin(0, 3, 1, 1), huge_task, state_event(10, 0, LaneState::Idle)});
    store.finish(20);
    CHECK_FALSE(store.tasks()[0].finished);
    const auto lane = all(store.segments(lane_row(0)));
    REQUIRE(lane.size() == 2);
    CHECK(lane[0].task == kNoTask);  // a task id that cannot be stored is "no task", not a wrong one
}

TEST_CASE("a lane event earlier than the lane's last segment is clamped, never overlapping") {
    TimelineStore store(thread_layout(1, 1));
    append(store, {running(100, 0, 0), state_event(200, 0, LaneState::Idle), running(150, 0, 0),
                   state_event(300, 0, LaneState::Idle)});
    // The Idle state it overran is dropped; the late Running state starts where Running ended.
    const auto lane = all(store.segments(lane_row(0)));
    REQUIRE(lane.size() == 2);
    check_segment(lane[0], 100, 200, LaneState::Running, 0, 0);
    check_segment(lane[1], 200, 300, LaneState::Running, 0, 0);
}

TEST_CASE("finish closes every open state and GIL holding and freezes the timeline") {
    TimelineStore store(thread_layout(2, 2, 0, true, 1000));
    CHECK(store.end_ns() == 1000);
    append(store, {running(1000, 0, 0), gil_acquire(1000, 0), state_event(1010, 1, LaneState::WaitingGil)});
    CHECK(store.end_ns() == 1010);
    REQUIRE(store.open_segment(lane_row(0)));
    CHECK(store.open_segment(lane_row(0))->end_ns == 1010);
    REQUIRE(store.open_segment(core_row(0)));
    CHECK(store.open_segment(core_row(0))->lane == 0);
    CHECK_FALSE(store.open_segment(core_row(1)));

    store.finish(1500);
    CHECK(store.finished());
    CHECK(store.end_ns() == 1500);
    CHECK(all(store.segments(lane_row(0))).back().end_ns == 1500);
    CHECK(all(store.segments(lane_row(1))).back().end_ns == 1500);
    CHECK(all(store.segments(gil_row(0))).back().end_ns == 1500);
    CHECK(all(store.segments(core_row(0))).back().end_ns == 1500);
    for (RowRef r : {lane_row(0), lane_row(1), gil_row(0), core_row(0)}) CHECK_FALSE(store.open_segment(r));

    // Late events cannot change a finished record.
    const std::size_t count = store.segment_count();
    append(store, {running(1600, 1, 1), state_event(1700, 1, LaneState::Idle)});
    CHECK(store.segment_count() == count);
}

TEST_CASE("segment_at finds closed segments, the open one, and nothing in gaps") {
    TimelineStore store(thread_layout(1, 1));
    append(store, {running(0, 0, 0), state_event(10, 0, LaneState::BlockedIo), state_event(20, 0, LaneState::Ready)});
    append(store, {task_begin(40, 0, kNoTask)});  // moves the live edge to 40

    struct Probe {
        std::int64_t t;
        bool found;
        LaneState state;
    };
    const Probe probes[] = {{-1, false, LaneState::Idle},   {0, true, LaneState::Running},
                            {9, true, LaneState::Running},  {10, true, LaneState::BlockedIo},
                            {19, true, LaneState::BlockedIo}, {20, true, LaneState::Ready},
                            {40, true, LaneState::Ready},   {41, false, LaneState::Idle}};
    for (const Probe& p : probes) {
        CAPTURE(p.t);
        const auto s = store.segment_at(lane_row(0), p.t);
        REQUIRE(s.has_value() == p.found);
        if (s) CHECK(s->state() == p.state);
    }
    CHECK_FALSE(store.segment_at(lane_row(5), 5));
}

TEST_CASE("memory use grows with the segments stored") {
    TimelineStore store(thread_layout(1, 1));
    const std::size_t empty = store.memory_bytes();
    std::vector<Event> events;
    for (int i = 0; i < 10'000; ++i)
        events.push_back(state_event(i, 0, i % 2 == 0 ? LaneState::Running : LaneState::WaitingGil, 0));
    store.append(events);
    CHECK(store.segment_count() >= 9'999);
    CHECK(store.memory_bytes() >= empty + 9'999 * sizeof(Segment));
    // Stored segments cost what they are (chunks), not a multiple of it.
    CHECK(store.memory_bytes() < empty + 3 * 10'000 * sizeof(Segment) + 200'000);
}

TEST_CASE("lanes and processes that appear while a run goes get rows of their own") {
    // A real program starts with one thread and later starts another, then a child process.
    TimelineStore store(thread_layout(1, 2));
    append(store, {lane_begin(0, 0, 500, 500), running(0, 0, 0)});
    const std::uint32_t second = store.add_lane(LaneInfo{"worker", 0, LaneKind::Thread, 0, 0});
    const std::uint32_t child_group = store.add_group(ProcessGroup{"child", 0, true});
    const std::uint32_t child = store.add_lane(LaneInfo{"child main", child_group, LaneKind::Process, 0, 0});
    CHECK(second == 1);
    CHECK(child == 2);
    append(store, {lane_begin(10, second, 500, 501), running(10, second, 1), lane_begin(20, child, 600, 600),
                   gil_acquire(20, child), running(20, child, 0), state_event(30, 0, LaneState::Sleeping),
                   state_event(40, second, LaneState::WaitingLock), gil_release(50, child, GilReason::Exit),
                   state_event(50, child, LaneState::Idle)});
    store.finish(60);
    CHECK(store.layout().lanes.size() == 3);
    CHECK(store.layout().groups.size() == 2);
    CHECK(store.layout().groups[child_group].pid == 600);
    CHECK(store.lane_totals(second).state_ns[static_cast<std::size_t>(LaneState::Running)] == 30);
    CHECK(store.lane_totals(second).state_ns[static_cast<std::size_t>(LaneState::WaitingLock)] == 20);
    CHECK(store.lane_totals(0).state_ns[static_cast<std::size_t>(LaneState::Sleeping)] == 30);
    // The child's GIL row shows it holding its own GIL.
    const SegmentSeq& gil = store.segments(RowRef{RowKind::Gil, child_group});
    REQUIRE(gil.size() == 1);
    CHECK(gil[0].lane == child);
    CHECK(gil[0].duration_ns() == 30);
    // The new lanes' Running time lands on the cores they ran on.
    CHECK(store.segments(RowRef{RowKind::Core, 1}).size() == 1);
}

TEST_CASE("printed lines keep their worker, task, numbers and order; an observed program's text too") {
    TimelineStore store(thread_layout(2, 2));
    Event printed;
    printed.kind = EventKind::Output;
    printed.t_ns = 5;
    printed.lane = 1;
    printed.task = 3;
    printed.peer = 7;  // what was printed: a workload's output code
    printed.a = 3;
    printed.b = 9;
    append(store, {printed});
    store.add_output_text(8, OutputStream::Stderr, "Traceback (most recent call last):");
    REQUIRE(store.output().size() == 2);
    const OutputLine& worker = store.output()[0];
    CHECK(worker.lane == 1);
    CHECK(worker.task == 3);
    CHECK(worker.code == 7);
    CHECK(worker.values == std::array<std::int64_t, 2>{3, 9});
    CHECK(worker.stream == OutputStream::Worker);
    CHECK(store.output()[1].text == "Traceback (most recent call last):");
    CHECK(store.output()[1].lane == kNoLane);
    CHECK(store.end_ns() == 8);
}

TEST_CASE("a worker printing without end keeps a bounded output and says how much was dropped") {
    TimelineStore store(thread_layout(1, 1));
    for (std::size_t i = 0; i < TimelineStore::kMaxOutputLines + 25; ++i)
        store.add_output_text(static_cast<std::int64_t>(i), OutputStream::Stdout, "x");
    CHECK(store.output().size() == TimelineStore::kMaxOutputLines);
    CHECK(store.output_dropped() == 25);
}

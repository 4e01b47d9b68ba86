// Run figures from a timeline, and speedup/efficiency against the sequential baseline.
#include <catch2/catch.hpp>

#include <vector>

#include "event_builders.h"
#include "metrics/run_metrics.h"
#include "timeline/timeline_store.h"

using namespace conclab;
using namespace conclab::test;

TEST_CASE("metrics add up what the lanes recorded") {
    TimelineStore store(thread_layout(2, 4, 3, true, 1000));
    std::vector<Event> events{
        lane_begin(1000, 0, 10, 11), lane_begin(1000, 1, 10, 12),
        gil_acquire(1000, 0), running(1000, 0, 0, 0), state_event(1000, 1, LaneState::WaitingGil, kNoCore, 1),
        task_begin(1000, 0, 0), task_begin(1000, 1, 1),
        gil_release(1300, 0, GilReason::Interval), state_event(1300, 0, LaneState::WaitingGil, kNoCore, 0),
        gil_acquire(1310, 1, 0, 1300, GilReason::Interval), running(1310, 1, 1, 1),
        task_end(1500, 0, 0, 42), state_event(1500, 0, LaneState::Idle),
        task_end(1600, 1, 1, 43), gil_release(1600, 1, GilReason::Exit),
        lane_end(1700, 0, 300, 0, 2, 1), lane_end(1600, 1, 290, 0, 5, 3)};
    store.append(events);
    store.finish(1700);

    const RunMetrics m = compute_metrics(store, 5000);
    CHECK(m.wall_ns == 700);
    CHECK(m.cpu_ns == 590);
    CHECK(m.voluntary_cs == 7);
    CHECK(m.involuntary_cs == 4);
    // Waiting for the GIL: lane 0 1300..1500, lane 1 1000..1310.
    CHECK(m.gil_wait_ns == 200 + 310);
    // Everything but Idle: lane 0 1000..1500, lane 1 1000..1600.
    CHECK(m.busy_ns == 500 + 600);
    CHECK(m.gil_wait_share() == Approx(510.0 / 1100.0));
    CHECK(m.handoffs == 1);
    CHECK(m.peak_rss_kib == 5000);
    CHECK(m.lanes == 2);
    CHECK(m.cores == 4);
    CHECK(m.tasks_done == 2);
}

TEST_CASE("process lanes add their own peak memory to the parent's") {
    RunLayout layout = thread_layout(2, 2);
    layout.groups.push_back(ProcessGroup{"Process-1", 0, true});
    layout.lanes[0].group = 1;
    TimelineStore store(layout);
    std::vector<Event> events{lane_end(10, 0, 5, 3000, 0, 0), lane_end(10, 1, 5, 0, 0, 0)};
    store.append(events);
    store.finish(10);
    CHECK(compute_metrics(store, 1000).peak_rss_kib == 4000);
    CHECK(compute_metrics(store, 1000).gil_wait_share() == 0.0);  // no busy time: no division by zero
}

TEST_CASE("status names") {
    CHECK(run_status_name(RunStatus::Completed) == "completed");
    CHECK(run_status_name(RunStatus::Stopped) == "stopped");
    CHECK(run_status_name(RunStatus::Failed) == "failed");
}

namespace {

ComparisonRow row(RunModel model, const char* workload, int tasks, std::int64_t wall_ns, int lanes, int cores,
                  RunStatus status = RunStatus::Completed) {
    Experiment e = default_experiment();
    e.model = model;
    e.workload = parse_workload(workload).value();
    e.tasks = tasks;
    RunMetrics m;
    m.wall_ns = wall_ns;
    m.lanes = lanes;
    m.cores = cores;
    return simulated_row(e, status, m);
}

}  // namespace

TEST_CASE("speedup is measured against the latest completed sequential run of the same work") {
    std::vector<ComparisonRow> rows{
        row(RunModel::Threads, "cpu:50ms", 4, 100, 4, 8),               // 0: before any baseline
        row(RunModel::Sequential, "cpu:50ms", 4, 300, 1, 8),            // 1: an older baseline
        row(RunModel::Sequential, "cpu:50ms", 4, 400, 1, 8),            // 2: the latest baseline
        row(RunModel::Processes, "cpu:50ms", 4, 100, 4, 8),             // 3: 4x on 4 lanes
        row(RunModel::ProcessPool, "cpu:50ms", 4, 200, 4, 2),           // 4: 2x with 4 workers on 2 cores
        row(RunModel::Threads, "cpu:50ms", 8, 100, 8, 8),               // 5: other task count
        row(RunModel::Threads, "io:50ms", 4, 100, 4, 8),                // 6: other workload
        row(RunModel::Threads, "cpu:50ms", 4, 500, 4, 8, RunStatus::Stopped),  // 7: stopped
        row(RunModel::Sequential, "cpu:50ms", 4, 999, 1, 8, RunStatus::Failed),  // 8: not a baseline
        row(RunModel::Async, "cpu:50ms", 4, 400, 1, 8),                 // 9: 1x with 4 coroutines
    };
    rows[6].speedup = 9.0;  // stale values are cleared
    compute_speedups(rows);

    CHECK(rows[0].speedup.value() == Approx(4.0));  // the latest baseline counts, wherever it is
    CHECK(rows[0].efficiency.value() == Approx(1.0));
    CHECK(rows[1].speedup.value() == 1.0);
    CHECK(rows[2].speedup.value() == 1.0);
    CHECK(rows[2].efficiency.value() == 1.0);
    CHECK(rows[3].speedup.value() == Approx(4.0));
    CHECK(rows[3].efficiency.value() == Approx(1.0));
    CHECK(rows[4].speedup.value() == Approx(2.0));
    CHECK(rows[4].efficiency.value() == Approx(0.5));  // 4 workers, each half as useful as alone
    CHECK_FALSE(rows[5].speedup);
    CHECK_FALSE(rows[6].speedup);
    CHECK_FALSE(rows[6].efficiency);
    CHECK_FALSE(rows[7].speedup);
    CHECK_FALSE(rows[8].speedup);
    CHECK(rows[9].speedup.value() == Approx(1.0));
    CHECK(rows[9].efficiency.value() == Approx(0.25));  // 4 tasks at once on one loop
}

TEST_CASE("rows without an experiment (observed programs) compare by their work key") {
    ComparisonRow sequential;
    sequential.source = SourceKind::Observed;
    sequential.work_key = "cpu_bound.py 4";
    sequential.baseline = true;
    sequential.metrics.wall_ns = 800;
    ComparisonRow threads = sequential;
    threads.baseline = false;
    threads.metrics.wall_ns = 200;
    threads.metrics.lanes = 4;
    ComparisonRow other = threads;
    other.work_key = "io_bound.py 4";
    std::vector<ComparisonRow> rows{sequential, threads, other};
    compute_speedups(rows);
    CHECK(rows[0].speedup.value() == 1.0);
    CHECK(rows[1].speedup.value() == Approx(4.0));
    CHECK(rows[1].efficiency.value() == Approx(1.0));
    CHECK_FALSE(rows[2].speedup);  // no baseline of its own work
}

TEST_CASE("rows without a sequential run have no speedup") {
    std::vector<ComparisonRow> rows{row(RunModel::Threads, "cpu:50ms", 4, 100, 4, 8)};
    compute_speedups(rows);
    CHECK_FALSE(rows[0].speedup);
    CHECK_FALSE(rows[0].efficiency);
}

// What the rest of the machine took from a run: other programs' time placed in the gaps of the
// core rows, the workers' waits for a CPU none of their siblings held, the busy mark, and the
// baseline a comparison measures speedups against.
#include <catch2/catch.hpp>

#include <vector>

#include "event_builders.h"
#include "experiment/experiment.h"
#include "metrics/run_metrics.h"
#include "timeline/timeline_store.h"
#include "workload/workload_spec.h"

using namespace conclab;
using namespace conclab::test;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr RowRef other_row(std::uint32_t i) { return RowRef{RowKind::CoreOther, i}; }

std::int64_t total(const SegmentSeq& seq) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < seq.size(); ++i) sum += seq[i].duration_ns();
    return sum;
}

ComparisonRow sequential_row(std::int64_t wall_ns, bool busy) {
    Experiment e = default_experiment();
    e.model = RunModel::Sequential;
    e.workload = parse_workload("cpu:50ms").value();
    e.tasks = 4;
    RunMetrics m;
    m.wall_ns = wall_ns;
    m.lanes = 1;
    m.cores = 2;
    m.machine.measured = true;
    m.machine.capacity_ns = 2 * wall_ns;
    m.machine.other_cpu_ns = busy ? wall_ns : 0;  // busy: other programs held one CPU throughout
    return simulated_row(e, RunStatus::Completed, m);
}

}  // namespace

TEST_CASE("other programs' time fills the gaps the run's workers left on a core, never over them") {
    TimelineStore store(thread_layout(1, 2));
    // Thread-1 ran on CPU 0 from 20 to 60 ms.
    store.append(std::vector<Event>{state_event(0, 0, LaneState::Ready), running(20 * kMs, 0, 0),
                                    state_event(60 * kMs, 0, LaneState::Idle)});
    // CPU 0 was busy 70 ms of the window 0..100 ms: 40 of it the worker's, 30 another program's.
    CHECK(store.add_other_work(0, 0, 100 * kMs, 70 * kMs) == 30 * kMs);
    const SegmentSeq& others = store.segments(other_row(0));
    CHECK(total(others) == 30 * kMs);
    for (std::size_t i = 0; i < others.size(); ++i) {
        CHECK(others[i].state() == LaneState::OtherWork);
        CHECK((others[i].end_ns <= 20 * kMs || others[i].start_ns >= 60 * kMs));  // not over the worker
    }
    // Busy time the workers account for entirely is nobody else's.
    CHECK(store.add_other_work(0, 100 * kMs, 200 * kMs, 0) == 0);
    // A window busier than its gaps can hold: what does not fit is still counted, nothing overlaps.
    CHECK(store.add_other_work(1, 200 * kMs, 300 * kMs, 100 * kMs) == 100 * kMs);
    CHECK(total(store.segments(other_row(1))) == 100 * kMs);
    // A row the run does not have takes nothing.
    CHECK(store.add_other_work(7, 0, 100 * kMs, 50 * kMs) == 0);
}

TEST_CASE("Ready time is the machine's fault only while a CPU had none of the run's workers") {
    SECTION("two threads on one CPU: the one waiting waits for its sibling") {
        TimelineStore store(thread_layout(2, 1));
        store.append(std::vector<Event>{running(0, 0, 0), state_event(0, 1, LaneState::Ready),
                                        state_event(100 * kMs, 0, LaneState::Idle), running(100 * kMs, 1, 0)});
        store.finish(200 * kMs);
        CHECK(unexplained_ready_ns(store, 1) == 0);
    }
    SECTION("one thread Ready while both CPUs had none of the run's workers") {
        TimelineStore store(thread_layout(1, 2));
        store.append(std::vector<Event>{state_event(0, 0, LaneState::Ready), running(80 * kMs, 0, 1)});
        store.finish(200 * kMs);
        CHECK(unexplained_ready_ns(store, 2) == 80 * kMs);
    }
    SECTION("two threads on two CPUs, one Ready beside its running sibling: one CPU was free of the run") {
        TimelineStore store(thread_layout(2, 2));
        store.append(std::vector<Event>{running(0, 0, 0), state_event(0, 1, LaneState::Ready),
                                        running(50 * kMs, 1, 1)});
        store.finish(100 * kMs);
        CHECK(unexplained_ready_ns(store, 2) == 50 * kMs);
    }
    SECTION("short waits to be woken (under 1 ms each) are the kernel's wake-up, not another program") {
        TimelineStore store(thread_layout(1, 2));
        std::vector<Event> events;
        for (int i = 0; i < 50; ++i) {
            events.push_back(state_event(i * 2 * kMs, 0, LaneState::Ready));
            events.push_back(running(i * 2 * kMs + kMs / 5, 0, 0));
        }
        store.append(events);
        store.finish(100 * kMs);
        CHECK(unexplained_ready_ns(store, 2) == 0);
    }
    SECTION("a worker process starting (Overhead) holds its CPU for the run: the one Ready beside it waits for the run") {
        TimelineStore store(thread_layout(2, 1));
        store.append(std::vector<Event>{state_event(0, 0, LaneState::Overhead), state_event(0, 1, LaneState::Ready),
                                        running(30 * kMs, 0, 0), state_event(60 * kMs, 0, LaneState::Idle),
                                        running(60 * kMs, 1, 0)});
        store.finish(100 * kMs);
        CHECK(unexplained_ready_ns(store, 1) == 0);
    }
}

TEST_CASE("a run is marked busy by other programs' share of the CPUs or by unexplained waits") {
    RunMetrics m;
    m.busy_ns = 1000 * kMs;
    m.machine.capacity_ns = 2000 * kMs;
    m.machine.other_cpu_ns = 1000 * kMs;
    CHECK_FALSE(m.machine_busy());  // not measured: nothing is claimed
    m.machine.measured = true;
    CHECK(m.machine_busy());
    m.machine.other_cpu_ns = static_cast<std::int64_t>(kBusyOtherShare * 2000 * kMs) - kMs;
    CHECK_FALSE(m.machine_busy());
    m.machine.unexplained_ready_ns = static_cast<std::int64_t>(kBusyReadyShare * 1000 * kMs) + kMs;
    CHECK(m.machine_busy());
}

TEST_CASE("speedups are measured against a sequential run on a quiet machine when there is one") {
    ComparisonRow threads = sequential_row(100 * kMs, false);
    threads.experiment->model = RunModel::Threads;
    threads.baseline = false;
    threads.metrics.lanes = 4;
    std::vector<ComparisonRow> rows{sequential_row(400 * kMs, false), sequential_row(900 * kMs, true), threads};
    compute_speedups(rows);
    CHECK(rows[2].speedup.value() == Approx(4.0));  // against the quiet 400 ms, not the later busy 900 ms
    // With only a busy baseline, it is used (and its row carries the mark the table shows).
    std::vector<ComparisonRow> only_busy{sequential_row(900 * kMs, true), threads};
    compute_speedups(only_busy);
    CHECK(only_busy[1].speedup.value() == Approx(9.0));
    CHECK(only_busy[0].metrics.machine_busy());
}

TEST_CASE("more workers than CPUs: efficiency is also given per CPU") {
    ComparisonRow threads = sequential_row(100 * kMs, false);
    threads.experiment->model = RunModel::Threads;
    threads.baseline = false;
    threads.metrics.lanes = 4;  // 4 threads on 2 CPUs, 2x faster: 50% per thread, 100% per CPU
    std::vector<ComparisonRow> rows{sequential_row(200 * kMs, false), threads};
    compute_speedups(rows);
    CHECK(rows[1].efficiency.value() == Approx(0.5));
    CHECK(rows[1].core_efficiency.value() == Approx(1.0));
    CHECK_FALSE(rows[0].core_efficiency);  // one lane on two CPUs: the CPUs were not the limit
}

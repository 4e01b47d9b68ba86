#pragma once
// Recorded runs for the saved-run tests, written as the engine records them: threads trading the
// GIL with tasks and printed lines, a process run whose worker was killed, a stopped run, an
// observed program, and a long run folded to fit its memory budget.
#include <sstream>
#include <string>
#include <vector>

#include "../../support/experiments.h"
#include "event_builders.h"
#include "run/run_result.h"
#include "runfile/run_file_writer.h"

namespace conclab::test {

inline constexpr std::int64_t kRunStart = 7'000'000'000;
inline constexpr std::int64_t kUs = 1'000;

inline Event output_event(std::int64_t t, std::uint32_t lane, std::uint32_t task, std::uint32_t code, std::int64_t a,
                          std::int64_t b) {
    Event e;
    e.kind = EventKind::Output;
    e.t_ns = t;
    e.lane = lane;
    e.task = task;
    e.peer = code;
    e.a = a;
    e.b = b;
    return e;
}

inline RunResult finished_run(std::shared_ptr<SharedTimeline> timeline, std::int64_t end, std::int64_t parent_rss = 2048) {
    RunResult run;
    timeline->finish(end);
    run.timeline = std::move(timeline);
    run.metrics = compute_metrics(run.store(), parent_rss);
    return run;
}

// Two threads under the GIL on CPUs 2 and 3 (as under `taskset -c 2,3`), three tasks, printed lines.
inline RunResult gil_threads_run(std::int64_t s = kRunStart) {
    RunLayout layout = thread_layout(2, 2, 3, true, s);
    layout.cpu_ids = {2, 3};
    layout.groups[0].name_kind = NameKind::MainProcess;
    for (std::uint32_t i = 0; i < 2; ++i) {
        layout.lanes[i].name_kind = NameKind::Thread;
        layout.lanes[i].name_number = i + 1;
    }
    auto timeline = std::make_shared<SharedTimeline>(layout);
    timeline->append(std::vector<Event>{
        lane_begin(s, 0, 4711, 4712), lane_begin(s, 1, 4711, 4713), task_begin(s, 0, 0), task_begin(s, 1, 1),
        gil_acquire(s, 0), running(s, 0, 2, 0), state_event(s, 1, LaneState::WaitingGil, kNoCore, 1),
        output_event(s + 2 * kUs, 0, 0, 7, 3, 9),
        gil_release(s + 5 * kUs, 0, GilReason::Interval), state_event(s + 5 * kUs, 0, LaneState::WaitingGil, kNoCore, 0),
        gil_acquire(s + 5 * kUs + 100, 1, 0, s + 5 * kUs, GilReason::Interval), running(s + 5 * kUs + 100, 1, 3, 1),
        task_end(s + 9 * kUs, 1, 1, 1234567890123LL), task_begin(s + 9 * kUs, 1, 2),
        state_event(s + 9 * kUs, 1, LaneState::BlockedIo, kNoCore, 2), gil_release(s + 9 * kUs, 1, GilReason::Io),
        gil_acquire(s + 9 * kUs + 50, 0, 1, s + 9 * kUs, GilReason::Io), running(s + 9 * kUs + 50, 0, 3, 0),
        output_event(s + 10 * kUs, 1, 2, 8, -4, 16), switch_interval_event(s + 11 * kUs, 1'000'000),
        task_end(s + 12 * kUs, 0, 0, 42), gil_release(s + 12 * kUs, 0, GilReason::Exit),
        lane_end(s + 12 * kUs, 0, 8000, 0, 3, 1), task_end(s + 14 * kUs, 1, 2, -1, 5),
        lane_end(s + 14 * kUs, 1, 4000, 0, 2, 0)});
    timeline->add_output_text(s + 13 * kUs, OutputStream::Stdout, "\"quoted\" \\ tab\there · ঘড়ি");
    // Other programs on both CPUs (what /proc/stat said beyond the run's workers): a busy machine.
    timeline->add_other_work(0, s, s + 7 * kUs, 6 * kUs);
    timeline->add_other_work(1, s, s + 14 * kUs, 12 * kUs);
    RunResult run = finished_run(timeline, s + 14 * kUs);
    run.experiment = testing::make_experiment("cpu:5ms", 3, RunModel::Threads, 2, true, 2'000'000);
    run.metrics.machine = MachineLoad{true, 28 * kUs, 9 * kUs, kUs, 500};  // others took a third: busy
    run.metrics.events_dropped = 3;
    return run;
}

// Two worker processes without a GIL; the second was killed by SIGKILL: the run failed.
inline RunResult killed_process_run(std::int64_t s = kRunStart) {
    RunLayout layout;
    layout.groups = {ProcessGroup{"Process-1", 0, false}, ProcessGroup{"Process-2", 0, false}};
    layout.lanes = {LaneInfo{"Process-1", 0, LaneKind::Process, 0, 0}, LaneInfo{"Process-2", 1, LaneKind::Process, 0, 0}};
    layout.cores = 2;
    layout.task_count = 2;
    layout.start_ns = s;
    auto timeline = std::make_shared<SharedTimeline>(layout);
    timeline->append(std::vector<Event>{
        state_event(s, 0, LaneState::Overhead), state_event(s, 1, LaneState::Overhead), lane_begin(s + 300, 0, 5001, 5001),
        lane_begin(s + 400, 1, 5002, 5002), task_begin(s + 300, 0, 0), running(s + 300, 0, 0, 0), task_begin(s + 400, 1, 1),
        running(s + 400, 1, 1, 1), task_end(s + 2000, 0, 0, 17), lane_end(s + 2000, 0, 1700, 2048, 0, 4)});
    RunResult run = finished_run(timeline, s + 2100);
    run.experiment = testing::make_experiment("cpu:2ms", 2, RunModel::Processes, 2, false);
    run.status = RunStatus::Failed;
    run.failure = WorkerFailure{1, 5002, 9, 0, s + 1500, std::nullopt};
    run.detail = describe_failure(run.store().layout(), *run.failure);
    return run;
}

// A thread pool run stopped by the teacher after 9 µs.
inline RunResult stopped_run(std::int64_t s = kRunStart) {
    auto timeline = std::make_shared<SharedTimeline>(thread_layout(2, 1, 4, false, s));
    timeline->append(std::vector<Event>{running(s, 0, 0, 0), state_event(s, 1, LaneState::Ready, kNoCore, 1),
                                        state_event(s + 4 * kUs, 0, LaneState::Idle), running(s + 4 * kUs, 1, 0, 1)});
    RunResult run = finished_run(timeline, s + 9 * kUs);
    run.experiment = testing::make_experiment("io:1ms", 4, RunModel::ThreadPool, 2, false);
    run.status = RunStatus::Stopped;
    run.detail = Message{MessageCode::RunStopped, {duration_arg(9 * kUs)}};
    return run;
}

// A real program the window observed: no experiment, its command line, the interpreter's version.
inline RunResult observed_run(std::int64_t s = kRunStart) {
    RunLayout layout = thread_layout(1, 2, 0, true, s);
    layout.groups[0].name = "python3";  // observed: the program's own names, as the observer gives them
    layout.groups[0].python_version = 311;
    layout.lanes[0].name = "python3";
    auto timeline = std::make_shared<SharedTimeline>(layout);
    timeline->append(std::vector<Event>{lane_begin(s, 0, 900, 900), gil_acquire(s, 0), running(s, 0, 1),
                                        state_event(s + 3 * kUs, 0, LaneState::Sleeping),
                                        gil_release(s + 3 * kUs, 0, GilReason::Io),
                                        state_event(s + 6 * kUs, 0, LaneState::WaitingLock)});
    // A second thread appears while the program runs; a child process whose GIL is not readable.
    const std::uint32_t child = timeline->add_group(ProcessGroup{"python3", 0, true, NameKind::Own, 0, GilNote::NotReadable, 310});
    LaneInfo child_lane{"worker", child, LaneKind::Process, 0, 0};
    const std::uint32_t lane = timeline->add_lane(child_lane);
    timeline->append(std::vector<Event>{lane_begin(s + 2 * kUs, lane, 901, 901), running(s + 2 * kUs, lane, 0),
                                        state_event(s + 7 * kUs, lane, LaneState::Idle)});
    timeline->add_output_text(s + kUs, OutputStream::Stdout, "started 2 workers");
    timeline->add_output_text(s + 5 * kUs, OutputStream::Stderr, "Traceback (most recent call last):");
    timeline->add_other_work(0, s, s + 8 * kUs, 3 * kUs);
    RunResult run = finished_run(timeline, s + 8 * kUs);
    run.source = SourceKind::Observed;
    run.command = {"python3", "gil_demo.py", "৪"};
    MachineDescription machine;
    machine.usable_cpus = 4;
    machine.cpu_ids = {0, 1, 2, 3};
    machine.cpu_model = "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz";
    machine.os = "Debian GNU/Linux 12 (bookworm)";
    machine.kernel = "Linux 6.1.0-18-amd64 x86_64";
    machine.python_version = "3.11.2";
    run.machine = machine;
    run.started_unix_ns = 1'700'000'000'123'456'789;
    return run;
}

// Three threads switching state every microsecond for 30 ms, kept within 2,000 segments: the
// older part is folded (time per state exact, order within a block gone), as an hour-long run is.
inline RunResult folded_long_run(std::int64_t s = kRunStart) {
    RunLayout layout = thread_layout(3, 2, 0, true, s);
    auto timeline = std::make_shared<SharedTimeline>(layout);
    timeline->set_segment_budget(2'000);
    const LaneState states[] = {LaneState::Running, LaneState::WaitingGil, LaneState::Ready, LaneState::BlockedIo};
    for (int batch = 0; batch < 30; ++batch) {
        std::vector<Event> events;
        for (int i = 0; i < 1000; ++i) {
            // 100 µs apart: 3 s of run, longer than the last second a fold always keeps exact.
            const std::int64_t t = s + (batch * 1000 + i) * 100 * kUs;
            for (std::uint32_t lane = 0; lane < 3; ++lane) {
                const LaneState st = states[(i + lane * 7 + (i / 13)) % 4];
                events.push_back(state_event(t + lane, lane, st, st == LaneState::Running ? std::uint16_t(lane % 2) : kNoCore));
            }
            const std::uint32_t holder = static_cast<std::uint32_t>(i % 3);
            events.push_back(gil_acquire(t + 500, holder, (holder + 2) % 3, t + 450, GilReason::Interval));
            events.push_back(gil_release(t + 900, holder, GilReason::Interval));
        }
        timeline->append(events);
    }
    RunResult run = finished_run(timeline, s + 30'000 * 100 * kUs + 10);
    run.experiment = testing::make_experiment("cpu:10ms", 3, RunModel::Threads, 3, true);
    return run;
}

// The context a file is saved with in the tests: a fixed machine and clocks.
inline SaveContext test_save_context() {
    SaveContext c;
    c.this_machine.usable_cpus = 2;
    c.this_machine.cpu_ids = {2, 3};
    c.this_machine.cpu_model = "AMD EPYC";
    c.this_machine.os = "Debian GNU/Linux 12 (bookworm)";
    c.this_machine.kernel = "Linux 6.1.0 x86_64";
    c.unix_now_ns = 1'800'000'000'000'000'000;
    c.monotonic_now_ns = kRunStart + 60'000'000'000;
    return c;
}

inline std::string run_file_text(const std::vector<const RunResult*>& runs, const SaveContext& c = test_save_context()) {
    std::ostringstream out;
    write_run_file(out, runs, c);
    return out.str();
}

}  // namespace conclab::test

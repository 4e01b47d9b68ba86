// A worker process that dies — killed from outside with SIGKILL, or a task that calls abort() —
// fails the run with the worker's name, pid, signal and time; the run never waits for the dead
// worker, and what the other workers recorded is kept.
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "../../support/process_table.h"
#include "core/clock.h"
#include "export/trace_writer.h"
#include "timeline/lane_names.h"
#include "run_helpers.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

// The failure as its message gives it: worker name (by kind and number, so that the reader's
// language writes it), pid, signal name, time since the start.
void check_killed(const RunResult& r, std::uint32_t lane, int pid, const char* signal) {
    REQUIRE(r.detail);
    CAPTURE(*r.detail);
    CHECK(r.detail->code == MessageCode::WorkerKilled);
    REQUIRE(has_declared_args(*r.detail));
    CHECK(r.detail->args[0] == message_arg(lane_name(r.store().layout(), lane)));
    CHECK(r.detail->args[0].message->code != MessageCode::NameOwn);
    CHECK(r.detail->args[1] == integer_arg(pid));
    CHECK(r.detail->args[2] == text_arg(signal));
    CHECK(r.detail->args[3] == duration_arg(r.failure->t_ns - r.store().start_ns()));
}

void check_others_kept(const RunResult& r, std::uint32_t dead_lane) {
    const TimelineStore& t = r.store();
    for (std::uint32_t lane = 0; lane < t.layout().lanes.size(); ++lane) {
        INFO("lane " << t.layout().lanes[lane].name);
        CHECK(t.lane_totals(lane).begun);
        CHECK(t.lane_totals(lane).ended);  // the dead one closed by the parent
        CHECK(t.segments({RowKind::Lane, lane}).size() > 0);
        if (lane != dead_lane && r.experiment->model == RunModel::Processes)
            for (const TaskRecord& task : t.tasks())
                if (task.lane == lane) CHECK(task.finished);  // independent processes run on to the end
    }
}

}  // namespace

TEST_CASE("a worker process killed from outside with SIGKILL fails the run, naming worker, pid, signal and time",
          "[crash][process]") {
    const RunModel model = GENERATE(RunModel::Processes, RunModel::ProcessPool);
    INFO(run_model_name(model));
    LiveLaneStarts live;
    RunSession session(make_experiment("io:600ms", 3, model, 3, true), live.sink());
    session.start();
    const int victim = live.wait_for_pid(1, std::chrono::seconds(5));
    REQUIRE(victim > 0);
    const std::int64_t killed_at = now_ns();
    REQUIRE(kill(victim, SIGKILL) == 0);
    REQUIRE(session.wait_for(std::chrono::seconds(5)));  // no waiting for the dead worker
    const RunResult r = session.take_result();

    CHECK(r.status == RunStatus::Failed);
    const std::string name = r.store().layout().lanes[1].name;
    REQUIRE(r.failure.has_value());
    check_killed(r, 1, victim, "SIGKILL");
    CHECK(r.failure->lane == 1);
    CHECK(r.failure->pid == victim);
    CHECK(r.failure->signal == SIGKILL);
    // The time given is when the parent saw it die, after the kill, seen from the run's start.
    CHECK(r.failure->t_ns >= killed_at);
    CHECK(r.failure->t_ns < killed_at + 1'000'000'000);
    check_others_kept(r, 1);
    CHECK(child_processes().empty());

    // The exported trace says the run failed and marks where the worker died.
    std::ostringstream trace;
    write_trace_json(trace, {&r});
    CHECK_THAT(trace.str(), Catch::Contains("\u00b7 failed \u00b7 " + name) &&
                                Catch::Contains("{\"ph\":\"i\",\"s\":\"t\",\"name\":\"killed by SIGKILL\""));
}

TEST_CASE("a task that calls abort() fails the run with its worker and SIGABRT in every process model",
          "[crash][process]") {
    const RunModel model = GENERATE(RunModel::Processes, RunModel::ProcessPool);
    INFO(run_model_name(model));
    Experiment e = make_experiment("mixed:5ms/20msx4", 4, model, 2, true);
    e.crash_task = 1;
    RunSession session(e);
    session.start();
    REQUIRE(session.wait_for(std::chrono::seconds(10)));
    const RunResult r = session.take_result();

    CHECK(r.status == RunStatus::Failed);
    REQUIRE(r.failure.has_value());
    const TaskRecord& crashed = r.store().tasks().at(1);
    CHECK_FALSE(crashed.finished);
    CHECK(r.failure->lane == crashed.lane);  // the worker that had the task is the one named
    CHECK(r.failure->signal == SIGABRT);
    const LaneInfo& worker = r.store().layout().lanes.at(r.failure->lane);
    check_killed(r, r.failure->lane, worker.pid, "SIGABRT");
    CHECK(r.failure->t_ns > r.store().start_ns());
    check_others_kept(r, r.failure->lane);
    CHECK(child_processes().empty());
}

TEST_CASE("a worker process killed mid-computation keeps the CPU time it had used on its lane", "[crash][process]") {
    // The dead worker cannot report its CPU time: the parent takes it from the kernel (wait4).
    LiveLaneStarts live;
    RunSession session(make_experiment("cpu:5s", 1, RunModel::Processes, 1, true), live.sink());
    session.start();
    const int victim = live.wait_for_pid(0, std::chrono::seconds(10));
    REQUIRE(victim > 0);
    // Until the kernel has accounted at least 5 clock ticks of CPU to it (a generous no-hang bound).
    ProcessEntry entry;
    const std::int64_t asked = now_ns();
    while (read_process_entry(victim, entry) && entry.cpu_ticks < 5 && now_ns() - asked < 20'000'000'000) {
        const timespec pause{0, 5'000'000};
        nanosleep(&pause, nullptr);
    }
    REQUIRE(entry.cpu_ticks >= 5);
    REQUIRE(kill(victim, SIGKILL) == 0);
    REQUIRE(session.wait_for(std::chrono::seconds(10)));
    const RunResult r = session.take_result();
    CHECK(r.status == RunStatus::Failed);
    const LaneTotals& lane = r.store().lane_totals(0);
    CHECK(lane.ended);
    CHECK(lane.cpu_ns >= entry.cpu_ticks * (1'000'000'000 / sysconf(_SC_CLK_TCK)));
    CHECK(lane.cpu_ns <= r.metrics.wall_ns + 10'000'000);  // one process, one thread computing
}

TEST_CASE("a worker that dies after Stop was pressed leaves the run stopped, not failed", "[crash][stop][process]") {
    // Once stopping, the engine itself kills workers that outstay the grace time; a death then is
    // part of the stop the user asked for.
    LiveLaneStarts live;
    RunSession session(make_experiment("cpu:5s", 2, RunModel::Processes, 2, true), live.sink());
    session.start();
    const int victim = live.wait_for_pid(0, std::chrono::seconds(5));
    REQUIRE(victim > 0);
    session.request_stop();
    kill(victim, SIGKILL);  // may already have ended by itself: either way the run was stopped
    REQUIRE(session.wait_for(std::chrono::seconds(5)));
    const RunResult r = session.take_result();
    CHECK(r.status == RunStatus::Stopped);
    CHECK_FALSE(r.failure.has_value());
    CHECK(child_processes().empty());
}

#if !defined(__SANITIZE_THREAD__) && !defined(__SANITIZE_ADDRESS__)  // sanitizers need the address space
TEST_CASE("when the system refuses another thread the run fails naming it, instead of ending the program",
          "[crash][threads]") {
    // A child process of this test gets an address-space limit that leaves room for ~20 thread
    // stacks (8 MiB each), then asks for 200 threads: as a classroom machine with a low process
    // limit would refuse them.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::ifstream status("/proc/self/status");
        long vm_kib = 0;
        for (std::string line; std::getline(status, line);)
            if (line.rfind("VmSize:", 0) == 0) vm_kib = std::stol(line.substr(7));
        const rlim_t limit = static_cast<rlim_t>(vm_kib) * 1024 + (400ull << 20);
        const rlimit as{limit, limit};
        setrlimit(RLIMIT_AS, &as);
        RunSession session(make_experiment("io:300ms", 200, RunModel::Threads, 4, true));
        session.start();
        if (!session.wait_for(std::chrono::seconds(20))) _exit(3);
        const RunResult r = session.take_result();
        std::fprintf(stderr, "status %s: %s\n", std::string(run_status_name(r.status)).c_str(),
                     r.detail ? debug_text(*r.detail).c_str() : "");
        const bool named = r.failure && r.failure->pid == 0 && r.detail &&
                           r.detail->code == MessageCode::WorkerNotStarted && has_declared_args(*r.detail) &&
                           r.detail->args[0].message->code == MessageCode::NameThread &&
                           r.detail->args[1] == errno_arg(r.failure->exit_code);
        _exit(r.status == RunStatus::Failed && named ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    INFO("the child " << (WIFSIGNALED(status) ? "died of " + std::to_string(WTERMSIG(status)) : "exited"));
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
#endif

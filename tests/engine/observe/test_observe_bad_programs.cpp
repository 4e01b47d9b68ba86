// Programs that go wrong: missing, not executable, exiting at once, forking fast, ignoring
// SIGTERM, running too long. Each gives a clear code, keeps what was recorded, and leaves nothing
// running.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "observe_test_support.h"
#include "support/process_table.h"

using namespace conclab;
using namespace conclab::observe;
using namespace conclab::observe::testing;
using namespace std::chrono_literals;

namespace {

// No process the observation saw is still alive (reaped, or gone to init and reaped there), and
// this test program has no child left, zombie or not.
void require_nothing_left(const ObservedRun& run) {
    const auto deadline = std::chrono::steady_clock::now() + 5s;  // no-hang bound: init reaps orphans
    for (const ObservedProcess& p : run.program.processes) {
        conclab::testing::ProcessEntry entry;
        while (conclab::testing::read_process_entry(p.pid, entry) && entry.state != 'Z' &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(10ms);
        INFO("pid " << p.pid << " (" << p.name << ") still there");
        CHECK((!conclab::testing::read_process_entry(p.pid, entry) || entry.state == 'Z'));
    }
    const auto children = conclab::testing::child_processes();
    INFO(conclab::testing::describe(children));
    CHECK(children.empty());
}


}  // namespace

TEST_CASE("a program that does not exist is refused with its name, and nothing starts") {
    for (const std::string name : {"/no/such/program", "no-such-program-conclab-test"}) {
        const ObservedRun run = observe_command({name});
        CHECK(run.status == RunStatus::Failed);
        CHECK(run.program.end == ObserveEnd::LaunchFailed);
        REQUIRE(run.program.launch_failure);
        CHECK(run.program.launch_failure->code == LaunchError::NotFound);
        CHECK(run.program.launch_failure->subject == name);
        CHECK(run.program.processes.empty());
    }
}

TEST_CASE("a file that may not be executed, or a folder, is refused as not executable") {
    char dir_template[] = "/tmp/conclab-observe-XXXXXX";
    REQUIRE(mkdtemp(dir_template) != nullptr);
    const std::string file = std::string(dir_template) + "/script.py";
    std::ofstream(file) << "print('hello')\n";
    ::chmod(file.c_str(), 0644);
    for (const std::string& name : {file, std::string(dir_template)}) {
        const ObservedRun run = observe_command({name});
        REQUIRE(run.program.launch_failure);
        // root may execute anything with an x bit, but a file with none is refused even to root.
        CHECK(run.program.launch_failure->code == LaunchError::NotExecutable);
    }
    ObserveOptions options;
    options.launch.argv = {"/bin/true"};
    options.launch.working_dir = std::string(dir_template) + "/missing";
    const ObservedRun run = observe_with(options);
    REQUIRE(run.program.launch_failure);
    CHECK(run.program.launch_failure->code == LaunchError::NoWorkingFolder);
    ::unlink(file.c_str());
    ::rmdir(dir_template);
}

TEST_CASE("a program that exits at once is a short, complete run; a failing one fails with its status") {
    const ObservedRun ok = observe_command({"/bin/true"});
    CHECK(ok.status == RunStatus::Completed);
    REQUIRE(ok.program.exit);
    CHECK(ok.program.exit->exited);
    CHECK(ok.program.exit->code == 0);
    REQUIRE(ok.store().layout().lanes.size() == 1);
    CHECK(ok.store().lane_totals(0).begun);
    CHECK(ok.store().lane_totals(0).ended);

    const ObservedRun bad = observe_command({"/bin/false"});
    CHECK(bad.status == RunStatus::Failed);
    REQUIRE(bad.result.detail);
    CHECK(*bad.result.detail == Message{MessageCode::ProgramExited, {integer_arg(1)}});
    require_nothing_left(bad);
}

TEST_CASE("stdout and stderr arrive line by line, each with its stream and time, the last line without a newline too") {
    const ObservedRun run = observe_command({"/bin/sh", "-c", "echo out; echo err >&2; sleep 0.05; printf tail"});
    REQUIRE(run.status == RunStatus::Completed);
    REQUIRE(run.output().size() == 3);
    std::map<std::string, OutputStream> lines;
    for (const OutputLine& line : run.output()) {
        lines[line.text] = line.stream;
        CHECK(line.t_ns >= run.store().start_ns());
        CHECK(line.t_ns <= run.store().end_ns() + 1'000'000'000);
    }
    CHECK(lines.at("out") == OutputStream::Stdout);
    CHECK(lines.at("err") == OutputStream::Stderr);
    CHECK(lines.at("tail") == OutputStream::Stdout);
    CHECK(run.output().back().text == "tail");
}

TEST_CASE("Stop ends a program that ignores SIGTERM, and its children, with SIGKILL after the grace period") {
    ObserveOptions options;
    options.launch.argv = {"/bin/sh", "-c", "trap '' TERM; sleep 30 & sleep 30 & wait"};
    options.stop_grace = 300ms;
    const auto started = std::chrono::steady_clock::now();
    const ObservedRun run = observe_with(options, 300ms);
    const auto took = std::chrono::steady_clock::now() - started;
    CHECK(run.status == RunStatus::Stopped);
    CHECK(run.program.end == ObserveEnd::Stopped);
    REQUIRE(run.program.exit);
    CHECK(run.program.exit->signal == SIGKILL);
    CHECK(run.program.processes.size() >= 2);  // the shell saw its sleeps started
    CHECK(took < 10s);                         // no-hang bound
    require_nothing_left(run);
}

TEST_CASE("a program running longer than the time limit is stopped and says so") {
    ObserveOptions options;
    options.launch.argv = {"/bin/sleep", "30"};
    options.time_limit = 300ms;
    const ObservedRun run = observe_with(options);
    CHECK(run.status == RunStatus::Stopped);
    CHECK(run.program.end == ObserveEnd::TimeLimit);
    REQUIRE(run.program.exit);
    CHECK(run.program.exit->signal == SIGTERM);
    require_nothing_left(run);
}

TEST_CASE("a program that forks fast is followed as far as the limits allow, and all of it ends") {
    ObserveOptions options;
    options.launch.argv = {"/bin/sh", "-c", "i=0; while [ $i -lt 200 ]; do /bin/sleep 0.2 & i=$((i+1)); done; wait"};
    options.limits.max_processes = 32;
    options.time_limit = 60s;  // no-hang bound
    const ObservedRun run = observe_with(options);
    INFO(run.detail);
    CHECK(run.status == RunStatus::Completed);
    CHECK(run.program.processes.size() <= 32);
    CHECK(run.program.limit_reached);
    CHECK(run.store().layout().lanes.size() == run.program.processes.size());  // one thread each
    require_nothing_left(run);
}

// What the window gets from an observed run: lanes that appear while the program runs, a GIL row
// that says why it shows no holder, and table rows whose speedups compare runs of the same work.
#include <catch2/catch.hpp>

#include <glob.h>

#include <chrono>
#include <thread>

#include "metrics/run_metrics.h"
#include "observe_test_support.h"

using namespace conclab;
using namespace conclab::observe;
using namespace conclab::observe::testing;
using namespace std::chrono_literals;

TEST_CASE("the timeline can be read while the program runs, and its lanes appear as its processes start") {
    ObserveOptions options;
    options.launch.argv = {"/bin/sh", "-c", "sleep 0.2; sleep 0.3 & sleep 0.3 & wait"};
    options.time_limit = 60s;  // no-hang bound
    ProgramObserver observer(std::move(options));
    observer.start();
    const auto timeline = observer.timeline();
    REQUIRE(timeline != nullptr);
    std::size_t first_seen = 0, most_seen = 0;
    while (!observer.wait_for(10ms)) {
        const auto reader = timeline->read();
        const std::size_t lanes = reader->layout().lanes.size();
        if (first_seen == 0) first_seen = lanes;
        most_seen = std::max(most_seen, lanes);
        for (std::uint32_t lane = 0; lane < lanes; ++lane) (void)reader->open_segment(RowRef{RowKind::Lane, lane});
    }
    const RunResult run = observer.take_result();
    CHECK(run.source == SourceKind::Observed);
    CHECK(run.command.front() == "/bin/sh");
    CHECK(run.timeline.get() == timeline.get());  // the very object the window drew
    CHECK(first_seen >= 1);
    CHECK(most_seen > first_seen);  // the two sleeps (and the first) joined while it ran
    CHECK(run.store().layout().groups.size() >= 3);
}

TEST_CASE("a CPython whose GIL this build cannot read gets a GIL row that says which version") {
    glob_t g{};
    std::string python;
    if (::glob((std::string(std::getenv("HOME") ? std::getenv("HOME") : "/root") + "/.pyenv/versions/3.10*/bin/python3").c_str(),
               0, nullptr, &g) == 0 && g.gl_pathc > 0)
        python = g.gl_pathv[0];
    ::globfree(&g);
    if (python.empty()) {
        WARN("skipped: no CPython 3.10 (or older 3.x) on this machine");
        return;
    }
    const ObservedRun run = observe_command({python, "-c", "import time; time.sleep(0.3)"});
    REQUIRE(run.status == RunStatus::Completed);
    const ObservedProcess& proc = run.program.processes.front();
    CHECK(proc.python.access == GilAccess::UnsupportedVersion);
    const ProcessGroup& group = run.store().layout().groups.at(proc.group);
    CHECK(group.gil);  // the row is there, to say why it is empty
    CHECK(group.gil_note == GilNote::NotReadable);
    CHECK(group.python_version == 310);
    CHECK(run.store().segments(RowRef{RowKind::Gil, proc.group}).empty());
}

TEST_CASE("each kind of GIL access becomes a row, a note and a version the window can show") {
    ProcessGroup group;
    PythonRuntime python;
    python.version = PythonVersion{3, 13, 0};
    python.access = GilAccess::FreeThreaded;
    describe_gil(group, python);
    CHECK(group.gil);
    CHECK(group.gil_note == GilNote::FreeThreaded);
    CHECK(group.python_version == 313);
    python.access = GilAccess::Readable;
    describe_gil(group, python);
    CHECK(group.gil);
    CHECK(group.gil_note == GilNote::None);
    python.access = GilAccess::NotPython;
    describe_gil(group, python);
    CHECK_FALSE(group.gil);
    CHECK(group.python_version == 0);
}

TEST_CASE("observed runs of the same script with different models share a work key; --model sequential is the baseline") {
    const std::vector<std::string> threads{"python3", "cpu_bound.py", "--model", "threads", "--tasks", "4"};
    const std::vector<std::string> sequential{"/usr/bin/python3.11", "cpu_bound.py", "--tasks", "4", "--model=sequential"};
    const std::vector<std::string> other{"python3", "cpu_bound.py", "--model", "threads", "--tasks", "8"};
    CHECK(observed_work_key(threads) == "cpu_bound.py --tasks 4");
    CHECK(observed_work_key(sequential) == observed_work_key(threads));
    CHECK(observed_work_key(other) != observed_work_key(threads));
    CHECK(observed_baseline(sequential));
    CHECK_FALSE(observed_baseline(threads));
    CHECK(observed_work_key({"/bin/sleep", "1"}) == "/bin/sleep 1");  // not Python: the program is the work

    auto row = [](const std::vector<std::string>& command, std::int64_t wall_ms) {
        RunResult r;
        r.source = SourceKind::Observed;
        r.command = command;
        r.metrics.wall_ns = wall_ms * 1'000'000;
        return comparison_row(r);
    };
    std::vector<ComparisonRow> rows{row(sequential, 800), row(threads, 820), row(other, 400)};
    compute_speedups(rows);
    REQUIRE(rows[1].speedup);
    CHECK(*rows[1].speedup == Approx(800.0 / 820.0));
    CHECK_FALSE(rows[2].speedup);  // different work, no baseline of its own
}

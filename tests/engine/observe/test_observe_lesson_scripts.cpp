// The lesson scripts: which script does which simulated workload, where they are found, and that
// each runs under every model (real CPython, observed) and does the work it was asked for.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <future>

#include "experiment/experiment.h"
#include "observe/lesson_scripts.h"
#include "observe_test_support.h"
#include "support/scoped_env.h"

using namespace conclab;
using namespace conclab::observe;
using namespace conclab::observe::testing;

namespace {

Experiment experiment(const std::string& workload, RunModel model) {
    Experiment e = default_experiment();
    auto spec = parse_workload(workload);
    REQUIRE(spec);
    e.workload = spec.value();
    e.model = model;
    e.tasks = 3;
    e.workers = 2;
    return e;
}

}  // namespace

TEST_CASE("each simulated workload of one step maps to the script doing the same work, with the same sizes") {
    using V = std::vector<std::string>;
    CHECK(lesson_command(experiment("cpu:50ms", RunModel::Threads), "python3", "/s").value() ==
          V{"python3", "/s/cpu_bound.py", "--size", "50ms", "--model", "threads", "--tasks", "3", "--workers", "2"});
    CHECK(lesson_command(experiment("io:200ms", RunModel::ThreadPool), "py", "/s").value() ==
          V{"py", "/s/io_sleep.py", "--size", "200ms", "--model", "thread-pool", "--tasks", "3", "--workers", "2"});
    CHECK(lesson_command(experiment("net:20@10ms", RunModel::Async), "py", "/s").value() ==
          V{"py", "/s/io_network.py", "--requests", "20", "--size", "10ms", "--model", "async", "--tasks", "3", "--workers", "2"});
    CHECK(lesson_command(experiment("cpu:1500us", RunModel::Sequential), "py", "/s").value().at(3) == "1500us");
    const auto file = lesson_command(experiment("file:64KiB", RunModel::Threads), "py", "/s");
    REQUIRE_FALSE(file);
    CHECK(file.error().code == MessageCode::NoLessonScriptForFiles);
    const auto mixed = lesson_command(experiment("mixed:10ms/20msx2", RunModel::Threads), "py", "/s");
    REQUIRE_FALSE(mixed);
    CHECK(mixed.error().code == MessageCode::NoLessonScript);
    CHECK(debug_text(mixed.error()).find("mixed") != std::string::npos);  // names the workload
    // The lessons' printing and counting workloads have no script either: refused the same way.
    for (const char* lesson_workload : {"square:10ms", "counter:1000", "numbers:10msx3"}) {
        const auto refused = lesson_command(experiment(lesson_workload, RunModel::Threads), "py", "/s");
        INFO(lesson_workload);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == MessageCode::NoLessonScript);
    }
}

TEST_CASE("the scripts are found through CONCLAB_PYTHON_DIR, and a folder without them is not taken") {
    {
        conclab::testing::ScopedEnv env("CONCLAB_PYTHON_DIR", CONCLAB_PYTHON_SCRIPTS);
        CHECK(lesson_scripts_dir() == std::optional<std::string>(CONCLAB_PYTHON_SCRIPTS));
    }
    conclab::testing::ScopedEnv env("CONCLAB_PYTHON_DIR", "/proc");
    CHECK_FALSE(lesson_scripts_dir());
}

TEST_CASE("every lesson script runs under every model and does all its tasks") {
    const auto pythons = main_interpreters();
    if (pythons.empty()) {
        WARN("skipped: no python3 on this machine");
        return;
    }
    for (const char* workload : {"cpu:10ms", "io:20ms", "net:3@2ms"}) {
        // The six models of one script observed at once (each observer is independent), so the
        // eighteen short programs take seconds, not tens of seconds.
        std::vector<std::pair<RunModel, std::future<ObservedRun>>> runs;
        for (const RunModel model : kAllRunModels) {
            const auto command = lesson_command(experiment(workload, model), pythons.front().command, CONCLAB_PYTHON_SCRIPTS);
            REQUIRE(command);
            runs.emplace_back(model, std::async(std::launch::async, [c = command.value()] { return observe_command(c); }));
        }
        for (auto& [model, future] : runs) {
            const ObservedRun run = future.get();
            INFO(workload << " " << run_model_name(model) << ": " << run.detail << "\n" << output_text(run));
            CHECK(run.status == RunStatus::Completed);
            const std::string text = output_text(run);
            for (int task = 0; task < 3; ++task) CHECK(text.find("task " + std::to_string(task) + " done") != std::string::npos);
            if (uses_processes(model)) CHECK(run.program.processes.size() >= 2);
        }
    }
}

TEST_CASE("the Python a real run starts is the interpreter itself, not a launcher in front of it") {
    // pyenv's shim is a shell script that runs a dozen helpers for about a second before it execs
    // Python: in a real row that second would be wall time, and the helpers lanes.
    for (const Interpreter& python : main_interpreters()) {
        INFO(python.label);
        const std::string real = python_executable(python.command);
        REQUIRE_FALSE(real.empty());
        CHECK(real.front() == '/');
        CHECK(::access(real.c_str(), X_OK) == 0);
        CHECK(python_executable(real) == real);  // asked again, the interpreter names itself
    }
    // What cannot say is run as given.
    CHECK(python_executable("/bin/true") == "/bin/true");
    CHECK(python_executable("/no/such/python") == "/no/such/python");
    CHECK(python_executable("") == "");
}

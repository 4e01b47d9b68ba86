// Worker processes are spawned programs (conclab-worker), not forks: what the worker is told
// survives the trip through its command line exactly, the program is found (or the run fails
// naming where it looked), and a worker gets nothing of the parent but what it is meant to.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "../../support/process_table.h"
#include "../../support/scoped_env.h"
#include "run_helpers.h"
#include "spawn/worker_command.h"
#include "spawn/worker_executable.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

std::vector<std::string_view> views(const std::vector<std::string>& args) {
    return std::vector<std::string_view>(args.begin(), args.end());
}

// A private folder, removed with what is in it.
class TempFolder {
public:
    TempFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "conclab-spawn-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create " + pattern);
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    const std::string& path() const { return path_; }
    std::string file(const std::string& name, mode_t mode) const {
        const std::string p = path_ + "/" + name;
        std::ofstream(p) << "#!/bin/false\n";
        chmod(p.c_str(), mode);
        return p;
    }

private:
    std::string path_;
};

}  // namespace

TEST_CASE("what a worker is told arrives exactly: every step kind, the tick rate to the last bit", "[spawn]") {
    WorkerCommand c;
    c.experiment = make_experiment("mixed:3ms/7msx2", 9, RunModel::ProcessPool, 3, false, 1'234'567);
    c.experiment.crash_task = 4;
    c.experiment.workload.steps.push_back({StepKind::FileBytes, 65536, 0});
    c.experiment.workload.steps.push_back({StepKind::FileDuration, 5'000'000, 0});
    c.experiment.workload.steps.push_back({StepKind::Net, 20, 10'000'000});
    c.lane = 2;
    c.ticks_per_ms = 1.0 / 3.0 * 1234.5;  // no short decimal form
    c.ticks_per_observation = 41;
    c.temp_dir = "/tmp/a folder=with/odd name";
    c.echo_port = 40123;
    c.spawn_requested_ns = 987'654'321'012;
    c.parent_pid = 4711;
    const auto args = worker_arguments(c);
    const auto parsed = parse_worker_arguments(views(args));
    INFO(parsed.error());
    REQUIRE(parsed);
    CHECK(parsed.value() == c);
}

TEST_CASE("a worker refuses arguments it does not understand, naming them", "[spawn]") {
    WorkerCommand c;
    c.experiment = make_experiment("cpu:1ms", 2, RunModel::Processes);
    c.parent_pid = 1;
    auto args = worker_arguments(c);
    SECTION("unknown") {
        args.push_back("colour=blue");
        CHECK_THAT(parse_worker_arguments(views(args)).error(), Catch::Contains("colour=blue"));
    }
    SECTION("bad value") {
        args[0] = "lane=two";
        CHECK_THAT(parse_worker_arguments(views(args)).error(), Catch::Contains("lane=two"));
    }
    SECTION("missing") {
        args.erase(args.begin() + 1);  // parent=
        CHECK_THAT(parse_worker_arguments(views(args)).error(), Catch::Contains("parent="));
    }
    SECTION("a lane the experiment does not have") {
        args[0] = "lane=2";
        CHECK_FALSE(parse_worker_arguments(views(args)));
    }
}

TEST_CASE("the worker program is looked for in the documented order", "[spawn]") {
    TempFolder bin;
    const std::string own = bin.path() + "/conclab";
    SECTION("beside the running program first") {
        const std::string beside = bin.file("conclab-worker", 0755);
        const WorkerExecutable w = locate_worker_executable(nullptr, own);
        CHECK(w.path == beside);
        CHECK_FALSE(w.error.has_value());
    }
    SECTION("a file there that may not be executed is passed over, and every place is named") {
        bin.file("conclab-worker", 0644);
        const WorkerExecutable w = locate_worker_executable(nullptr, own);
        REQUIRE(w.tried.size() == 3);
        CHECK(w.tried[0] == bin.path() + "/conclab-worker");
        CHECK(w.tried[1] == std::filesystem::path(bin.path()).parent_path().string() + "/libexec/conclab/conclab-worker");
        // The build tree's copy (the last place) is there in this test build.
        CHECK(w.path == w.tried[2]);
    }
    SECTION("an override is the only place looked at, and a wrong one is reported") {
        const std::string plain = bin.file("not-executable", 0644);
        WorkerExecutable w = locate_worker_executable(plain.c_str(), own);
        CHECK_FALSE(w.found());
        REQUIRE(w.error.has_value());
        CHECK(*w.error == Message{MessageCode::WorkerOverrideUnusable, {text_arg(plain), errno_arg(EACCES)}});
        w = locate_worker_executable(bin.path().c_str(), own);
        REQUIRE(w.error.has_value());
        CHECK(*w.error == Message{MessageCode::WorkerOverrideUnusable, {text_arg(bin.path()), errno_arg(EISDIR)}});
        const std::string good = bin.file("my-worker", 0755);
        CHECK(locate_worker_executable(good.c_str(), own).path == good);
    }
}

TEST_CASE("without a usable worker program a process run fails at once, naming the path", "[spawn][process]") {
    TempFolder folder;
    const std::string missing = folder.path() + "/no-such-worker";
    const std::string plain = folder.file("plain-file", 0644);
    const std::string path = GENERATE_COPY(missing, plain);
    ScopedEnv override_worker("CONCLAB_WORKER", path.c_str());
    const RunModel model = GENERATE(RunModel::Processes, RunModel::ProcessPool);
    RunSession session(make_experiment("cpu:50ms", 3, model, 3, true));
    session.start();
    REQUIRE(session.wait_for(std::chrono::seconds(10)));  // generous no-hang bound
    const RunResult r = session.take_result();
    CHECK(r.status == RunStatus::Failed);
    // "Process-1 could not be started: the worker program named by CONCLAB_WORKER, <path>, cannot be run: …"
    REQUIRE(r.detail.has_value());
    CHECK(r.detail->code == MessageCode::WorkerNotStartedBecause);
    CHECK_THAT(debug_text(*r.detail), Catch::Contains(path));
    REQUIRE(r.failure.has_value());
    CHECK(r.failure->pid == 0);
    CHECK(r.store().tasks().empty() == false);
    for (const TaskRecord& t : r.store().tasks()) CHECK_FALSE(t.finished);
    CHECK(child_processes().empty());
}

TEST_CASE("a worker process is conclab-worker with the run's region and none of the parent's descriptors",
          "[spawn][process]") {
    // A descriptor this process opened without O_CLOEXEC, as library code often does.
    const int leaky = open("/dev/null", O_RDONLY);
    REQUIRE(leaky >= 0);
    LiveLaneStarts live;
    RunSession session(make_experiment("io:400ms", 1, RunModel::Processes, 1, true), live.sink());
    session.start();
    const int pid = live.wait_for_pid(0, std::chrono::seconds(10));
    REQUIRE(pid > 0);
    ProcessEntry entry;
    REQUIRE(read_process_entry(pid, entry));
    CHECK(entry.name == "conclab-worker");  // a fresh program, not a copy of this one
    CHECK(entry.ppid == getpid());
    std::set<int> fds;
    for (const std::string& name : folder_entries("/proc/" + std::to_string(pid) + "/fd")) fds.insert(std::stoi(name));
    char target[256] = {};
    CHECK(readlink(("/proc/" + std::to_string(pid) + "/fd/" + std::to_string(kWorkerRegionFd)).c_str(), target,
                   sizeof target - 1) > 0);
    CHECK_THAT(std::string(target), Catch::Contains("memfd:conclab-run"));
    CHECK(fds.count(leaky) == (leaky <= kWorkerRegionFd ? 1u : 0u));  // above the region: closed
    session.request_stop();
    REQUIRE(session.wait_for(std::chrono::seconds(10)));
    close(leaky);
    CHECK(child_processes().empty());
}

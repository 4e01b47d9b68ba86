// A class presses Stop at any moment, again and again, under every run model and workload: each
// run ends, keeps what it recorded, and leaves nothing behind (no process, no descriptor, no
// listening socket, no temporary file, no shared-memory segment).
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <optional>
#include <random>
#include <thread>

#include "../../support/scoped_env.h"
#include "../../support/process_table.h"
#include "run_helpers.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

// Points TMPDIR at a private folder for the test's lifetime, so whatever a run forgets to remove
// is found there (and nothing of other programs is).
class PrivateTmpdir {
public:
    PrivateTmpdir() : path_(make_folder()), tmpdir_("TMPDIR", path_.c_str()) {}
    ~PrivateTmpdir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    PrivateTmpdir(const PrivateTmpdir&) = delete;
    PrivateTmpdir& operator=(const PrivateTmpdir&) = delete;
    const std::string& path() const { return path_; }

private:
    static std::string make_folder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "conclab-storm-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create " + pattern);
        return pattern;
    }

    std::string path_;
    conclab::testing::ScopedEnv tmpdir_;
};

// True once `condition` holds, giving the kernel up to a second to finish tearing down what the
// run has already let go of; false if it never does.
template <class F>
bool settles(F condition) {
    for (int i = 0; i < 1000 && !condition(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return condition();
}

// Each long enough that the stop, not the end of the work, ends the run.
const char* const kWorkloads[] = {"cpu:400ms", "io:400ms", "file:400ms", "net:40@10ms", "mixed:10ms/20msx15"};

}  // namespace

TEST_CASE("200 stops at random moments under every model and workload leave nothing behind", "[stop][storm]") {
    constexpr int kCycles = 200;
    const unsigned seed = Catch::rngSeed() != 0 ? Catch::rngSeed() : std::random_device{}();
    INFO("seed " << seed << " (repeat with --rng-seed " << seed << ")");
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> stop_after_us(0, 100'000);

    PrivateTmpdir tmp;
    (void)cpu_ticks_per_ms();  // calibration is once per program, not part of any run
    // One short run of each model first: what the runtime sets up once per program (thread
    // stacks cached by libc, ...) is not a leak of the runs that follow.
    for (RunModel model : kAllRunModels) run_to_end(make_experiment("net:1", 2, model, 2, true));
    const auto fds_before = open_descriptors();
    const int threads_before = thread_count();
    const auto shm_before = folder_entries("/dev/shm");

    int stopped = 0, completed = 0;
    for (int cycle = 0; cycle < kCycles; ++cycle) {
        const RunModel model = kAllRunModels[cycle % std::size(kAllRunModels)];
        const char* workload = kWorkloads[(cycle / std::size(kAllRunModels)) % std::size(kWorkloads)];
        const bool gil = (cycle / 30) % 2 == 0;
        const auto stop_after = std::chrono::microseconds(stop_after_us(rng));
        INFO("cycle " << cycle << ": " << workload << " under " << run_model_name(model) << (gil ? " with" : " without")
                      << " GIL, stopped " << stop_after.count() << " us after start");

        LiveLaneStarts live;
        RunSession session(make_experiment(workload, 3, model, 2, gil), live.sink());
        session.start();
        std::this_thread::sleep_for(stop_after);  // the moment the teacher presses Stop
        const auto drawn_before_stop = live.started();
        session.request_stop();
        REQUIRE(session.wait_for(std::chrono::seconds(5)));  // a stuck run fails here, not by timeout
        const RunResult r = session.take_result();

        REQUIRE((r.status == RunStatus::Stopped || r.status == RunStatus::Completed));
        (r.status == RunStatus::Stopped ? stopped : completed)++;
        if (r.status == RunStatus::Stopped) CHECK((r.detail && r.detail->code == MessageCode::RunStopped));
        CHECK(r.store().finished());
        // What was on screen before Stop is still in the result, and every worker that started is
        // shown as ended (by itself, or closed by the parent when it had to be killed).
        for (const auto& [lane, pid] : drawn_before_stop) CHECK(r.store().lane_totals(lane).begun);
        for (std::uint32_t lane = 0; lane < r.store().layout().lanes.size(); ++lane)
            if (r.store().lane_totals(lane).begun) CHECK(r.store().lane_totals(lane).ended);

        // Nothing left behind, checked after every cycle (each check is a few /proc reads).
        const auto children = child_processes();
        INFO("child processes left:\n" << describe(children));
        REQUIRE(children.empty());
        // A joined thread can still be listed for a moment while the kernel finishes its exit.
        REQUIRE(settles([&] { return thread_count() == threads_before; }));
        REQUIRE(open_descriptors() == fds_before);  // sockets (the echo server's listener), files, pipes
        REQUIRE(folder_entries(tmp.path()).empty());
        REQUIRE(folder_entries("/dev/shm") == shm_before);
    }
    INFO(stopped << " runs stopped, " << completed << " completed before the stop");
    CHECK(stopped > kCycles / 2);  // the storm really stopped runs mid-way
}

TEST_CASE("a stop requested before the run starts ends it as soon as it starts", "[stop]") {
    // Ctrl+C can come while the first run is still being set up (calibration, forking).
    const RunModel model = GENERATE(RunModel::Threads, RunModel::Processes, RunModel::Async);
    INFO(run_model_name(model));
    RunSession session(make_experiment("cpu:5s", 2, model, 2, true));
    session.request_stop();
    session.start();
    REQUIRE(session.wait_for(std::chrono::seconds(2)));  // not the 5 s of work
    const RunResult r = session.take_result();
    CHECK(r.status == RunStatus::Stopped);
    CHECK(child_processes().empty());
}

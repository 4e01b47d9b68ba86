// The command line as a user meets it: documented options, one clear line and status 2 for bad
// input, no partial files, summaries and tables that state what was measured.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support/scoped_env.h"
#include "process_runner.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace conclab::testing;
namespace fs = std::filesystem;

namespace {



}  // namespace

TEST_CASE("bad input gets one clear line on stderr, exit status 2 and no output file", "[cli]") {
    PrivateTempDir dir;
    const std::string trace = dir.path() + "/t.json";
    struct Case {
        std::vector<std::string> args;
        std::string mentions;
    };
    const std::vector<Case> cases = {
        {{"run", "--model", "fibers"}, "fibers"},
        {{"run", "--workers", "0", "--model", "thread-pool"}, "workers"},
        {{"run", "--workers", "0"}, "workers"},
        {{"run", "--workload", "cpu:-5ms"}, "-5ms"},
        {{"run", "--workload", "cpu:fast"}, "fast"},
        {{"run", "--workload", "gpu:5ms"}, "gpu"},
        {{"run", "--tasks", "1000001"}, "100000"},
        {{"run", "--tasks", "-3"}, "-3"},
        {{"run", "--switch-interval", "0ms"}, "switch"},
        {{"run", "--model", "processes", "--tasks", "65"}, "64"},
        {{"run", "--no-such-option"}, "no-such-option"},
        {{"run", "--trace", dir.path() + "/missing-folder/t.json"}, "missing-folder"},
        {{"compare", "--workers", "0"}, "workers"},
        {{"teleport"}, "teleport"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args = c.args;
        if (args[0] == "run" && std::find(args.begin(), args.end(), "--trace") == args.end()) {
            args.push_back("--trace");
            args.push_back(trace);
        }
        const CommandResult r = run_conclab(args);
        INFO("conclab " << args[0] << " " << (args.size() > 1 ? args[1] : "") << " → " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(line_count(r.err) == 1);
        CHECK_THAT(r.err, Catch::StartsWith("conclab: ") && Catch::Contains(c.mentions));
        CHECK(r.out.empty());
        CHECK_FALSE(fs::exists(trace));
    }
    CHECK(fs::is_empty(dir.path()));  // not even a temporary file was left behind
}

TEST_CASE("--help documents every option with its default", "[cli]") {
    for (const char* command : {"run", "compare"}) {
        const CommandResult r = run_conclab({command, "--help"});
        INFO(command);
        CHECK(r.exit_code == 0);
        CHECK_THAT(r.out, Catch::StartsWith(std::string("Usage: conclab ") + command + " [options]"));
        for (const char* option : {"--workload", "--tasks", "--workers", "--switch-interval", "--trace", "--csv"})
            CHECK_THAT(r.out, Catch::Contains(option));
        CHECK_THAT(r.out, Catch::Contains("Default: cpu:50ms") && Catch::Contains("Default: 4") &&
                              Catch::Contains("Default: 5ms"));
    }
    CHECK_THAT(run_conclab({"run", "--help"}).out, Catch::Contains("--model") && Catch::Contains("--no-gil"));
}

TEST_CASE("run prints a summary and writes a trace and a CSV", "[cli]") {
    PrivateTempDir dir;
    const std::string trace = dir.path() + "/gil.json", csv = dir.path() + "/run.csv";
    const CommandResult r = run_conclab({"run", "--workload", "cpu:20ms", "--tasks", "2", "--model", "threads",
                                         "--gil", "--trace", trace, "--csv", csv});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("Wall time") && Catch::Contains("GIL hand-offs") && Catch::Contains("completed"));
    const std::string json = read_file(trace);
    CHECK_THAT(json, Catch::StartsWith("{") && Catch::Contains("\"traceEvents\"") && Catch::Contains("Thread-1"));
    const std::string table = read_file(csv);
    CHECK(line_count(table) == 2);
    CHECK_THAT(table, Catch::StartsWith("model,gil,workers"));
}

TEST_CASE("compare runs every model and prints one row each", "[cli]") {
    PrivateTempDir dir;
    const std::string csv = dir.path() + "/cmp.csv";
    const CommandResult r = run_conclab({"compare", "--workload", "cpu:10ms", "--tasks", "2", "--workers", "2", "--csv", csv});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    for (const char* model : {"sequential", "threads", "thread-pool", "processes", "process-pool", "async"})
        CHECK_THAT(r.out, Catch::Contains(model));
    CHECK(line_count(read_file(csv)) == 8);  // header + 7 runs (threads with and without GIL)
}

TEST_CASE("a crashing worker process makes the run fail with exit status 1 and a clear line", "[cli][crash]") {
    const CommandResult r = run_conclab({"run", "--workload", "cpu:10ms", "--tasks", "3", "--model", "processes",
                                         "--crash-task", "1"});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("Process-2") && Catch::Contains("SIGABRT"));
}

TEST_CASE("without a display the window is not attempted and one line says what to use instead", "[cli]") {
    // The test environment sets QT_QPA_PLATFORM; a user's SSH session has none of these.
    CommandResult r;
    {
        const ScopedEnv no_display("DISPLAY", nullptr);
        const ScopedEnv no_wayland("WAYLAND_DISPLAY", nullptr);
        const ScopedEnv no_platform("QT_QPA_PLATFORM", nullptr);
        r = run_conclab({});
    }
#ifdef CONCLAB_WITH_UI
    CHECK(r.exit_code == 2);
    CHECK(line_count(r.err) == 1);
    CHECK_THAT(r.err, Catch::Contains("no display") && Catch::Contains("conclab shot"));
#else
    // A build without the window (sanitizer presets) lists its commands instead.
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("conclab run") && Catch::Contains("conclab compare"));
#endif
}

TEST_CASE("a run the machine will not start fails with the reason, exit status 1, no crash", "[cli]") {
    // File workloads need a private temporary folder; TMPDIR pointing nowhere refuses it.
    CommandResult r;
    {
        const ScopedEnv tmpdir("TMPDIR", "/nonexistent-conclab-tmp");
        r = run_conclab({"run", "--workload", "file:1KiB", "--tasks", "1"});
    }
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("could not start") && Catch::Contains("/nonexistent-conclab-tmp"));
}

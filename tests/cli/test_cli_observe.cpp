// `conclab observe` and `conclab compare --real` as a user meets them: the program's output passed
// through, a summary of what was measured, the files written, the exit status of each ending,
// one clear line for a program that cannot be run, and nothing left running after Ctrl+C.
#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../engine/data/mini_json.h"
#include "../support/process_table.h"
#include "process_runner.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace conclab::testing;
namespace fs = std::filesystem;

namespace {


bool has_python() { return ::access("/usr/bin/python3", X_OK) == 0; }

std::string scripts() { return std::string(CONCLAB_PYTHON_SCRIPTS); }

}  // namespace

TEST_CASE("observe passes the program's output through and sums up what it measured", "[cli][observe]") {
    const CommandResult r = run_conclab({"observe", "--", "/bin/sh", "-c", "echo hello; echo oops >&2"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("hello\n") != std::string::npos);
    CHECK(r.err.find("oops\n") != std::string::npos);
    CHECK(r.out.find("Observed: /bin/sh -c") != std::string::npos);
    CHECK(r.out.find("Wall time") != std::string::npos);
    CHECK(r.out.find("not Python") != std::string::npos);

    const CommandResult quiet = run_conclab({"observe", "--quiet", "--", "/bin/echo", "hello"});
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.rfind("Observed: /bin/echo hello\n", 0) == 0);  // the summary comes first: no "hello" before it
}

TEST_CASE("observe refuses what it cannot run with one line and status 2, and writes nothing", "[cli][observe]") {
    PrivateTempDir dir;
    const std::string trace = dir.path() + "/t.json";
    struct Case {
        std::vector<std::string> args;
        std::string mentions;
    };
    const std::vector<Case> cases = {
        {{"observe", "--trace", trace}, "--"},
        {{"observe", "--trace", trace, "--"}, "program"},
        {{"observe", "--trace", trace, "--", "/no/such/program"}, "/no/such/program"},
        {{"observe", "--trace", trace, "--", "no-such-program-conclab"}, "no such program"},
        {{"observe", "--trace", trace, "--", dir.path()}, "not a program this system can run"},
        {{"observe", "--trace", trace, "--time-limit", "soon", "--", "/bin/true"}, "soon"},
        {{"observe", "--trace", trace, "--time-limit", "0ms", "--", "/bin/true"}, "time-limit"},
        {{"observe", "--trace", dir.path() + "/missing/t.json", "--", "/bin/true"}, "missing"},
    };
    for (const Case& c : cases) {
        const CommandResult r = run_conclab(c.args);
        INFO(c.args.back() << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(c.mentions) != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK_FALSE(fs::exists(trace));
    }
}

TEST_CASE("observe writes the trace and the CSV row of the observed run", "[cli][observe]") {
    PrivateTempDir dir;
    const std::string trace = dir.path() + "/real.json";
    const std::string csv = dir.path() + "/real.csv";
    const CommandResult r = run_conclab({"observe", "--trace", trace, "--csv", csv, "--", "/bin/sh", "-c", "sleep 0.1 & wait"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string text = read_file(trace);
    conclab::test::JsonParser parser(text);
    const auto json = parser.parse();
    INFO(parser.error());
    REQUIRE(json);
    const std::string table = read_file(csv);
    CHECK(table.find("observed") != std::string::npos);
    CHECK(table.find("/bin/sh -c sleep 0.1 & wait") != std::string::npos);
}

TEST_CASE("observe's exit status says how the program ended", "[cli][observe]") {
    const CommandResult failed = run_conclab({"observe", "--", "/bin/sh", "-c", "exit 3"});
    CHECK(failed.exit_code == 1);
    CHECK(failed.err.find("exited with status 3") != std::string::npos);

    const CommandResult limited = run_conclab({"observe", "--time-limit", "300ms", "--", "/bin/sleep", "30"});
    CHECK(limited.exit_code == 1);
    CHECK(limited.out.find("time limit") != std::string::npos);
}

TEST_CASE("Ctrl+C during observe stops the program and everything it started, status 130", "[cli][observe][stop]") {
    ConclabProcess observe({"observe", "--", "/bin/sh", "-c", "sleep 30 & sleep 30 & wait"}, ConclabProcess::Group::OwnGroup);
    std::vector<ProcessEntry> program;
    for (int i = 0; i < 1000 && program.empty(); ++i) {  // no-hang bound: 10 s for the program to start
        program = child_processes(observe.pid());
        if (program.empty()) usleep(10'000);
    }
    REQUIRE(program.size() == 1);
    std::vector<ProcessEntry> sleeps;
    for (int i = 0; i < 1000 && sleeps.size() < 2; ++i) {
        sleeps = child_processes(program.front().pid);
        if (sleeps.size() < 2) usleep(10'000);
    }
    REQUIRE(sleeps.size() == 2);
    kill(observe.pid(), SIGINT);
    const CommandResult r = observe.finish();
    INFO(r.err);
    CHECK(r.exit_code == 130);
    CHECK(r.out.find("stopped") != std::string::npos);
    CHECK(kill(program.front().pid, 0) != 0);
    for (const ProcessEntry& s : sleeps) {
        ProcessEntry e;  // an orphan is reaped by init: gone, or a zombie for a moment
        CHECK((!read_process_entry(s.pid, e) || e.state == 'Z'));
    }
}

TEST_CASE("compare --real adds CPython's rows doing the same work, or says why it cannot", "[cli][observe]") {
    const CommandResult no_python =
        run_conclab({"compare", "--workload", "cpu:10ms", "--tasks", "2", "--real", "--python", "/no/python3"});
    CHECK(no_python.exit_code == 2);
    CHECK(no_python.err.find("--real needs Python") != std::string::npos);
    const CommandResult file_work = run_conclab({"compare", "--workload", "file:64KiB", "--tasks", "2", "--real", "--python", "/bin/true"});
    CHECK(file_work.exit_code == 2);
    CHECK(file_work.err.find("file I/O") != std::string::npos);
    if (!has_python()) {
        WARN("skipped the real rows: no /usr/bin/python3 on this machine");
        return;
    }
    const CommandResult r = run_conclab({"compare", "--workload", "cpu:20ms", "--tasks", "2", "--workers", "2", "--real",
                                         "--python", "/usr/bin/python3"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    for (const char* model : {"py sequential", "py threads", "py thread-pool", "py processes", "py process-pool", "py async"})
        CHECK(r.out.find(model) != std::string::npos);
}

#ifdef CONCLAB_WITH_UI
TEST_CASE("observe --shot saves the observed timeline as a picture without a display", "[cli][observe][gui]") {
    PrivateTempDir dir;
    const std::string picture = dir.path() + "/real.png";
    const CommandResult r = run_conclab({"observe", "--shot", picture, "--", "/bin/sh", "-c", "sleep 0.1"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    const std::string png = read_file(picture);
    REQUIRE(png.size() > 8);
    CHECK(png.substr(1, 3) == "PNG");
    const CommandResult bad = run_conclab({"observe", "--shot", dir.path() + "/real.gif", "--", "/bin/true"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find(".png") != std::string::npos);
}
#endif

TEST_CASE("observe's summary of a program that is not Python gives no GIL figures, and folds many helpers", "[cli][observe]") {
    // No GIL was read: no "0 hand-offs" or "0 % GIL wait" that would read as measured.
    const CommandResult plain = run_conclab({"observe", "--quiet", "--", "/bin/sleep", "0.1"});
    INFO(plain.out << plain.err);
    REQUIRE(plain.exit_code == 0);
    CHECK(plain.out.find("counted by CPython") == std::string::npos);
    CHECK(plain.out.find("GIL wait share") == std::string::npos);
    CHECK(plain.out.find("none read") != std::string::npos);
    CHECK(plain.out.find("Other programs") != std::string::npos);  // what the rest of the machine took
    // A launcher's many short helpers (pyenv's shim runs ~40) are one line per name, counted.
    const CommandResult many = run_conclab(
        {"observe", "--quiet", "--", "/bin/sh", "-c", "i=0; while [ $i -lt 20 ]; do /bin/sleep 0.05; i=$((i+1)); done"});
    INFO(many.out);
    REQUIRE(many.exit_code == 0);
    CHECK(many.out.find("  pid ") != std::string::npos);  // the program itself, alone
    CHECK(many.out.find("more processes, not Python: sleep ×") != std::string::npos);
}

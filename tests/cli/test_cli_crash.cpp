// `conclab run` when its run is cut short from outside: a worker process killed with SIGKILL
// fails the run (exit status 1, one line naming worker, signal and time, the trace still written);
// SIGTERM or Ctrl+C stops it (exit status 130, marked stopped, written). Either way no worker
// process outlives the command.
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <iterator>
#include <thread>

#include "../engine/data/mini_json.h"
#include "../support/process_table.h"
#include "process_runner.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace conclab::testing;
using conclab::test::JsonParser;
using conclab::test::JsonValue;

namespace {

// Worker processes that lose their parent are handed to the nearest "subreaper": making this
// test one means an orphaned worker shows up as our child instead of vanishing under init.
void adopt_orphans() { prctl(PR_SET_CHILD_SUBREAPER, 1); }

template <class F>
bool eventually(F condition, std::chrono::milliseconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

// The worker processes of a running conclab, once `count` of them have been forked.
std::vector<ProcessEntry> wait_for_workers(pid_t conclab, std::size_t count) {
    std::vector<ProcessEntry> workers;
    eventually([&] { return (workers = child_processes(conclab)).size() >= count; }, std::chrono::seconds(10));
    return workers;
}

// The trace file's process names -> how many slices ("X" events) each holds.
std::map<std::string, int> slices_per_process(const std::string& trace_path) {
    std::ifstream in(trace_path);
    auto doc = JsonParser(std::string(std::istreambuf_iterator<char>(in), {})).parse();
    REQUIRE(doc.has_value());
    std::map<int, std::string> names;
    std::map<int, int> slices;
    for (const JsonValue& e : (*doc)["traceEvents"].array) {
        const int pid = static_cast<int>(e["pid"].number);
        if (e["ph"].string == "M" && e["name"].string == "process_name") names[pid] = e["args"]["name"].string;
        if (e["ph"].string == "X") ++slices[pid];
    }
    std::map<std::string, int> out;
    for (const auto& [pid, name] : names) out[name] = slices[pid];
    return out;
}


}  // namespace

TEST_CASE("a worker process killed with SIGKILL fails the run: status 1, one line naming it, trace written",
          "[cli][crash]") {
    adopt_orphans();
    PrivateTempDir dir;
    const std::string trace = dir.path() + "/crash.json";
    ConclabProcess conclab({"run", "--workload", "io:800ms", "--tasks", "3", "--model", "processes", "--trace", trace});
    const auto workers = wait_for_workers(conclab.pid(), 3);
    REQUIRE(workers.size() == 3);
    const int victim = workers[1].pid;
    REQUIRE(kill(victim, SIGKILL) == 0);
    const auto asked = std::chrono::steady_clock::now();
    const CommandResult r = conclab.finish();
    const auto took = std::chrono::steady_clock::now() - asked;
    INFO("stdout:\n" << r.out << "stderr:\n" << r.err);

    CHECK(r.exit_code == 1);
    CHECK(took < std::chrono::seconds(5));  // the others' 800 ms, not a wait for the dead one
    CHECK(line_count(r.err) == 1);
    const std::regex line("conclab: run failed: (Process-[123]) \\(pid " + std::to_string(victim) +
                          "\\) killed by SIGKILL at \\d+\\.\\d{3} s\n");
    std::smatch m;
    REQUIRE(std::regex_match(r.err, m, line));
    CHECK_THAT(r.out, Catch::Contains("failed"));

    // The trace is written, marked failed, with every worker; the others' slices are all there
    // (the dead one has what it recorded before it died: nothing, if killed before its first event).
    const auto processes = slices_per_process(trace);
    const std::string dead = m[1];
    for (const std::string worker : {"Process-1", "Process-2", "Process-3"}) {
        INFO(worker);
        // "processes · GIL on · failed · Process-2 (pid 4711)", without the pid if it never began.
        const std::string label = " \u00b7 failed \u00b7 " + worker;
        const auto it = std::find_if(processes.begin(), processes.end(), [&](const auto& p) {
            const std::string& name = p.first;
            const auto at = name.find(label);
            if (at == std::string::npos) return false;
            const std::string rest = name.substr(at + label.size());
            return rest.empty() || rest.rfind(" (pid ", 0) == 0;
        });
        REQUIRE(it != processes.end());
        if (worker != dead) CHECK(it->second > 0);
    }
    CHECK(eventually([] { return child_processes().empty(); }, std::chrono::seconds(5)));
}

TEST_CASE("SIGTERM or Ctrl+C mid-run stops it: status 130, marked stopped, trace written, no worker left",
          "[cli][stop]") {
    adopt_orphans();
    struct Interrupt {
        int signal;
        bool whole_group;  // a terminal's Ctrl+C and timeout(1) signal the whole job, workers included
        const char* label;
    };
    const Interrupt how = GENERATE(Interrupt{SIGTERM, false, "SIGTERM to conclab"},
                                   Interrupt{SIGTERM, true, "SIGTERM to its process group"},
                                   Interrupt{SIGINT, true, "Ctrl+C (SIGINT to its process group)"});
    INFO(how.label);
    PrivateTempDir dir;
    const std::string trace = dir.path() + "/stopped.json";
    ConclabProcess conclab({"run", "--workload", "cpu:20s", "--tasks", "2", "--model", "processes", "--trace", trace},
                           ConclabProcess::Group::OwnGroup);
    const auto workers = wait_for_workers(conclab.pid(), 2);
    REQUIRE(workers.size() == 2);
    // Stop once the workers are computing, so there is something recorded to keep.
    REQUIRE(eventually(
        [&] {
            const auto now = child_processes(conclab.pid());
            return now.size() == 2 && now[0].cpu_ticks > 0 && now[1].cpu_ticks > 0;
        },
        std::chrono::seconds(10)));
    REQUIRE(kill(how.whole_group ? -conclab.pid() : conclab.pid(), how.signal) == 0);
    const auto asked = std::chrono::steady_clock::now();
    const CommandResult r = conclab.finish();
    const auto took = std::chrono::steady_clock::now() - asked;
    INFO("stdout:\n" << r.out << "stderr:\n" << r.err);

    CHECK(r.exit_code == 130);
    CHECK(took < std::chrono::seconds(5));
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::Contains("stopped"));
    const auto processes = slices_per_process(trace);
    int slices = 0;
    for (const auto& [name, count] : processes) {
        CHECK_THAT(name, Catch::Contains("\u00b7 stopped"));
        slices += count;
    }
    CHECK(slices > 0);
    for (const ProcessEntry& w : workers) CHECK_FALSE(std::filesystem::exists("/proc/" + std::to_string(w.pid)));
    const bool none_left = eventually([] { return child_processes().empty(); }, std::chrono::seconds(5));
    INFO("left behind:\n" << describe(child_processes()));
    CHECK(none_left);
}

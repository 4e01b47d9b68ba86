// Real CPython programs observed end to end: the GIL row read from the interpreter's memory
// agrees with what the lanes show from /proc, and the pictures tell the lesson's story.
// Each test passes (saying so) where python3 is missing.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>

#include "observe_test_support.h"
#include "support/process_table.h"

using namespace conclab;
using namespace conclab::observe;
using namespace conclab::observe::testing;

namespace {

double switch_interval_ms(const ObservedRun& run) {
    static const std::regex re("switch interval ([0-9.]+) ms");
    std::smatch m;
    const std::string text = output_text(run);
    return std::regex_search(text, m, re) ? std::stod(m[1].str()) : 0.0;
}

std::int64_t cpu_ns(const ExitInfo& exit) {
    auto ns = [](const timeval& tv) { return static_cast<std::int64_t>(tv.tv_sec) * 1'000'000'000 + tv.tv_usec * 1000; };
    return ns(exit.usage.ru_utime) + ns(exit.usage.ru_stime);
}

// Time lane `lane` was drawn Waiting for the GIL while the GIL row said it held the GIL.
std::int64_t waiting_while_holding(const TimelineStore& timeline, std::uint32_t group) {
    std::int64_t total = 0;
    const SegmentSeq& gil = timeline.segments(RowRef{RowKind::Gil, group});
    for (std::size_t i = 0; i < gil.size(); ++i) {
        const SegmentSeq& lane = timeline.segments(RowRef{RowKind::Lane, gil[i].lane});
        for (std::size_t j = 0; j < lane.size(); ++j) {
            if (lane[j].state() != LaneState::WaitingGil) continue;
            const std::int64_t from = std::max(lane[j].start_ns, gil[i].start_ns);
            const std::int64_t to = std::min(lane[j].end_ns, gil[i].end_ns);
            if (to > from) total += to - from;
        }
    }
    return total;
}

std::int64_t gil_held_ns(const TimelineStore& timeline, std::uint32_t group) {
    std::int64_t total = 0;
    const SegmentSeq& gil = timeline.segments(RowRef{RowKind::Gil, group});
    for (std::size_t i = 0; i < gil.size(); ++i) total += gil[i].duration_ns();
    return total;
}

void require_nothing_left() {
    const auto children = conclab::testing::child_processes();
    INFO(conclab::testing::describe(children));
    CHECK(children.empty());
}

}  // namespace

TEST_CASE("CPU-bound threads under CPython's GIL: one holder at a time, holds near the switch interval, Running adds up to the CPU time") {
    const auto pythons = main_interpreters();
    if (pythons.empty()) {
        WARN("skipped: no python3 on this machine");
        return;
    }
    for (const Interpreter& py : pythons) {
        const ObservedRun run = observe_command({py.command, script("cpu_bound.py"), "--model", "threads", "--tasks", "2", "--size", "150ms"});
        INFO(py.label << ": " << run.detail << "\n" << output_text(run));
        REQUIRE(run.status == RunStatus::Completed);
        // The program's own process, which is Python once a launcher script (pyenv's shim, whose
        // helper processes are observed too) has exec'd the interpreter.
        const ObservedProcess& proc = run.program.processes.front();
        INFO("GIL access: " << gil_access_name(proc.python.access) << " " << proc.python.version.major << "."
                            << proc.python.version.minor << " in " << proc.python.binary);
        REQUIRE(proc.python.access == GilAccess::Readable);
        const TimelineStore& timeline = run.store();
        CHECK(timeline.layout().groups[proc.group].gil);
        const std::vector<std::uint32_t> lanes = lanes_of_group(timeline, proc.group);
        REQUIRE(lanes.size() >= 3);  // the main thread and the two workers

        // One holder at a time: the row's bars never overlap, each names a thread of the process,
        // and the thread the interpreter names as holder is not asleep on the GIL at that moment
        // (beyond what sampling two sources at different times can blur).
        const SegmentSeq& gil = timeline.segments(RowRef{RowKind::Gil, proc.group});
        REQUIRE(gil.size() >= 10);
        for (std::size_t i = 0; i < gil.size(); ++i) {
            CHECK(std::find(lanes.begin(), lanes.end(), gil[i].lane) != lanes.end());
            if (i > 0) CHECK(gil[i].start_ns >= gil[i - 1].end_ns);
        }
        const std::int64_t held = gil_held_ns(timeline, proc.group);
        CHECK(waiting_while_holding(timeline, proc.group) < held / 5);

        // The two workers take turns. CPython's own switch counter saw at least the hand-offs the
        // row shows, and the row missed few of them (a hold shorter than the GIL sampling
        // interval can fall between two samples).
        CHECK(timeline.handoff_count() >= 10);
        CHECK(proc.gil_switches >= static_cast<std::uint64_t>(timeline.handoff_count()));
        CHECK(static_cast<std::uint64_t>(timeline.handoff_count()) * 2 >= proc.gil_switches);
        // The median hold is near sys.getswitchinterval(). Generous bounds: a hold ends only once
        // the waiting thread gets a core to ask for the GIL, so on a busy machine (other programs,
        // two CPU-bound threads on two cores) holds stretch to several scheduler ticks.
        const double interval_ms = switch_interval_ms(run);
        REQUIRE(interval_ms > 0);
        std::vector<std::int64_t> holds = gil_holds(timeline, proc.group);
        std::nth_element(holds.begin(), holds.begin() + static_cast<std::ptrdiff_t>(holds.size() / 2), holds.end());
        const double median_ms = static_cast<double>(holds[holds.size() / 2]) / 1e6;
        INFO("median GIL hold " << median_ms << " ms, switch interval " << interval_ms << " ms, " << holds.size()
                                << " holds; hand-offs seen " << timeline.handoff_count() << ", CPython counted "
                                << proc.gil_switches);
        CHECK(median_ms > interval_ms * 0.5);
        CHECK(median_ms < interval_ms * 10);

        // The lanes' Running time is the process's CPU time within 10 %: its own, read by the
        // kernel's accounting of the exited process (a launcher's helpers it waited for are in
        // its rusage; then only a process without them can be checked against that too).
        std::int64_t running = 0;
        for (const std::uint32_t lane : lanes) running += state_ns(timeline, lane, LaneState::Running);
        const std::int64_t cpu = proc.cpu_ns;
        REQUIRE(run.program.exit);
        if (run.program.processes.size() == 1) {
            const std::int64_t rusage = cpu_ns(*run.program.exit);
            INFO("rusage CPU " << rusage / 1e6 << " ms");
            CHECK(std::abs(static_cast<double>(rusage - cpu)) < 0.05 * static_cast<double>(rusage) + 20e6);
        }
        INFO("lanes Running " << running / 1e6 << " ms, process CPU " << cpu / 1e6 << " ms");
        CHECK(static_cast<double>(running) > 0.9 * static_cast<double>(cpu));
        CHECK(static_cast<double>(running) < 1.1 * static_cast<double>(cpu));
    }
    require_nothing_left();
}

TEST_CASE("the same work in processes: each has its own GIL, and lanes of two processes run at the same time") {
    const auto pythons = main_interpreters();
    if (pythons.empty()) {
        WARN("skipped: no python3 on this machine");
        return;
    }
    const ObservedRun run = observe_command({pythons.front().command, script("cpu_bound.py"), "--model", "processes",
                                             "--tasks", "2", "--size", "200ms"});
    INFO(run.detail << "\n" << output_text(run));
    REQUIRE(run.status == RunStatus::Completed);
    REQUIRE(run.program.processes.size() >= 3);  // the program and its two workers
    const TimelineStore& timeline = run.store();
    // Per worker process, when any of its lanes was Running; then the time two processes overlap.
    std::map<std::int64_t, int> delta;
    int workers = 0;
    for (std::size_t i = 1; i < run.program.processes.size(); ++i) {
        const ObservedProcess& proc = run.program.processes[i];
        // Workers are Python processes the program started (a launcher's helpers are not Python).
        if (proc.ppid != run.program.processes.front().pid || proc.python.access == GilAccess::NotPython) continue;
        CHECK(proc.python.access == GilAccess::Readable);
        std::map<std::int64_t, int> own;
        for (const std::uint32_t lane : lanes_of_group(timeline, proc.group)) {
            const SegmentSeq& row = timeline.segments(RowRef{RowKind::Lane, lane});
            for (std::size_t j = 0; j < row.size(); ++j)
                if (row[j].state() == LaneState::Running) {
                    ++own[row[j].start_ns];
                    --own[row[j].end_ns];
                }
        }
        int active = 0;
        for (const auto& [t, d] : own) {
            const bool was = active > 0;
            active += d;
            if (!was && active > 0) ++delta[t];
            if (was && active == 0) --delta[t];
        }
        ++workers;
    }
    REQUIRE(workers >= 2);
    std::int64_t together = 0, since = 0;
    int active = 0;
    for (const auto& [t, d] : delta) {
        if (active >= 2) together += t - since;
        active += d;
        since = t;
    }
    INFO("two worker processes Running at once for " << together / 1e6 << " ms");
    CHECK(together > 0);
    require_nothing_left();
}

TEST_CASE("I/O-bound threads sleep together while their process's GIL row stays mostly empty") {
    const auto pythons = main_interpreters();
    if (pythons.empty()) {
        WARN("skipped: no python3 on this machine");
        return;
    }
    const ObservedRun run = observe_command({pythons.front().command, script("io_sleep.py"), "--model", "threads",
                                             "--tasks", "4", "--size", "300ms"});
    INFO(run.detail << "\n" << output_text(run));
    REQUIRE(run.status == RunStatus::Completed);
    const ObservedProcess& proc = run.program.processes.front();
    INFO("GIL access: " << gil_access_name(proc.python.access) << " (error " << proc.python.error << ")");
    REQUIRE(proc.python.access == GilAccess::Readable);
    const TimelineStore& timeline = run.store();
    std::vector<std::uint32_t> workers = lanes_of_group(timeline, proc.group);
    workers.erase(std::remove_if(workers.begin(), workers.end(),
                                 [&](std::uint32_t l) { return timeline.layout().lanes[l].tid == proc.pid; }),
                  workers.end());
    REQUIRE(workers.size() >= 4);
    // All four asleep at once for most of their 300 ms.
    const std::int64_t together = time_with_at_least(timeline, workers, LaneState::Sleeping, 4);
    INFO("four threads Sleeping together for " << together / 1e6 << " ms");
    CHECK(together > 150'000'000);
    // Meanwhile the GIL is free: while all four sleep (and the main thread waits to join them),
    // the row shows it held for a small part of that time at most.
    std::int64_t held = 0;
    const SegmentSeq& gil = timeline.segments(RowRef{RowKind::Gil, proc.group});
    for (const auto& [from, to] : stretches_with_at_least(timeline, workers, LaneState::Sleeping, 4))
        for (std::size_t i = 0; i < gil.size(); ++i)
            held += std::max<std::int64_t>(0, std::min(gil[i].end_ns, to) - std::max(gil[i].start_ns, from));
    INFO("GIL held " << held / 1e6 << " ms of the " << together / 1e6 << " ms all four threads slept");
    CHECK(held < together / 10);
    require_nothing_left();
}

TEST_CASE("every other CPython 3.11+ on this machine has a readable GIL row (3.12 from headers, 3.13+ from debug offsets)") {
    const auto others = other_interpreters();
    if (others.empty()) {
        WARN("skipped: no other CPython builds (pyenv) on this machine");
        return;
    }
    for (const Interpreter& py : others) {
        const ObservedRun run = observe_command({py.command, script("cpu_bound.py"), "--model", "threads", "--tasks", "2", "--size", "60ms"});
        INFO(py.label << ": " << run.detail << "\n" << output_text(run));
        REQUIRE(run.status == RunStatus::Completed);
        const ObservedProcess& proc = run.program.processes.front();
        const std::string version = std::to_string(proc.python.version.major) + "." + std::to_string(proc.python.version.minor);
        INFO("Python " << version << ": " << gil_access_name(proc.python.access));
        CHECK(py.command.find("/" + version) != std::string::npos);
        CHECK(proc.python.access == GilAccess::Readable);
        CHECK(run.store().handoff_count() > 0);
    }
    require_nothing_left();
}

TEST_CASE("a program that is not Python is observed the same way, without a GIL row") {
    const ObservedRun run = observe_command({"/bin/sleep", "0.3"});
    INFO(run.detail);
    REQUIRE(run.status == RunStatus::Completed);
    REQUIRE(run.program.processes.size() == 1);
    CHECK(run.program.processes.front().python.access == GilAccess::NotPython);
    CHECK_FALSE(run.store().layout().groups.front().gil);
    const std::int64_t sleeping = state_ns(run.store(), 0, LaneState::Sleeping);
    INFO("Sleeping " << sleeping / 1e6 << " ms");
    CHECK(sleeping > 200'000'000);
    require_nothing_left();
}

TEST_CASE("a thread that names itself after it started gets its lane named so; an exec renames the process") {
    // Most programs name a thread from inside it (prctl / pthread_setname_np), i.e. after the
    // observer saw it start: its lane takes the name when it is set, not only at its first sight.
    const auto interpreters = main_interpreters();
    if (interpreters.empty()) {
        WARN("no python3 on this machine: thread names set by a Python program not checked");
    } else {
        const std::string code =
            "import ctypes, threading, time\n"
            "libc = ctypes.CDLL(None)\n"
            "def work(name):\n"
            "    time.sleep(0.1)\n"  // well after the thread was first seen
            "    libc.prctl(15, name.encode(), 0, 0, 0)\n"
            "    time.sleep(0.3)\n"
            "ts = [threading.Thread(target=work, args=(f'fetcher-{i}',)) for i in range(2)]\n"
            "[t.start() for t in ts]; [t.join() for t in ts]\n";
        const ObservedRun run = observe_command({interpreters.front().command, "-c", code});
        INFO(run.detail);
        REQUIRE(run.status == RunStatus::Completed);
        std::vector<std::string> names;
        for (const LaneInfo& lane : run.store().layout().lanes) names.push_back(lane.name);
        std::string all;
        for (const std::string& n : names) all += n + "; ";
        INFO(all);
        CHECK(std::count(names.begin(), names.end(), "fetcher-0") == 1);
        CHECK(std::count(names.begin(), names.end(), "fetcher-1") == 1);
    }
    // A process that execs another program is named after the program it runs now.
    const ObservedRun run = observe_command({"/bin/sh", "-c", "/bin/sleep 0.1; exec /bin/sleep 0.3"});
    REQUIRE(run.status == RunStatus::Completed);
    const auto& groups = run.store().layout().groups;
    REQUIRE_FALSE(groups.empty());
    CHECK(groups.front().name == "sleep");
    CHECK(run.program.processes.front().name == "sleep");
    require_nothing_left();
}

TEST_CASE("an observed run measures what other programs took of its CPUs, as a simulated run does") {
    // Another program (not the observed one) keeps a CPU busy the whole time: the observed run
    // says so (its figure, the core rows' Other work), as a simulated run would.
    const pid_t busy = ::fork();
    REQUIRE(busy >= 0);
    if (busy == 0) {
        volatile std::uint64_t spin = 0;
        for (;;) spin = spin + 1;  // until the test kills it
    }
    const ObservedRun run = observe_command({"/bin/sleep", "0.6"});
    ::kill(busy, SIGKILL);
    ::waitpid(busy, nullptr, 0);
    REQUIRE(run.status == RunStatus::Completed);
    const RunMetrics& m = run.result.metrics;
    REQUIRE(m.machine.measured);
    INFO("other programs' share " << m.machine.other_share() << " of " << m.cores << " CPUs");
    // One CPU of the run's, busy with another program all along: 1 / cores of the capacity, less
    // the edges of the /proc/stat windows.
    CHECK(m.machine.other_share() > 0.5 / std::max(1, m.cores));
    CHECK(m.machine_busy());
    std::int64_t other = 0;
    for (std::uint32_t row = 0; row < run.store().layout().core_row_count(); ++row) {
        const SegmentSeq& s = run.store().segments(RowRef{RowKind::CoreOther, row});
        for (std::size_t i = 0; i < s.size(); ++i) other += s[i].duration_ns();
    }
    CHECK(other > 0);
    require_nothing_left();
}

// What observing a program costs, and how much it changes what it measures. Prints, for a program
// with 8 threads observed at the default sampling intervals:
//   - the observer's own CPU time as a share of one core (target < 5 %),
//   - sampling rounds per second actually achieved (thread states, GIL),
//   - for CPython: the median GIL hold seen against sys.getswitchinterval(), and the hand-offs the
//     GIL row shows against CPython's own switch counter.
// Run on an otherwise idle machine (timings are printed, never asserted):
//   build/release/tests/benchmarks/observe_benchmark [python3]
// The 8-thread programs: CPython's cpu_bound.py and io_sleep.py from resources/python (when a
// python3 is found), and this program itself in "--burn 8" mode (8 C++ threads computing).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "observe/program_observer.h"

using namespace conclab;
using namespace conclab::observe;

namespace {

// The child in --burn mode: `threads` threads computing for `seconds`.
int burn(int threads, double seconds) {
    std::atomic<bool> stop{false};
    std::vector<std::thread> workers;
    std::atomic<std::uint64_t> sink{0};
    for (int i = 0; i < threads; ++i)
        workers.emplace_back([&] {
            std::uint64_t x = 1;
            while (!stop.load(std::memory_order_relaxed))
                for (int k = 0; k < 10000; ++k) x = x * 6364136223846793005ull + 1442695040888963407ull;
            sink += x;
        });
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& w : workers) w.join();
    return sink.load() == 42 ? 1 : 0;
}

struct Observed {
    RunResult run;
    ObservedProgram program;
};

void report(const char* title, const Observed& observed) {
    const RunResult& run = observed.run;
    const ObservedProgram& p = observed.program;
    const TimelineStore& store = run.store();
    const double wall_s = static_cast<double>(run.metrics.wall_ns) / 1e9;
    std::printf("\n%s\n  status %s%s%s, wall %.2f s, %zu lanes, %zu processes\n", title,
                std::string(run_status_name(run.status)).c_str(), run.detail ? ": " : "", run.detail ? debug_text(*run.detail).c_str() : "", wall_s,
                store.layout().lanes.size(), p.processes.size());
    std::printf("  observer CPU %.1f ms = %.2f %% of one core   (target < 5 %%)\n", static_cast<double>(p.sampler_cpu_ns) / 1e6,
                wall_s > 0 ? 100.0 * static_cast<double>(p.sampler_cpu_ns) / 1e9 / wall_s : 0.0);
    std::printf("  thread-state rounds %.0f /s (every %lld us asked), GIL rounds %.0f /s (every %lld us asked)\n",
                wall_s > 0 ? static_cast<double>(p.thread_samples) / wall_s : 0.0,
                static_cast<long long>(p.intervals.threads.count()), wall_s > 0 ? static_cast<double>(p.gil_samples) / wall_s : 0.0,
                static_cast<long long>(p.intervals.gil.count()));
    for (const ObservedProcess& proc : p.processes) {
        if (proc.python.access != GilAccess::Readable) continue;
        std::vector<std::int64_t> holds;
        const SegmentSeq& row = store.segments(RowRef{RowKind::Gil, proc.group});
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0 && row[i - 1].lane == row[i].lane && row[i - 1].end_ns == row[i].start_ns) holds.back() += row[i].duration_ns();
            else holds.push_back(row[i].duration_ns());
        }
        std::sort(holds.begin(), holds.end());
        const double median = holds.empty() ? 0.0 : static_cast<double>(holds[holds.size() / 2]) / 1e6;
        long long handoffs = 0;
        for (const GilHandoff& h : store.handoffs()) handoffs += h.group == proc.group ? 1 : 0;
        std::printf("  CPython %d.%d pid %d: median GIL hold %.2f ms over %zu holds; hand-offs seen %lld, CPython counted %llu\n",
                    proc.python.version.major, proc.python.version.minor, proc.pid, median, holds.size(), handoffs,
                    static_cast<unsigned long long>(proc.gil_switches));
    }
}

Observed observe_program(std::vector<std::string> argv) {
    ObserveOptions options;
    options.launch.argv = std::move(argv);
    ProgramObserver observer(std::move(options));
    observer.start();
    Observed o;
    o.run = observer.take_result();
    o.program = observer.program();
    return o;
}

std::string scripts_dir() { return CONCLAB_PYTHON_SCRIPTS; }

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "--burn") == 0) return burn(std::atoi(argv[2]), argc >= 4 ? std::atof(argv[3]) : 3.0);
    const std::string python = argc >= 2 ? argv[1] : "python3";
    std::printf("Observer cost, default intervals (threads 2 ms, GIL 1 ms, discovery 10 ms); %ld cores\n",
                sysconf(_SC_NPROCESSORS_ONLN));
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        report("8 C++ threads computing for 3 s", observe_program({self, "--burn", "8", "3"}));
    }
    const Observed cpu = observe_program({python, scripts_dir() + "/cpu_bound.py", "--model", "threads", "--tasks", "8", "--size", "400ms"});
    if (cpu.program.launch_failure) {
        std::printf("\nno %s here: the CPython programs are skipped\n", python.c_str());
        return 0;
    }
    report("CPython: 8 threads, CPU-bound, 400 ms each (cpu_bound.py --model threads --tasks 8)", cpu);
    report("CPython: 8 threads sleeping 2 s (io_sleep.py --model threads --tasks 8 --size 2s)",
           observe_program({python, scripts_dir() + "/io_sleep.py", "--model", "threads", "--tasks", "8", "--size", "2s"}));
    report("CPython: 8 processes, CPU-bound, 400 ms each (cpu_bound.py --model processes --tasks 8)",
           observe_program({python, scripts_dir() + "/cpu_bound.py", "--model", "processes", "--tasks", "8", "--size", "400ms"}));
    return 0;
}

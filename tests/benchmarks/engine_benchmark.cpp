// Engine benchmark: prints the figures as ratios measured in one run on this machine.
//   build/release/tests/benchmarks/engine_benchmark          everything
//   build/release/tests/benchmarks/engine_benchmark stop     only the stop latency
//   build/release/tests/benchmarks/engine_benchmark spawn    only the start of worker processes
//   build/release/tests/benchmarks/engine_benchmark machine  only the busy-machine sampler's figures
//   build/release/tests/benchmarks/engine_benchmark gil [interval_ms]
//                                      only the simulated GIL's median hold and convoy delay (switch
//                                      interval 5 ms unless given), as scripts/gil_reference.py
//                                      measures them in real CPython
// Not part of the test run: timings are measured here, never asserted in unit tests.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "../support/io_beside_cpu.h"
#include "core/clock.h"
#include "record/lane_recorder.h"
#include "record/shared_region.h"
#include "machine/core_busy_sampler.h"
#include "machine/memory_peak_tracker.h"
#include "machine/usable_cpus.h"
#include "run/run_session.h"
#include "workload/cpu_kernel.h"
#include "workload/workload_spec.h"

using namespace conclab;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

Experiment experiment(const char* workload, int tasks, RunModel model, bool gil) {
    Experiment e;
    e.workload = parse_workload(workload).value();
    e.tasks = tasks;
    e.model = model;
    e.workers = tasks;
    e.gil = gil;
    return e;
}

RunResult run(const Experiment& e) {
    RunSession s(e);
    s.start();
    return s.take_result();
}

// Instrumented (a real sequential run under the GIL: drop-request polls, core/Ready checks,
// event recording) against the bare kernel for the same number of ticks.
void instrumentation_overhead() {
    const double per_ms = cpu_ticks_per_ms();
    const std::int64_t ticks = ticks_for_ns(200'000'000, per_ms);
    std::vector<double> ratios;
    for (int round = 0; round < 5; ++round) {
        std::uint64_t x = cpu_seed(0);
        const std::int64_t start = now_ns();
        for (std::int64_t i = 0; i < ticks; ++i) x = cpu_tick(x);
        const double bare = static_cast<double>(now_ns() - start);
        const RunResult r = run(experiment("cpu:200ms", 1, RunModel::Sequential, true));
        const TaskRecord& t = r.store().tasks().at(0);
        if (static_cast<std::uint64_t>(t.result) != x) std::printf("  (result mismatch!)\n");
        ratios.push_back(static_cast<double>(t.end_ns - t.begin_ns) / bare);
    }
    std::printf("instrumented / uninstrumented CPU time   %.3f   (target <= 1.02; median of 5 x 200 ms)\n", median(ratios));
}

// The producer's cost per state change on a ring with room, as in a run where the collector
// empties every ring each 16 ms; the drain between rounds is not timed.
void event_recording_cost() {
    SharedRegion region(1, 16384);
    LaneRecorder rec(region.ring(0), 0, &region.control().stop, &region.control().events_dropped);
    EventRing consumer = region.ring(0);
    std::vector<Event> sink;
    sink.reserve(8192);
    constexpr int kRounds = 600, kPerRound = 8192;
    std::int64_t given_time_ns = 0, with_clock_ns = 0;
    for (int round = 0; round < kRounds; ++round) {
        const bool read_clock = round % 2 == 1;
        const std::int64_t start = now_ns();
        for (int i = 0; i < kPerRound; ++i)
            rec.state(i % 2 ? LaneState::Running : LaneState::Ready, read_clock ? now_ns() : i, 0);
        (read_clock ? with_clock_ns : given_time_ns) += now_ns() - start;
        sink.clear();
        consumer.drain(sink);
    }
    const double events = static_cast<double>(kRounds / 2) * kPerRound;
    std::printf("recording one event                      %.1f ns   (target <= 20 ns; %.1f ns including reading the clock)\n",
                static_cast<double>(given_time_ns) / events, static_cast<double>(with_clock_ns) / events);
}

void gil_handoff_latency() {
    std::vector<double> latencies_us;
    const RunResult r = run(experiment("cpu:300ms", 4, RunModel::Threads, true));
    for (const GilHandoff& h : r.store().handoffs())
        latencies_us.push_back(static_cast<double>(h.acquire_ns - h.release_ns) / 1000.0);
    if (latencies_us.empty()) return;
    std::printf("GIL hand-off latency                     median %.1f us, p99 %.1f us   (%zu hand-offs, 4 CPU threads)\n",
                median(latencies_us), percentile(latencies_us, 0.99), latencies_us.size());
}

void cpu_speedups() {
    const int cores = usable_cpus().count;
    const double seq = static_cast<double>(run(experiment("cpu:300ms", cores, RunModel::Sequential, true)).metrics.wall_ns);
    auto report = [&](const char* label, RunModel model, bool gil) {
        const double wall = static_cast<double>(run(experiment("cpu:300ms", cores, model, gil)).metrics.wall_ns);
        std::printf("%-41s%.2fx = %.2f x %d cores   (target >= 0.9 x cores)\n", label, seq / wall, seq / wall / cores, cores);
    };
    report("CPU speedup, processes", RunModel::Processes, true);
    report("CPU speedup, threads without GIL", RunModel::Threads, false);
    const double gil_wall = static_cast<double>(run(experiment("cpu:300ms", cores, RunModel::Threads, true)).metrics.wall_ns);
    std::printf("%-41s%.2fx   (the lesson: about 1)\n", "CPU speedup, threads with GIL", seq / gil_wall);
}

// What measuring the machine costs (so the sampling periods are cheap enough), and what the
// per-CPU busy sampler sees of other programs during a sequential CPU-bound run.
void machine_measurement() {
    auto median_us = [](auto&& f) {
        std::vector<double> us;
        for (int i = 0; i < 200; ++i) {
            const std::int64_t t0 = now_ns();
            f();
            us.push_back(static_cast<double>(now_ns() - t0) / 1e3);
        }
        return median(us);
    };
    const UsableCpus cpus = usable_cpus();
    std::printf("usable_cpus()                            median %.1f us   (%zu CPUs listed, count %d)\n",
                median_us([] { (void)usable_cpus(); }), cpus.cpu_ids.size(), cpus.count);
    CoreBusySamplerOptions manual;
    manual.period = std::chrono::hours(1);
    CoreBusySampler stat_sampler(cpus.cpu_ids, manual);
    std::printf("one /proc/stat sample                    median %.1f us\n", median_us([&] { stat_sampler.sample_now(); }));
    MemoryPeakTrackerOptions memory_manual;
    memory_manual.period = std::chrono::hours(1);
    MemoryPeakTracker tracker(memory_manual);
    tracker.add_pid(static_cast<int>(getpid()));
    std::printf("one smaps_rollup sample of this process  median %.1f us\n", median_us([&] { tracker.sample_now(); }));

    (void)cpu_ticks_per_ms();  // calibrated before, not during, the run
    CoreBusySampler sampler(cpus.cpu_ids);
    const RunResult r = run(experiment("cpu:300ms", 1, RunModel::Sequential, true));
    sampler.stop();
    std::int64_t busy = 0;
    std::int64_t capacity = 0;
    if (const auto totals = sampler.totals()) {
        for (std::size_t i = 0; i < totals->busy_ns.size(); ++i) {
            busy += totals->busy_ns[i];
            capacity += totals->busy_ns[i] + totals->idle_ns[i];
        }
    }
    std::printf("during a sequential cpu:300ms run        wall %.0f ms; CPUs busy %.0f ms of %.0f ms; the run's own CPU "
                "time %.0f ms   (the rest: other programs and this one's other threads)\n",
                static_cast<double>(r.metrics.wall_ns) / 1e6, static_cast<double>(busy) / 1e6,
                static_cast<double>(capacity) / 1e6, static_cast<double>(r.metrics.cpu_ns) / 1e6);
}

// Starting a worker process: from the spawn request to the child's LaneBegin, i.e. the lane's
// leading Overhead segment, over many small runs of both process models (what a short task pays).
void process_start_cost() {
    std::vector<double> us;
    for (int round = 0; round < 100; ++round) {
        const RunModel model = round % 2 == 0 ? RunModel::Processes : RunModel::ProcessPool;
        const RunResult r = run(experiment("cpu:1ms", 4, model, true));
        for (std::uint32_t lane = 0; lane < r.store().layout().lanes.size(); ++lane) {
            const SegmentSeq& segs = r.store().segments({RowKind::Lane, lane});
            if (segs.size() > 0 && segs[0].state() == LaneState::Overhead)
                us.push_back(static_cast<double>(segs[0].end_ns - segs[0].start_ns) / 1000.0);
        }
    }
    if (us.empty()) return;
    std::printf("worker process start, request to LaneBegin   median %.0f us, p90 %.0f us   (%zu processes)\n",
                median(us), percentile(us, 0.9), us.size());
}

// Stop: request_stop() until wait() returns, i.e. every worker thread has been joined and every
// worker process reaped, over runs of every model and workload stopped at random moments.
void stop_latency() {
    const char* const workloads[] = {"cpu:2s", "io:2s", "file:2s", "net:200@10ms", "mixed:10ms/20msx70"};
    constexpr int kCycles = 200;
    std::mt19937 rng(20261124);
    std::uniform_int_distribution<int> stop_after_us(0, 80'000);
    std::vector<double> all_ms;
    std::map<RunModel, std::vector<double>> by_model;
    for (int cycle = 0; cycle < kCycles; ++cycle) {
        const RunModel model = kAllRunModels[cycle % std::size(kAllRunModels)];
        Experiment e = experiment(workloads[(cycle / std::size(kAllRunModels)) % std::size(workloads)], 4, model,
                                  cycle % 2 == 0);
        RunSession s(e);
        s.start();
        std::this_thread::sleep_for(std::chrono::microseconds(stop_after_us(rng)));
        const std::int64_t asked = now_ns();
        s.request_stop();
        s.wait();
        const double ms = static_cast<double>(now_ns() - asked) / 1e6;
        all_ms.push_back(ms);
        by_model[model].push_back(ms);
    }
    std::printf("stop latency, request_stop() to every worker ended   median %.1f ms, p99 %.1f ms, max %.1f ms   "
                "(target <= 200 ms; %d runs, 4 workers)\n",
                median(all_ms), percentile(all_ms, 0.99), *std::max_element(all_ms.begin(), all_ms.end()), kCycles);
    for (const auto& [model, ms] : by_model)
        std::printf("  %-13s median %.1f ms, max %.1f ms\n", std::string(run_model_name(model)).c_str(), median(ms),
                    *std::max_element(ms.begin(), ms.end()));
    // At the documented limits, stopped while workers are still being started, and a big file
    // write (whose stop is noticed between 1 MiB blocks; the one fsync cannot be interrupted).
    struct Limit {
        const char* label;
        const char* workload;
        int tasks;
        RunModel model;
    };
    for (const Limit& l : {Limit{"256 threads", "io:2s", 256, RunModel::Threads},
                           Limit{"64 processes", "cpu:2s", 64, RunModel::Processes},
                           Limit{"process pool of 64", "cpu:2s", 64, RunModel::ProcessPool},
                           Limit{"file:64MiB x 4 threads", "file:64MiB", 4, RunModel::Threads}}) {
        std::vector<double> ms;
        for (int cycle = 0; cycle < 20; ++cycle) {
            RunSession s(experiment(l.workload, l.tasks, l.model, true));
            s.start();
            std::this_thread::sleep_for(std::chrono::microseconds(stop_after_us(rng)));
            const std::int64_t asked = now_ns();
            s.request_stop();
            s.wait();
            ms.push_back(static_cast<double>(now_ns() - asked) / 1e6);
        }
        std::printf("  at the limits, %-23s median %.1f ms, max %.1f ms   (20 runs)\n", l.label, median(ms),
                    *std::max_element(ms.begin(), ms.end()));
    }
}

// (a) of scripts/gil_reference.py: two CPU-bound threads under the GIL; how long each holds it
// before the other's drop request makes it let go (hand-offs for the switch interval).
void gil_hold_times(std::int64_t interval_ns) {
    Experiment e = experiment("cpu:1s", 2, RunModel::Threads, true);
    e.switch_interval_ns = interval_ns;
    const RunResult r = run(e);
    std::map<std::pair<std::uint32_t, std::int64_t>, std::int64_t> start_by_lane_and_end;
    const SegmentSeq& gil = r.store().segments({RowKind::Gil, 0});
    for (std::size_t i = 0; i < gil.size(); ++i) start_by_lane_and_end[{gil[i].lane, gil[i].end_ns}] = gil[i].start_ns;
    std::vector<double> holds_ms;
    for (const GilHandoff& h : r.store().handoffs()) {
        const auto found = start_by_lane_and_end.find({h.from_lane, h.release_ns});
        if (h.reason == GilReason::Interval && found != start_by_lane_and_end.end())
            holds_ms.push_back(static_cast<double>(h.release_ns - found->second) / 1e6);
    }
    if (holds_ms.empty()) return;
    std::printf("hold: 2 CPU-bound threads, median %.2f ms (p10 %.2f, p90 %.2f), %zu holds\n", median(holds_ms),
                percentile(holds_ms, 0.1), percentile(holds_ms, 0.9), holds_ms.size());
}

// (b) of scripts/gil_reference.py: a lane that sleeps 1 ms `sleeps` times, alone or beside a lane
// that only computes, under one simulated GIL (io_beside_cpu.h). Returns how much later than 1 ms
// after each sleep began the lane ran again, in ms, as the script measures around time.sleep().
std::vector<double> sleep_lateness_ms(bool beside_cpu_lane, int sleeps, std::int64_t interval_ns) {
    constexpr std::int64_t kSleepNs = 1'000'000;
    const TimelineStore t = testing::run_io_beside_cpu(
        {"mixed:1us/1msx" + std::to_string(sleeps), beside_cpu_lane, true, interval_ns});
    std::vector<double> lateness;
    const SegmentSeq& segs = t.segments({RowKind::Lane, 0});
    for (std::size_t i = 0; i < segs.size(); ++i) {
        if (segs[i].state() != LaneState::BlockedIo) continue;
        std::size_t next = i + 1;
        while (next < segs.size() && segs[next].state() != LaneState::Running) ++next;
        if (next < segs.size())
            lateness.push_back(static_cast<double>(segs[next].start_ns - segs[i].start_ns - kSleepNs) / 1e6);
    }
    return lateness;
}

void gil_convoy(std::int64_t interval_ns) {
    constexpr int kSleeps = 300;
    const std::vector<double> alone = sleep_lateness_ms(false, kSleeps, interval_ns);
    const std::vector<double> beside = sleep_lateness_ms(true, kSleeps, interval_ns);
    if (alone.empty() || beside.empty()) return;
    std::printf("convoy: 1 ms sleeps, median late by %.2f ms alone, %.2f ms beside a CPU-bound thread (p90 %.2f): "
                "convoy delay %.2f ms (%d sleeps each)\n",
                median(alone), median(beside), percentile(beside, 0.9), median(beside) - median(alone), kSleeps);
}

void gil_against_cpython(std::int64_t interval_ns) {
    std::printf("simulated GIL, switch interval %g ms, %d cores (compare: scripts/gil_reference.py)\n",
                static_cast<double>(interval_ns) / 1e6, usable_cpus().count);
    gil_hold_times(interval_ns);
    gil_convoy(interval_ns);
}

}  // namespace

int main(int argc, char** argv) {
    // `engine_benchmark stop` measures only the stop latency; `engine_benchmark machine` only the
    // machine measurements.
    if (argc > 1 && std::string(argv[1]) == "stop") {
        stop_latency();
        return 0;
    }
    if (argc > 1 && std::string(argv[1]) == "machine") {
        machine_measurement();
        return 0;
    }
    // `engine_benchmark spawn` measures only the start of worker processes.
    if (argc > 1 && std::string(argv[1]) == "spawn") {
        process_start_cost();
        return 0;
    }
    if (argc > 1 && std::string(argv[1]) == "gil") {
        const double interval_ms = argc > 2 ? std::atof(argv[2]) : 5.0;
        const auto interval_ns = static_cast<std::int64_t>(interval_ms * 1e6);
        if (interval_ns < kMinSwitchIntervalNs || interval_ns > kMaxSwitchIntervalNs) {
            std::fprintf(stderr, "engine_benchmark gil: switch interval %s ms is outside 0.1 to 100 ms\n", argv[2]);
            return 2;
        }
        gil_against_cpython(interval_ns);
        return 0;
    }
    std::printf("conclab engine benchmark — %d cores, CPU kernel %.0f ticks/ms\n\n", usable_cpus().count, cpu_ticks_per_ms());
    instrumentation_overhead();
    event_recording_cost();
    gil_handoff_latency();
    gil_against_cpython(kDefaultSwitchIntervalNs);
    cpu_speedups();
    machine_measurement();
    process_start_cost();
    stop_latency();
    return 0;
}

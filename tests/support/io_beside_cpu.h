#pragma once
// A run no Experiment describes: in one process, lane 0 does an I/O-bound workload while lane 1
// only computes until lane 0 is done — the setting of CPython's convoy effect (an I/O thread next
// to a CPU-bound thread). It drives two engine Workers directly, as a run model does, under one
// simulated GIL or none, and returns the recorded timeline. Header-only, so the runtime tests and
// the engine benchmark measure the same thing.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "experiments.h"
#include "gil/simulated_gil.h"
#include "record/collector.h"
#include "record/lane_recorder.h"
#include "record/shared_region.h"
#include "run/run_layout_builder.h"
#include "run/run_session.h"
#include "run/worker.h"
#include "timeline/timeline_store.h"

namespace conclab::testing {

struct IoBesideCpu {
    std::string io_workload = "mixed:1us/1msx50";  // lane 0: many short blocking waits
    bool with_cpu_lane = true;                     // lane 1: computes until lane 0 is done
    bool gil = true;
    std::int64_t switch_interval_ns = kDefaultSwitchIntervalNs;
};

inline TimelineStore run_io_beside_cpu(const IoBesideCpu& setup) {
    const Experiment io = make_experiment(setup.io_workload, 1, RunModel::Threads, 1, setup.gil);
    const Experiment cpu = make_experiment("cpu:60s", 1, RunModel::Threads, 1, setup.gil);  // stopped by the end
    RunLayout layout = build_run_layout(make_experiment("cpu:1ms", 2, RunModel::Threads, 2), usable_cpus());
    SharedRegion region(2, 16384);
    RunControl& control = region.control();
    control.switch_interval_ns = setup.switch_interval_ns;
    std::unique_ptr<SimulatedGil> gil;
    if (setup.gil) gil = std::make_unique<SimulatedGil>(control);
    const double per_ms = cpu_ticks_per_ms();
    const std::int64_t per_observation = std::max<std::int64_t>(1, static_cast<std::int64_t>(per_ms / 10));
    const RunEnvironment io_env{&io, per_ms, per_observation, &control, {}, 0};
    const RunEnvironment cpu_env{&cpu, per_ms, per_observation, &control, {}, 0};
    auto recorder = [&](std::uint32_t lane) {
        return LaneRecorder(region.ring(lane), lane, &control.stop, &control.events_dropped);
    };
    layout.start_ns = now_ns();
    TimelineStore store(layout);
    Collector collector(region, [&](std::vector<Event>&& batch) { store.append(batch); }, std::chrono::milliseconds(16));
    collector.start();
    std::thread cpu_thread;
    if (setup.with_cpu_lane) {
        cpu_thread = std::thread([&] {
            Worker w(cpu_env, recorder(1), gil.get());
            w.begin(0);
            w.run_task(1);
            w.end(0);
        });
        // Under the GIL, lane 0 starts once lane 1 holds it (a second at most, should the
        // machine be that busy).
        while (gil && !gil->state().locked && now_ns() - layout.start_ns < 1'000'000'000)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    {
        Worker w(io_env, recorder(0), gil.get());
        w.begin(0);
        w.run_task(0);
        w.end(0);
    }
    control.stop = 1;  // lane 1 stops computing
    if (gil) gil->wake_all();
    if (cpu_thread.joinable()) cpu_thread.join();
    collector.finish();
    store.finish(now_ns());
    return store;
}

// For every I/O of `lane`: from the end of the I/O until the lane ran again.
inline std::vector<std::int64_t> waits_after_io(const TimelineStore& t, std::uint32_t lane) {
    std::vector<std::int64_t> waits;
    const SegmentSeq& segs = t.segments({RowKind::Lane, lane});
    for (std::size_t i = 0; i < segs.size(); ++i) {
        if (segs[i].state() != LaneState::BlockedIo) continue;
        std::size_t next = i + 1;
        while (next < segs.size() && segs[next].state() != LaneState::Running) ++next;
        if (next < segs.size()) waits.push_back(segs[next].start_ns - segs[i].end_ns);
    }
    return waits;
}

}  // namespace conclab::testing

// Long-run memory benchmark: does an hour-long run keep the GUI below 1 GiB?
//   QT_QPA_PLATFORM=offscreen build/release/tests/benchmarks/long_run_memory_benchmark [minutes] [runs]
// Not part of the test run. It records a few seconds of the busiest run this program can make
// (256 pool threads doing 100 µs I/O tasks under the GIL: ~130k events/s here), then replays
// those real events, shifted in time, until `minutes` (default 60) of run time have gone through
// the same path a live run takes in the window: a "collector" thread appends them to the run's
// one SharedTimeline (folding it when over budget) while the window's thread reads and repaints
// it, and at the end the result is kept for the comparison table. `runs` (default 2) hour-long
// runs one after another show the kept runs being folded too. Prints the process's resident
// memory as it goes, and the longest time the window's thread waited for the timeline (a stall
// the class would see as a frozen window; target <= 50 ms).
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QString>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "run/run_session.h"
#include "timeline/shared_timeline.h"
#include "ui/comparison/comparison_model.h"
#include "ui/run/kept_results_budget.h"
#include "ui/text/experiment_text.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "workload/workload_spec.h"

using namespace conclab;
using namespace conclab::ui;

namespace {

// "VmRSS" or "VmHWM" (peak) of this process, in MiB.
double status_mib(const char* key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key, 0) == 0) return std::stod(line.substr(line.find(':') + 1)) / 1024.0;
    return 0;
}

Experiment busiest_experiment() {
    Experiment e;
    e.workload = parse_workload("io:100us").value();
    e.tasks = kMaxTasks;
    e.model = RunModel::ThreadPool;
    e.workers = kMaxThreads;
    e.gil = true;
    e.switch_interval_ns = kMinSwitchIntervalNs;
    return e;
}

struct Recording {
    RunLayout layout;
    std::vector<Event> events;
    std::int64_t span_ns = 0;
};

Recording record(std::chrono::seconds how_long) {
    Recording rec;
    std::mutex mutex;
    RunSession session(busiest_experiment(), [&](std::vector<Event> batch) {
        std::lock_guard lock(mutex);
        rec.events.insert(rec.events.end(), batch.begin(), batch.end());
    });
    rec.layout = session.layout();
    session.start();
    std::this_thread::sleep_for(how_long);
    session.request_stop();
    session.wait();
    rec.layout = session.take_result().store().layout();  // with the pids the lanes reported
    // Replays repeat the middle of the run: lanes begin once, and end only at the very end.
    std::erase_if(rec.events, [](const Event& e) { return e.kind == EventKind::LaneBegin || e.kind == EventKind::LaneEnd; });
    std::int64_t last = rec.layout.start_ns;
    for (const Event& e : rec.events) last = std::max(last, e.t_ns);
    rec.span_ns = last - rec.layout.start_ns + 1'000'000;
    return rec;
}

void replay_one_run(const Recording& rec, int minutes, int run_number, KeptResultsBudget& kept, ComparisonModel& model,
                    TimelineWidget& widget) {
    auto timeline = std::make_shared<SharedTimeline>(rec.layout);
    widget.setTimeline(timeline);

    const std::int64_t run_ns = static_cast<std::int64_t>(minutes) * 60'000'000'000LL;
    constexpr std::size_t kBatch = 2'000;  // about what the collector hands on every 16 ms
    std::atomic<std::int64_t> events{0};
    std::atomic<std::int64_t> replayed_ns{0};
    std::atomic<bool> done{false};
    double longest_append_ms = 0;  // on the collector thread: an append that folded
    std::thread collector([&] {
        std::vector<Event> batch;
        for (std::int64_t shift = 0; shift < run_ns; shift += rec.span_ns) {
            for (std::size_t i = 0; i < rec.events.size(); i += kBatch) {
                batch.assign(rec.events.begin() + static_cast<std::ptrdiff_t>(i),
                             rec.events.begin() + static_cast<std::ptrdiff_t>(std::min(i + kBatch, rec.events.size())));
                for (Event& e : batch) e.t_ns += shift;
                QElapsedTimer append;
                append.start();
                timeline->append(batch);
                longest_append_ms = std::max(longest_append_ms, static_cast<double>(append.nsecsElapsed()) / 1e6);
                events += static_cast<std::int64_t>(batch.size());
            }
            replayed_ns = shift;
        }
        timeline->finish(rec.layout.start_ns + run_ns);
        done = true;
    });

    // The window's thread: asks the timeline something every millisecond (as hovering does) and
    // repaints the whole run every 100 ms; the longest wait for the timeline is the stall.
    double longest_wait_ms = 0;
    double longest_paint_ms = 0;
    std::int64_t next_report = 0;
    QElapsedTimer since_paint;
    since_paint.start();
    while (!done.load()) {
        QElapsedTimer wait;
        wait.start();
        { const auto reader = timeline->read(); }
        longest_wait_ms = std::max(longest_wait_ms, static_cast<double>(wait.nsecsElapsed()) / 1e6);
        if (since_paint.elapsed() >= 100) {
            QElapsedTimer paint;
            paint.start();
            widget.markDirty();
            (void)widget.grab();  // a repaint of the whole run as it is now
            longest_paint_ms = std::max(longest_paint_ms, static_cast<double>(paint.nsecsElapsed()) / 1e6);
            since_paint.restart();
        }
        if (replayed_ns.load() >= next_report) {
            const auto store = timeline->read();
            char folded[96] = "nothing folded yet";
            if (store->fold_block_ns() > 0)
                std::snprintf(folded, sizeof folded, "detail before %.1f min folded into %.0f ms blocks",
                              static_cast<double>(store->folded_before_ns() - rec.layout.start_ns) / 60e9,
                              static_cast<double>(store->fold_block_ns()) / 1e6);
            std::printf("  run %d at %5.1f min: %lld events, timeline %zu segments (%.0f MiB, %s); process RSS "
                        "%.0f MiB\n",
                        run_number, static_cast<double>(replayed_ns.load()) / 60e9, static_cast<long long>(events.load()),
                        store->segment_count(), static_cast<double>(store->memory_bytes()) / 1048576.0, folded,
                        status_mib("VmRSS"));
            std::fflush(stdout);
            next_report += 10 * 60'000'000'000LL;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    collector.join();
    // The run ends: its one timeline becomes the result kept for the table.
    auto result = std::make_shared<RunResult>();
    result->experiment = busiest_experiment();
    result->status = RunStatus::Completed;
    result->timeline = timeline;
    result->metrics = compute_metrics(result->store(), 0);
    kept.add(result);
    model.addRun(comparison_row(*result), result);
    widget.setTimeline(result->timeline);
    (void)widget.grab();
    std::printf("run %d: %lld events (%.0f per second of run time); longest append on the collector thread (a fold) "
                "%.0f ms; longest wait of the window's thread for the timeline %.1f ms (target <= 50 ms); longest "
                "repaint of the whole run %.0f ms; kept runs hold %zu segments; process RSS %.0f MiB, peak %.0f MiB\n",
                run_number, static_cast<long long>(events.load()),
                static_cast<double>(events.load()) / (static_cast<double>(run_ns) / 1e9), longest_append_ms,
                longest_wait_ms, longest_paint_ms, kept.keptSegments(), status_mib("VmRSS"), status_mib("VmHWM"));
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int minutes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2;

    const Recording rec = record(std::chrono::seconds(3));
    std::printf("recorded %zu events of %zu lanes over %.2f s (%.0f events/s) of: %s\n", rec.events.size(),
                rec.layout.lanes.size(), static_cast<double>(rec.span_ns) / 1e9,
                static_cast<double>(rec.events.size()) / (static_cast<double>(rec.span_ns) / 1e9),
                qPrintable(experiment_summary(busiest_experiment())));
    std::printf("process RSS before the replay: %.0f MiB\n", status_mib("VmRSS"));

    ZoomState zoom;
    TimelineWidget widget(&zoom);
    widget.resize(1920, 1080);
    ComparisonModel model;
    KeptResultsBudget kept;
    for (int run = 1; run <= runs; ++run) replay_one_run(rec, minutes, run, kept, model, widget);
    const double peak = status_mib("VmHWM");
    std::printf("peak resident memory over %d run(s) of %d min: %.0f MiB; target < 1024 MiB: %s\n", runs, minutes, peak,
                peak < 1024 ? "met" : "MISSED");
    return peak < 1024 ? 0 : 1;
}

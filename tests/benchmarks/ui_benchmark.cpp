// ui_benchmark: the UI issue's performance figures.
//   1. One repaint of a timeline holding 1,000,000 segments across 64 lanes at 1920×1080
//      (median of several; whole run fitted, and zoomed into the middle).
//   2. Live: 100,000 events per second from a producer thread (as the engine's collector) into
//      the run's SharedTimeline, which the widget draws — noticed by a 16 ms poll of its version,
//      as the window's RunController does — latency from an event's timestamp to the end of the
//      paint that shows it, and the GUI thread's busy share (its CPU time over wall time).
//   3. Memory: bytes per stored segment.
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <mutex>
#include <cstdio>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "timeline/timeline_store.h"
#include <QTimer>

#include "timeline/shared_timeline.h"
#include "ui/timeline/timeline_painter.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"

using namespace conclab;
using namespace conclab::ui;

namespace {

constexpr int kLanes = 64;
constexpr int kCores = 8;
constexpr LaneState kCycle[] = {LaneState::Running, LaneState::WaitingGil, LaneState::Running, LaneState::Ready,
                                LaneState::BlockedIo, LaneState::Running, LaneState::Idle, LaneState::Overhead};

RunLayout layout_for(int lanes, int cores, std::int64_t start_ns) {
    RunLayout layout;
    layout.groups.push_back(ProcessGroup{"Main process", 1, true});
    for (int i = 0; i < lanes; ++i)
        layout.lanes.push_back(LaneInfo{"Thread-" + std::to_string(i + 1), 0, LaneKind::Thread, 1, 2 + i});
    layout.cores = cores;
    layout.start_ns = start_ns;
    return layout;
}

Event state_event(std::uint32_t lane, std::int64_t t, std::uint64_t k) {
    Event e;
    e.kind = EventKind::State;
    e.lane = lane;
    e.t_ns = t;
    e.state = kCycle[(k + lane) % std::size(kCycle)];
    e.core = e.state == LaneState::Running ? static_cast<std::uint16_t>((lane + k) % kCores) : kNoCore;
    e.task = lane;
    return e;
}

// `per_lane` state changes on each of `lanes` lanes, irregular lengths around `mean_ns`.
TimelineStore big_timeline(int lanes, std::int64_t per_lane, std::int64_t mean_ns) {
    const std::int64_t start = 1'000'000'000;
    TimelineStore store(layout_for(lanes, kCores, start));
    std::vector<Event> batch;
    std::vector<std::int64_t> t(static_cast<std::size_t>(lanes), start);
    std::uint64_t rng = 0x9E3779B97F4A7C15ull;
    for (std::int64_t k = 0; k < per_lane; ++k) {
        batch.clear();
        for (int lane = 0; lane < lanes; ++lane) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            batch.push_back(state_event(static_cast<std::uint32_t>(lane), t[static_cast<std::size_t>(lane)],
                                        static_cast<std::uint64_t>(k)));
            t[static_cast<std::size_t>(lane)] += mean_ns / 2 + static_cast<std::int64_t>(rng % static_cast<std::uint64_t>(mean_ns));
        }
        store.append(batch);
    }
    store.finish(*std::max_element(t.begin(), t.end()));
    return store;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double paint_ms(const TimelineStore& store, std::int64_t t0, std::int64_t t1, QImage& image) {
    TimelinePaintOptions options;
    options.font_px = 16;
    QElapsedTimer timer;
    timer.start();
    QPainter p(&image);
    const auto g = compute_geometry(store.layout(), image.rect(), options, &p);
    paint_timeline(p, g, &store, t0, t1, options);
    p.end();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The widget, reporting when each paint has finished.
class MeasuredTimeline : public TimelineWidget {
public:
    using TimelineWidget::TimelineWidget;
    std::function<void(std::uint64_t version)> on_painted;  // the timeline version the paint showed

protected:
    void paintEvent(QPaintEvent* e) override {
        const std::uint64_t version = timeline() ? timeline()->version() : 0;
        TimelineWidget::paintEvent(e);
        if (on_painted) on_painted(version);
    }
};

void paint_benchmark() {
    const std::int64_t per_lane = 1'000'000 / kLanes + 1;
    QElapsedTimer build;
    build.start();
    const TimelineStore store = big_timeline(kLanes, per_lane, 20'000);  // ~20 µs segments
    std::size_t lane_segments = 0;
    for (std::uint32_t lane = 0; lane < kLanes; ++lane) lane_segments += store.segments(RowRef{RowKind::Lane, lane}).size();
    std::printf("timeline: %zu lane segments across %d lanes (+%zu derived GIL/core segments), built in %.0f ms\n",
                lane_segments, kLanes, store.segment_count() - lane_segments, static_cast<double>(build.elapsed()));

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> fit, zoom, deep;
    const std::int64_t t0 = store.start_ns();
    const std::int64_t t1 = store.end_ns();
    const std::int64_t mid = t0 + (t1 - t0) / 2;
    for (int i = 0; i < 15; ++i) {
        fit.push_back(paint_ms(store, t0, t1, image));
        zoom.push_back(paint_ms(store, mid - (t1 - t0) / 20, mid + (t1 - t0) / 20, image));
        deep.push_back(paint_ms(store, mid, mid + 2'000'000, image));
    }
    // The engine's share of a repaint: the level-of-detail queries alone, one per data row.
    std::vector<double> query_only;
    {
        QPainter probe(&image);
        TimelinePaintOptions options;
        options.font_px = 16;
        const auto g = compute_geometry(store.layout(), image.rect(), options, &probe);
        probe.end();
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer timer;
            timer.start();
            std::size_t items = 0;
            for (const auto& row : g.rows)
                if (row.has_data) items += store.query(row.ref, TimeWindow{t0, t1, g.plot_rect.width()}).size();
            query_only.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (i == 0) std::printf("one fitted frame: %zu pixel items over %d px columns\n", items, g.plot_rect.width());
        }
    }
    std::printf("  of which TimelineStore::query (engine LOD) for all rows: median %.2f ms\n", median(query_only));
    std::printf("repaint 1920x1080, 64 lanes, 1M segments: median %.2f ms (whole run fitted), %.2f ms (10%% zoom), "
                "%.2f ms (2 ms window); target <= 16 ms\n",
                median(fit), median(zoom), median(deep));
    std::printf("memory: %.1f bytes per stored segment (%zu segments, %.1f MB in the store); target <= 48\n",
                static_cast<double>(store.memory_bytes()) / static_cast<double>(store.segment_count()),
                store.segment_count(), static_cast<double>(store.memory_bytes()) / 1e6);
}

void live_benchmark() {
    constexpr int kEventsPerSecond = 100'000;
    constexpr int kBatchesPerSecond = 60;  // like the engine's collector
    constexpr int kSeconds = 4;
    const std::int64_t start = now_ns();

    ZoomState zoom;
    MeasuredTimeline widget(&zoom);
    widget.resize(1920, 1080);
    widget.show();
    auto timeline = std::make_shared<SharedTimeline>(layout_for(kLanes, kCores, start));
    widget.setTimeline(timeline);
    // What the window's RunController does: poll the version every 16 ms, mark the view dirty.
    QTimer poll;
    std::uint64_t drawn_version = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (timeline->version() == drawn_version) return;
        drawn_version = timeline->version();
        widget.markDirty();
    });
    poll.start(16);

    // Latency: each batch's oldest event time, until a paint of a version that includes it ends.
    std::vector<double> latencies_ms;
    std::mutex in_flight_mutex;
    std::deque<std::pair<std::uint64_t, std::int64_t>> in_flight;  // (version after append, oldest event)
    std::size_t appended_batches = 0;
    int paints = 0;
    widget.on_painted = [&](std::uint64_t version) {
        ++paints;
        const std::int64_t now = now_ns();
        std::lock_guard lock(in_flight_mutex);
        while (!in_flight.empty() && in_flight.front().first <= version) {
            latencies_ms.push_back(static_cast<double>(now - in_flight.front().second) / 1e6);
            in_flight.pop_front();
        }
    };
    std::atomic<std::int64_t> appended{0};

    std::atomic<bool> done{false};
    std::atomic<std::int64_t> produced{0};
    std::thread producer([&] {
        const std::int64_t period = 1'000'000'000 / kBatchesPerSecond;
        const int per_batch = kEventsPerSecond / kBatchesPerSecond;
        std::uint64_t k = 0;
        std::int64_t next = now_ns();
        std::vector<Event> batch;
        std::int64_t last_t = start;
        while (now_ns() - start < kSeconds * 1'000'000'000LL) {
            batch.clear();
            const std::int64_t now = now_ns();
            // Events spread over the last period, as a collector would have gathered them.
            for (int i = 0; i < per_batch; ++i) {
                const std::int64_t t = std::max(last_t, now - period + period * i / per_batch);
                batch.push_back(state_event(static_cast<std::uint32_t>(i % kLanes), t, k + static_cast<std::uint64_t>(i / kLanes)));
            }
            last_t = now;
            k += static_cast<std::uint64_t>(per_batch / kLanes + 1);
            produced += per_batch;
            timeline->append(batch);
            appended += per_batch;
            {
                std::lock_guard lock(in_flight_mutex);
                in_flight.emplace_back(timeline->version(), batch.front().t_ns);
                ++appended_batches;
            }
            next += period;
            std::this_thread::sleep_for(std::chrono::nanoseconds(std::max<std::int64_t>(next - now_ns(), 0)));
        }
        done = true;
    });

    // The oldest event of a batch is only known to the producer; take it when the batch lands.
    const std::int64_t cpu0 = thread_cpu_ns();
    const std::int64_t wall0 = now_ns();
    while (!done.load()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    // Let the last paint happen.
    QElapsedTimer tail;
    tail.start();
    const auto unpainted = [&] {
        std::lock_guard lock(in_flight_mutex);
        return !in_flight.empty();
    };
    while (unpainted() && tail.elapsed() < 500) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const std::int64_t cpu = thread_cpu_ns() - cpu0;
    const std::int64_t wall = now_ns() - wall0;
    producer.join();

    std::sort(latencies_ms.begin(), latencies_ms.end());
    const auto pct = [&](double q) {
        return latencies_ms.empty() ? 0.0 : latencies_ms[static_cast<std::size_t>(q * static_cast<double>(latencies_ms.size() - 1))];
    };
    std::printf("live: %lld events in %.2f s (%.0f events/s) in %zu batches, %d paints (%.0f per second)\n",
                static_cast<long long>(appended.load()), static_cast<double>(wall) / 1e9,
                static_cast<double>(appended.load()) / (static_cast<double>(wall) / 1e9), appended_batches, paints,
                paints / (static_cast<double>(wall) / 1e9));
    std::printf("live latency (event timestamp -> end of the paint showing it): median %.1f ms, p99 %.1f ms, max %.1f ms; "
                "target <= 100 ms\n",
                pct(0.5), pct(0.99), latencies_ms.empty() ? 0.0 : latencies_ms.back());
    std::printf("GUI thread busy: %.1f%% (its CPU time / wall time); target < 50%%; store now %zu segments\n",
                100.0 * static_cast<double>(cpu) / static_cast<double>(wall), timeline->read()->segment_count());
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    paint_benchmark();
    live_benchmark();
    return 0;
}

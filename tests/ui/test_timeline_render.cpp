// Rendering a known timeline into a QImage and checking the colour inside specific segments of
// worker, GIL and core rows — the picture must say what the run did.
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

#include "metrics/run_metrics.h"
#include "timeline/shared_timeline.h"
#include "timeline_fixtures.h"
#include "ui/export/picture_export.h"
#include "ui/timeline/state_palette.h"
#include "ui/timeline/timeline_painter.h"
#include "ui/timeline/timeline_summary.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::kMs;
using conclab::test::kStart;

namespace {

struct Probe {
    const QImage& image;
    const TimelineGeometry& g;
    TimeView view;

    const RowGeometry& row(RowRef ref) const {
        for (const auto& r : g.rows)
            if (r.has_data && r.ref == ref) return r;
        FAIL("row not laid out");
        return g.rows.front();
    }
    // Colour in the middle of a row at `ms` after the run's start.
    QColor at(RowRef ref, double ms) const {
        const RowGeometry& r = row(ref);
        const int x = g.plot_rect.left() + static_cast<int>(view.x_of(kStart + static_cast<std::int64_t>(ms * kMs)));
        // A core row names the worker that ran there inside the bar ("Thread-2", centred): its
        // colour is probed above that text.
        const int y = g.plot_rect.top() + r.y + (r.role == RowRole::Core ? 2 : r.h / 2);
        return image.pixelColor(x, y);
    }
};

const RowRef lane0{RowKind::Lane, 0};
const RowRef lane1{RowKind::Lane, 1};
const RowRef gil{RowKind::Gil, 0};
const RowRef core0{RowKind::Core, 0};
const RowRef core1{RowKind::Core, 1};

}  // namespace

TEST_CASE("a rendered timeline has the right colour inside each segment", "[render]") {
    const TimelineStore store = test::two_thread_timeline();
    const QSize size(1200, 700);
    QImage image(size, QImage::Format_RGB32);
    TimelinePaintOptions options;
    options.font_px = 16;
    options.caption = QStringLiteral("caption");
    TimelineGeometry g;
    {
        QPainter p(&image);
        g = compute_geometry(store.layout(), QRect(QPoint(0, 0), size), options, &p);
        paint_timeline(p, g, &store, kStart, kStart + 150 * kMs, options);
    }
    const Probe probe{image, g, TimeView{kStart, kStart + 150 * kMs, g.plot_rect.width()}};

    // Worker lanes.
    CHECK(probe.at(lane0, 25) == state_color(LaneState::Running));
    CHECK(probe.at(lane0, 75) == state_color(LaneState::WaitingGil));
    CHECK(probe.at(lane0, 125) == state_color(LaneState::Running));
    CHECK(probe.at(lane1, 25) == state_color(LaneState::WaitingGil));
    CHECK(probe.at(lane1, 60) == state_color(LaneState::Running));
    CHECK(probe.at(lane1, 140) == state_color(LaneState::BlockedIo));
    // The GIL row: held all the time, by one thread at a time (holders are named in the bars).
    CHECK(probe.at(gil, 10) == gil_held_color());
    CHECK(probe.at(gil, 90) == gil_held_color());
    CHECK(probe.at(gil, 140) == gil_held_color());
    // Core rows: busy while someone ran there, background (idle) otherwise.
    CHECK(probe.at(core0, 10) == core_busy_color());
    CHECK(probe.at(core0, 75) == plot_background());
    CHECK(probe.at(core0, 140) == core_busy_color());
    CHECK(probe.at(core1, 25) == plot_background());
    CHECK(probe.at(core1, 75) == core_busy_color());
    // A hair of background marks the GIL hand-off at 50 ms.
    const RowGeometry& gr = probe.row(gil);
    const int handoff_x = g.plot_rect.left() + static_cast<int>(probe.view.x_of(kStart + 50 * kMs));
    bool gap = false;
    for (int x = handoff_x - 2; x <= handoff_x + 1; ++x)
        gap = gap || image.pixelColor(x, g.plot_rect.top() + gr.y + 1) == plot_background();
    CHECK(gap);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the summary's shares are of the workers' busy time, as the table's GIL wait share is", "[render]") {
    // A pool run: a worker that has no task sits Idle. Its idle time must not dilute the GIL wait
    // share of the headline, or the headline and the table tell two different numbers.
    std::vector<Event> events = test::two_thread_events();
    for (Event& e : events)  // Thread-2 waits for its next task from 100 ms instead of doing I/O
        if (e.kind == EventKind::State && e.state == LaneState::BlockedIo) e.state = LaneState::Idle;
    TimelineStore store(test::two_thread_layout());
    store.append(events);
    store.finish(kStart + 150 * kMs);
    const TimelineSummary s = summarize(store);
    const RunMetrics m = compute_metrics(store, 0);
    REQUIRE(m.gil_wait_share() > 0.0);
    CHECK(s.state_share(LaneState::WaitingGil) == Approx(m.gil_wait_share()));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the summary counts the workers only: the main thread waiting in join() is not one", "[render]") {
    // A lane shown to explain the run (LaneInfo::worker false), waiting on a lock the whole run:
    // counted, the headline said the workers waited on a lock in a run without one.
    RunLayout layout = test::two_thread_layout();
    LaneInfo main;
    main.name = "MainThread";
    main.name_kind = NameKind::MainThread;
    main.kind = LaneKind::MainThread;
    main.worker = false;
    layout.lanes.push_back(main);
    const std::uint32_t main_lane = static_cast<std::uint32_t>(layout.lanes.size() - 1);
    std::vector<Event> events = test::two_thread_events();
    Event wait;
    wait.kind = EventKind::State;
    wait.t_ns = kStart;
    wait.lane = main_lane;
    wait.state = LaneState::WaitingLock;
    events.insert(events.begin(), wait);
    TimelineStore store(layout);
    store.append(events);
    store.finish(kStart + 150 * kMs);
    const TimelineSummary s = summarize(store);
    CHECK(s.state_share(LaneState::WaitingLock) == 0.0);
    CHECK(s.state_share(LaneState::WaitingGil) == Approx(compute_metrics(store, 0).gil_wait_share()));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a zoomed render shows only the visible range", "[render]") {
    const TimelineStore store = test::two_thread_timeline();
    TimelinePaintOptions options;
    // Zoom to 40..60 ms: lane 0 switches from Running to Waiting at the middle.
    const QImage image = render_timeline_image(QSize(1000, 600), store, kStart + 40 * kMs, kStart + 60 * kMs, options);
    QImage scratch(QSize(1000, 600), QImage::Format_RGB32);
    QPainter p(&scratch);
    const auto g = compute_geometry(store.layout(), QRect(0, 0, 1000, 600), options, &p);
    const Probe probe{image, g, TimeView{kStart + 40 * kMs, kStart + 60 * kMs, g.plot_rect.width()}};
    CHECK(probe.at(lane0, 45) == state_color(LaneState::Running));
    CHECK(probe.at(lane0, 55) == state_color(LaneState::WaitingGil));
    CHECK(probe.at(core1, 45) == plot_background());
    CHECK(probe.at(core1, 55) == core_busy_color());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the measured summary explains the picture", "[render]") {
    const TimelineStore store = test::two_thread_timeline();
    const TimelineSummary s = summarize(store);
    CHECK(s.wall_ns == 150 * kMs);
    // 300 ms of lane time: 150 Running, 100 Waiting for the GIL, 50 Blocked on I/O.
    CHECK(s.state_share(LaneState::Running) == Approx(150.0 / 300.0));
    CHECK(s.state_share(LaneState::WaitingGil) == Approx(100.0 / 300.0));
    CHECK(s.state_share(LaneState::WaitingGil) == Approx(compute_metrics(store, 0).gil_wait_share()));
    CHECK(s.core_busy_share() == Approx(150.0 / 300.0));
    CHECK(s.handoffs == 2);
    const QString text = summary_text(s);
    CHECK(text.contains(QStringLiteral("Waiting for GIL 33%")));
    CHECK_FALSE(text.contains(QStringLiteral("idle")));
    CHECK(text.contains(QStringLiteral("CPU cores busy 50%")));
    CHECK(text.contains(QStringLiteral("GIL hand-offs 2")));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a run without a GIL row (GIL off, a program that is not Python) gives no count of hand-offs", "[render]") {
    // "GIL hand-offs 0" would read as measured; nothing was.
    for (const GilNote note : {GilNote::None, GilNote::NotReadable}) {
        RunLayout layout = test::two_thread_layout();
        for (ProcessGroup& g : layout.groups) {
            g.gil = note != GilNote::None;  // no row at all, or a row that says it cannot be read
            g.gil_note = note;
        }
        TimelineStore store(layout);
        store.append(test::two_thread_events());
        store.finish(kStart + 150 * kMs);
        const QString text = summary_text(summarize(store));
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("CPU cores busy")));
        CHECK_FALSE(text.contains(QStringLiteral("hand-offs")));
    }
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the widget paints, zooms with the wheel and tells what is under the mouse", "[render][widget]") {
    ZoomState zoom;
    TimelineWidget widget(&zoom);
    widget.resize(1000, 600);
    auto store = std::make_shared<const SharedTimeline>(test::two_thread_timeline());
    widget.setTimeline(store);
    CHECK(zoom.view().t0_ns == kStart);
    CHECK(zoom.view().t1_ns == kStart + 150 * kMs);

    const QImage image = widget.grab().toImage();
    const auto& g = widget.paintGeometry();
    const Probe probe{image, g, zoom.view()};
    CHECK(probe.at(lane0, 25) == state_color(LaneState::Running));
    CHECK(probe.at(lane1, 25) == state_color(LaneState::WaitingGil));

    // Tooltip of lane 1 at 75 ms: Running on core 1, task 1, started at 50 ms, lasted 50 ms.
    const RowGeometry& r = probe.row(lane1);
    const QPoint pos(g.plot_rect.left() + static_cast<int>(zoom.view().x_of(kStart + 75 * kMs)),
                     g.plot_rect.top() + r.y + r.h / 2);
    const QString tip = widget.tooltipAt(pos);
    CHECK(tip.contains(QStringLiteral("Thread-2")));
    CHECK(tip.contains(QStringLiteral("Running")));
    CHECK(tip.contains(QStringLiteral("Core: 1")));
    CHECK(tip.contains(QStringLiteral("Task: #1")));
    CHECK(tip.contains(QStringLiteral("Start: 50.0 ms")));
    CHECK(tip.contains(QStringLiteral("Duration: 50.0 ms")));

    // Wheel over the middle zooms in about the cursor; double-click fits again.
    const QPoint mid(g.plot_rect.left() + g.plot_rect.width() / 2, pos.y());
    const auto anchor = zoom.view().t_of(mid.x() - g.plot_rect.left());
    QWheelEvent wheel(QPointF(mid), QPointF(widget.mapToGlobal(mid)), QPoint(), QPoint(0, 480), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&widget, &wheel);
    CHECK(zoom.view().span_ns() < 150 * kMs / 2);
    CHECK(static_cast<double>(zoom.view().t_of(mid.x() - g.plot_rect.left())) ==
          Approx(static_cast<double>(anchor)).margin(zoom.view().ns_per_px() * 2));
    QTest::mouseDClick(&widget, Qt::LeftButton, Qt::NoModifier, mid);
    CHECK(zoom.view().span_ns() == 150 * kMs);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("repaints are coalesced to at most one per 16 ms", "[render][widget]") {
    ZoomState zoom;
    TimelineWidget widget(&zoom);
    widget.resize(800, 400);
    widget.setTimeline(std::make_shared<const SharedTimeline>(test::two_thread_timeline()));
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QTest::qWait(50);
    const int before = widget.repaintCount();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 200) {
        for (int i = 0; i < 100; ++i) widget.markDirty();
        QCoreApplication::processEvents();
    }
    const int repaints = widget.repaintCount() - before;
    CHECK(repaints >= 1);
    CHECK(repaints <= 200 / 16 + 3);
    REQUIRE_NO_QT_WARNINGS();
}

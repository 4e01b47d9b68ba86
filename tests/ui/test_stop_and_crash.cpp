// Runs cut short in the window: Stop (Esc) keeps the partial run in the table, the timeline and
// the exports, marked stopped; closing the window mid-run closes it at once and ends every worker;
// a worker process that crashes is named, with its signal, in the table and marked on its lane.
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>

#include "../support/experiments.h"
#include "../support/process_table.h"
#include "run/run_session.h"
#include "timeline/timeline_store.h"
#include "timeline_fixtures.h"
#include "ui/comparison/comparison_model.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/window/main_window.h"
#include "ui/run/run_controller.h"
#include "ui/timeline/state_palette.h"
#include "ui/timeline/timeline_painter.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::kMs;
using conclab::test::kStart;
using conclab::test::wait_until;
using conclab::testing::child_processes;
using conclab::testing::describe;

namespace {

// Worker processes, one per task, under the GIL.
Experiment processes(const char* workload, int tasks) {
    return conclab::testing::make_experiment(workload, tasks, RunModel::Processes, tasks, true);
}

// The main window on screen (offscreen), as the class sees it.
std::unique_ptr<MainWindow> shown_window() {
    auto window = std::make_unique<MainWindow>();
    window->fitInto(QRect(0, 0, 1600, 1000));  // the offscreen screen is smaller: room for thick lanes
    // The side panes put away, as on a small projector: the timeline gets the window's width, and
    // its lanes stay thick even when a busy machine's warning line takes a share of its height.
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) dock->hide();
    window->show();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

QString read_text(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QAction* action_named(QWidget& window, const QString& text) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == text) return a;
    return nullptr;
}

QString status_cell(const ComparisonModel& model, int row, int role = Qt::DisplayRole) {
    return model.data(model.index(row, ComparisonModel::Status), role).toString();
}

// The window's own timeline, rendered: is the pixel at time t on this lane's row the given colour?
struct LanePixel {
    const QImage& image;
    const TimelineGeometry& g;
    TimeView view;
    QColor at(std::uint32_t lane, std::int64_t t, int dy = 0, int dx = 0) const {
        for (const RowGeometry& r : g.rows)
            if (r.role == RowRole::Lane && r.ref.index == lane)
                return image.pixelColor(g.plot_rect.left() + static_cast<int>(std::lround(view.x_of(t))) + dx,
                                        g.plot_rect.top() + r.y + r.h / 2 + dy);
        FAIL("lane " << lane << " not laid out");
        return {};
    }
};

}  // namespace

TEST_CASE("Stop (Esc) mid-run keeps the partial run: the row says stopped, the timeline shows it, exports work",
          "[window][stop]") {
    const auto on_screen = shown_window();
    MainWindow& window = *on_screen;
    QAction* stop = action_named(window, QStringLiteral("&Stop"));
    REQUIRE(stop != nullptr);
    CHECK(stop->shortcut() == QKeySequence(Qt::Key_Escape));

    window.panel()->setExperiment(processes("cpu:20s", 2));
    window.runExperiment();
    REQUIRE(wait_until([&] { return test::live_segments_arrived(*window.controller()); }, 10'000));
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(&window, Qt::Key_Escape);  // the teacher presses Esc
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 5'000));
    INFO("Esc to table row: " << timer.elapsed() << " ms");

    CHECK(window.comparison()->rows().front().status == RunStatus::Stopped);
    // The status comes first; a loaded machine adds " · machine busy (n%)" after it.
    CHECK(status_cell(*window.comparison(), 0).section(QStringLiteral(" · "), 0, 0) == QStringLiteral("stopped"));
    // The timeline shows what was recorded up to the stop, ended, well short of 20 s.
    REQUIRE(window.timeline()->timeline() != nullptr);
    CHECK(window.timeline()->timeline() == window.comparison()->result(0)->timeline);
    CHECK(window.timeline()->timeline()->finished());
    const TimelineStore* shown = &window.timeline()->timeline()->store();
    CHECK(shown->segment_count() > 0);
    CHECK(shown->end_ns() - shown->start_ns() < 10'000'000'000);
    for (std::uint32_t lane = 0; lane < 2; ++lane) CHECK(shown->lane_totals(lane).ended);
    CHECK(window.currentCaption().contains(QStringLiteral("stopped")));
    CHECK(child_processes().empty());

    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("stopped.json"));
    const QString csv = dir.filePath(QStringLiteral("stopped.csv"));
    CHECK(window.exportTrace(trace).isEmpty());
    CHECK(read_text(trace).contains(QStringLiteral("processes \u00b7 GIL on \u00b7 stopped \u00b7 Process-1")));
    CHECK(window.exportCsv(csv).isEmpty());
    CHECK(read_text(csv).contains(QStringLiteral(",stopped,")));
    CHECK(window.exportTimelinePicture(dir.filePath(QStringLiteral("stopped.png")), QSize(1200, 700)).isEmpty());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("closing the window mid-run closes it at once and ends every worker process", "[window][stop]") {
    auto window = shown_window();
    window->panel()->setExperiment(processes("cpu:20s", 3));
    window->runExperiment();
    REQUIRE(wait_until([&] { return child_processes().size() == 3; }, 10'000));

    QElapsedTimer timer;
    timer.start();
    CHECK(window->close());
    const qint64 close_ms = timer.elapsed();
    CHECK_FALSE(window->isVisible());
    CHECK(close_ms < 500);
    // The workers end on their own within a fraction of a second; none is left behind.
    CHECK(wait_until([] { return child_processes().empty(); }, 5'000));
    INFO("left: " << describe(child_processes()));
    CHECK(child_processes().empty());
    timer.restart();
    window.reset();  // what the program does next on quitting
    CHECK(timer.elapsed() < 1000);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a crashed worker: the row says failed with worker and signal, the timeline marks where it died",
          "[window][crash]") {
    const auto on_screen = shown_window();
    MainWindow& window = *on_screen;
    Experiment e = processes("cpu:150ms", 3);
    e.crash_task = 1;  // the lesson option: task 1 dies as a crashing C extension would
    REQUIRE(window.controller()->start(e).isEmpty());
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 20'000));

    const auto result = window.comparison()->result(0);
    REQUIRE(result->status == RunStatus::Failed);
    REQUIRE(result->failure.has_value());
    CHECK(status_cell(*window.comparison(), 0).section(QStringLiteral(" · "), 0, 0) ==
          QStringLiteral("failed: Process-2 killed by SIGABRT"));
    CHECK(status_cell(*window.comparison(), 0, Qt::ToolTipRole).contains(QStringLiteral("(pid ")));
    CHECK(status_cell(*window.comparison(), 0, Qt::ToolTipRole).contains(QStringLiteral("SIGABRT at ")));

    const auto& death = window.timeline()->paintOptions().death;
    REQUIRE(death.has_value());
    CHECK(death->lane == 1);
    CHECK(death->t_ns == result->failure->t_ns);
    CHECK(death->text.startsWith(QStringLiteral("killed by SIGABRT at ")));
    // Drawn: the cross sits on the dead worker's lane where it died.
    window.timeline()->markDirty();
    const QImage image = window.timeline()->grab().toImage();
    const auto& g = window.timeline()->paintGeometry();
    // The view the picture was drawn with (a loaded machine may still be following the run's end).
    const TimeView drawn = window.zoom()->view();
    REQUIRE(death->t_ns >= drawn.t0_ns);
    REQUIRE(death->t_ns <= drawn.t1_ns);
    const LanePixel pixel{image, g, TimeView{drawn.t0_ns, drawn.t1_ns, g.plot_rect.width()}};
    INFO("view " << drawn.t0_ns << ".." << drawn.t1_ns << " (" << drawn.width_px << " px), plot " << g.plot_rect.width()
                 << " px, died at " << death->t_ns << ", lane 1 colour " << pixel.at(1, death->t_ns).name().toStdString());
    // Within a pixel or two of that point (the cross's strokes are a few pixels wide; where a
    // moment falls between two pixel columns is rounding).
    bool cross_there = false;
    for (int dy = -2; dy <= 2 && !cross_there; ++dy)
        for (int dx = -2; dx <= 2 && !cross_there; ++dx) cross_there = pixel.at(1, death->t_ns, dy, dx) == worker_death_color();
    CHECK(cross_there);
    CHECK(child_processes().empty());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("where a worker died its lane shows a cross and says how, over whatever state it was in",
          "[render][crash]") {
    const TimelineStore store = test::two_thread_timeline();  // lane 1: Running 50-100 ms, then Blocked on I/O
    const std::int64_t died = kStart + 60 * kMs;
    auto render = [&](std::optional<WorkerDeathMark> death, TimelineGeometry& g) {
        QImage image(QSize(1200, 700), QImage::Format_RGB32);
        TimelinePaintOptions options;
        options.death = std::move(death);
        QPainter p(&image);
        g = compute_geometry(store.layout(), QRect(0, 0, 1200, 700), options, &p);
        paint_timeline(p, g, &store, kStart, kStart + 150 * kMs, options);
        return image;
    };
    TimelineGeometry g_plain, g_marked;
    const QImage plain = render(std::nullopt, g_plain);
    const QImage marked = render(WorkerDeathMark{1, died, QStringLiteral("killed by SIGKILL at 60 ms")}, g_marked);
    const TimeView view{kStart, kStart + 150 * kMs, g_marked.plot_rect.width()};
    const LanePixel before{plain, g_plain, view}, after{marked, g_marked, view};

    CHECK(before.at(1, died) == state_color(LaneState::Running));
    CHECK(after.at(1, died) == worker_death_color());
    // The label box (white) beside the cross, where the lane was all green and sky blue before.
    int white_before = 0, white_after = 0;
    for (std::int64_t t = died + 3 * kMs; t < kStart + 150 * kMs; t += kMs / 4) {
        white_before += before.at(1, t, -6) == QColor(Qt::white);
        white_after += after.at(1, t, -6) == QColor(Qt::white);
    }
    CHECK(white_before == 0);
    CHECK(white_after > 10);
    // Other lanes are untouched.
    CHECK(after.at(0, died) == before.at(0, died));
    REQUIRE_NO_QT_WARNINGS();
}

// The main window end to end: a tiny experiment runs through the window's controller, segments
// arrive live, a table row appears, Stop ends a run quickly, and exports work from the window.
#include <QTableView>
#include <QTimer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include "run/run_session.h"
#include "timeline/timeline_store.h"
#include "ui/comparison/comparison_model.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/window/main_window.h"
#include "ui/run/run_controller.h"
#include "ui/comparison/speedup_chart.h"
#include "ui/timeline/timeline_widget.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::wait_until;

namespace {
Experiment tiny(RunModel model, const char* workload, int tasks) {
    Experiment e = default_experiment();
    e.workload = parse_workload(workload).value();
    e.tasks = tasks;
    e.model = model;
    e.workers = 2;
    e.gil = true;
    return e;
}
}  // namespace

TEST_CASE("a run from the main window streams segments and adds a table row", "[window][e2e]") {
    MainWindow window;
    window.panel()->setExperiment(tiny(RunModel::Threads, "cpu:150ms", 2));
    window.runExperiment();
    REQUIRE(window.controller()->isRunning());
    // Live: events reach the GUI-owned store while the run is still going.
    REQUIRE(wait_until([&] { return test::live_segments_arrived(*window.controller()); }, 10'000));
    const bool live = window.controller()->isRunning();
    CHECK(live);
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 30'000));
    CHECK_FALSE(window.controller()->isRunning());
    const auto& row = window.comparison()->rows().front();
    CHECK(row.status == RunStatus::Completed);
    CHECK(row.metrics.wall_ns > 100'000'000);
    CHECK(window.chart()->barCount() == 1);
    REQUIRE(window.timeline()->timeline() != nullptr);
    CHECK(window.timeline()->timeline()->finished());
    CHECK(window.timeline()->timeline()->store().segment_count() > 0);
    // One store per run: the table's result is the very timeline the window drew live.
    CHECK(window.timeline()->timeline() == window.comparison()->result(0)->timeline);

    QTemporaryDir dir;
    CHECK(window.exportTimelinePicture(dir.filePath(QStringLiteral("t.png")), QSize(1200, 700)).isEmpty());
    CHECK(window.exportCsv(dir.filePath(QStringLiteral("c.csv"))).isEmpty());
    CHECK(window.exportTrace(dir.filePath(QStringLiteral("t.json"))).isEmpty());
    window.resize(1200, 800);
    CHECK(window.exportWindowPicture(dir.filePath(QStringLiteral("w.svg"))).isEmpty());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("Stop ends a run within a fraction of a second", "[window][e2e]") {
    MainWindow window;
    window.panel()->setExperiment(tiny(RunModel::Threads, "cpu:20s", 2));
    window.runExperiment();
    REQUIRE(wait_until([&] { return test::live_segments_arrived(*window.controller()); }, 10'000));
    QElapsedTimer timer;
    timer.start();
    window.stopRun();
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 5'000));
    CHECK(timer.elapsed() < 1000);
    CHECK(window.comparison()->rows().front().status == RunStatus::Stopped);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a finished run's timeline can be shown again from the table", "[window][e2e]") {
    MainWindow window;
    window.panel()->setExperiment(tiny(RunModel::Sequential, "cpu:20ms", 2));
    window.runExperiment();
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1 && !window.controller()->isRunning(); }, 20'000));
    window.panel()->setExperiment(tiny(RunModel::ThreadPool, "io:30ms", 4));
    window.runExperiment();
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 2 && !window.controller()->isRunning(); }, 20'000));
    const auto second = window.timeline()->timeline();
    window.table()->selectRow(0);
    window.showSelectedRun();
    CHECK(window.timeline()->timeline() == window.comparison()->result(0)->timeline);
    CHECK(window.timeline()->timeline() != second);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the window stays responsive while 64 threads run", "[window][e2e]") {
    MainWindow window;
    window.resize(1400, 900);
    window.show();  // painted for real (offscreen), so repaint cost counts
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.panel()->setExperiment(tiny(RunModel::Threads, "cpu:20ms", 64));
    window.runExperiment();
    REQUIRE(window.controller()->isRunning());
    // A 10 ms timer on the GUI thread: the longest gap between its ticks is how long input would wait.
    QElapsedTimer since_last;
    since_last.start();
    qint64 worst_gap_ms = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worst_gap_ms = std::max(worst_gap_ms, since_last.restart());
    });
    ticker.start(10);
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 30'000));
    ticker.stop();
    CHECK(window.comparison()->rows().front().metrics.lanes == 64);
    CHECK(window.timeline()->paintGeometry().rows.size() >= 64 + 2);
    INFO("worst gap between 10 ms timer ticks: " << worst_gap_ms << " ms");
    CHECK(worst_gap_ms < 250);
    CHECK(window.timeline()->repaintCount() > 1);
    REQUIRE_NO_QT_WARNINGS();
}

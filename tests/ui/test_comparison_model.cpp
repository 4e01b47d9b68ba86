// The comparison model: structure under QAbstractItemModelTester, speedup and efficiency values,
// and the chart reading the same model.
#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <catch2/catch.hpp>

#include "ui/comparison/comparison_model.h"
#include "ui/comparison/speedup_chart.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;

namespace {

ComparisonRow make_row(RunModel model, int lanes, std::int64_t wall_ms, bool gil = true) {
    Experiment e = default_experiment();
    e.model = model;
    e.gil = gil;
    e.tasks = 4;
    e.workers = lanes;
    ComparisonRow r = simulated_row(e, RunStatus::Completed, {});
    r.metrics.wall_ns = wall_ms * 1'000'000;
    r.metrics.cpu_ns = 400'000'000;
    r.metrics.lanes = lanes;
    r.metrics.cores = 4;
    r.metrics.busy_ns = 1000;
    r.metrics.gil_wait_ns = 250;
    r.metrics.handoffs = 42;
    return r;
}

}  // namespace

TEST_CASE("comparison model passes QAbstractItemModelTester while rows come and go", "[comparison]") {
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.columnCount() == ComparisonModel::ColumnCount);
    CHECK(model.rowCount() == 0);
    model.addRun(make_row(RunModel::Sequential, 1, 400));
    model.addRun(make_row(RunModel::Threads, 4, 410));
    model.addRun(make_row(RunModel::Processes, 4, 110));
    CHECK(model.rowCount() == 3);
    for (int c = 0; c < model.columnCount(); ++c) {
        CHECK_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty());
        CHECK(model.data(model.index(1, c)).isValid());
    }
    model.removeRun(1);
    CHECK(model.rowCount() == 2);
    model.clear();
    CHECK(model.rowCount() == 0);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("speedup and efficiency are computed against the sequential run", "[comparison]") {
    ComparisonModel model;
    model.addRun(make_row(RunModel::Threads, 4, 410));  // no baseline yet
    CHECK_FALSE(model.data(model.index(0, ComparisonModel::Speedup)).isValid());
    model.addRun(make_row(RunModel::Sequential, 1, 400));
    model.addRun(make_row(RunModel::Processes, 4, 100));
    model.addRun(make_row(RunModel::Threads, 8, 200, false));  // 8 workers on 4 cores

    const auto& rows = model.rows();
    REQUIRE(rows[0].speedup.has_value());
    CHECK(*rows[0].speedup == Approx(400.0 / 410.0));
    CHECK(*rows[1].speedup == Approx(1.0));
    CHECK(*rows[2].speedup == Approx(4.0));
    CHECK(*rows[2].efficiency == Approx(1.0));
    CHECK(*rows[3].speedup == Approx(2.0));
    CHECK(*rows[3].efficiency == Approx(2.0 / 8));  // speedup per worker
    // The display value the chart reads is a number, rounded for the bar's label.
    CHECK(model.data(model.index(2, ComparisonModel::Speedup)).toDouble() == Approx(4.0));
    CHECK(model.data(model.index(0, ComparisonModel::Speedup)).toDouble() == Approx(0.98));
    CHECK(model.data(model.index(2, ComparisonModel::Efficiency)).toString() == QStringLiteral("100%"));
    CHECK(model.data(model.index(2, ComparisonModel::GilWait)).toString() == QStringLiteral("25%"));

    // Removing the baseline empties the speedups again.
    model.removeRun(1);
    CHECK_FALSE(model.rows()[1].speedup.has_value());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a run on a busy machine is marked in its status, tooltip, colour and chart label", "[comparison]") {
    ComparisonModel model;
    model.addRun(make_row(RunModel::Sequential, 1, 400));
    ComparisonRow busy = make_row(RunModel::Threads, 4, 900);
    busy.metrics.machine.measured = true;
    busy.metrics.machine.capacity_ns = 4 * busy.metrics.wall_ns;
    busy.metrics.machine.other_cpu_ns = busy.metrics.machine.capacity_ns * 38 / 100;
    model.addRun(busy);
    const QString status = model.data(model.index(1, ComparisonModel::Status)).toString();
    CHECK(status.startsWith(QStringLiteral("completed")));
    CHECK(status.contains(QStringLiteral("machine busy (38%)")));
    CHECK(model.data(model.index(1, ComparisonModel::Status), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("other programs used 38%")));
    CHECK(model.data(model.index(1, ComparisonModel::Speedup), Qt::BackgroundRole).isValid());
    CHECK(model.shortLabel(1).contains(QStringLiteral("busy")));
    // The quiet run carries no mark.
    CHECK_FALSE(model.data(model.index(0, ComparisonModel::Status)).toString().contains(QStringLiteral("busy")));
    CHECK_FALSE(model.data(model.index(0, ComparisonModel::Speedup), Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.shortLabel(0).contains(QStringLiteral("busy")));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the speedup chart shows one bar per row of the same model", "[comparison][chart]") {
    ComparisonModel model;
    SpeedupChart chart(&model, 4);
    CHECK(chart.barCount() == 0);
    model.addRun(make_row(RunModel::Sequential, 1, 400));
    model.addRun(make_row(RunModel::Processes, 4, 100));
    CHECK(chart.barCount() == 2);
    model.removeRun(0);
    CHECK(chart.barCount() == 1);
    model.clear();
    CHECK(chart.barCount() == 0);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the speedup chart names each bar in full where there is room, and cuts no label where there is not",
          "[comparison][chart]") {
    ComparisonModel model;
    SpeedupChart chart(&model, 4);
    model.addRun(make_row(RunModel::Sequential, 1, 400));
    model.addRun(make_row(RunModel::Threads, 4, 410, false));
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    REQUIRE(axis);
    chart.resize(700, 500);
    chart.show();
    QCoreApplication::processEvents();
    // Room: the model's name, with "no GIL" on a line of its own under it.
    REQUIRE(axis->labelsVisible());
    CHECK(axis->categories().value(1) ==
          QStringLiteral("2 %1<br>%2").arg(model.modelName(1), model.labelNotes(1)));
    CHECK(model.labelNotes(1).contains(QStringLiteral("no GIL")));
    // A sliver of a chart with a table's worth of runs: no label rather than "…"; the pointer
    // over a bar names its run.
    for (int i = 0; i < 5; ++i) model.addRun(make_row(RunModel::Processes, 4, 120));
    chart.resize(320, 90);
    QCoreApplication::processEvents();
    CHECK_FALSE(axis->labelsVisible());
    auto* series = qobject_cast<QAbstractBarSeries*>(chart.chart()->series().value(0));
    REQUIRE(series);
    REQUIRE_FALSE(series->barSets().isEmpty());
    emit series->hovered(true, 1, series->barSets().first());
    CHECK(chart.toolTip().contains(model.shortLabel(1)));
    emit series->hovered(false, 1, series->barSets().first());
    CHECK(chart.toolTip().isEmpty());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a real run of a lesson script is named by its model beside the simulated one", "[comparison]") {
    ComparisonModel model;
    model.addRun(make_row(RunModel::Threads, 4, 410));
    ComparisonRow real;
    real.source = SourceKind::Observed;
    real.command = {"/usr/bin/python3", "cpu_bound.py", "--tasks", "4", "--model", "threads"};
    model.addRun(real);
    ComparisonRow other;
    other.source = SourceKind::Observed;
    other.command = {"/bin/sleep", "1"};
    model.addRun(other);
    const QString simulated = model.data(model.index(0, ComparisonModel::Model)).toString();
    const QString observed = model.data(model.index(1, ComparisonModel::Model)).toString();
    CHECK(observed.contains(simulated));
    CHECK(observed != simulated);
    CHECK(model.modelName(1) == observed);
    // A program that names no model is a real program, said as such.
    CHECK_FALSE(model.data(model.index(2, ComparisonModel::Model)).toString().contains(simulated));
    REQUIRE_NO_QT_WARNINGS();
}

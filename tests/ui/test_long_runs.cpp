// Limits a user meets in the window: bounds refused with the bound in the message, and the
// memory of long runs kept bounded without changing what the table and tooltips report.
#include <QComboBox>
#include <QImage>
#include <QPainter>
#include <QSpinBox>
#include <catch2/catch.hpp>
#include <memory>

#include "run/run_session.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/run/kept_results_budget.h"
#include "ui/export/picture_export.h"
#include "ui/timeline/state_palette.h"
#include "ui/timeline/time_view.h"
#include "ui/timeline/timeline_painter.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;

namespace {

void select_model(ExperimentPanel& panel, RunModel model) {
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("runModel"));
    REQUIRE(combo != nullptr);
    combo->setCurrentIndex(combo->findData(static_cast<int>(model)));
}

QSpinBox* tasks_box(ExperimentPanel& panel) {
    for (QSpinBox* box : panel.findChildren<QSpinBox*>())
        if (box->maximum() == kMaxTasks) return box;
    return nullptr;
}

// A finished run whose timeline holds `lanes` lanes of `per_lane` alternating segments.
std::shared_ptr<RunResult> long_result(std::uint32_t lanes, std::int64_t per_lane) {
    RunLayout layout;
    layout.groups.push_back(ProcessGroup{"Main process", 0, true});
    for (std::uint32_t i = 0; i < lanes; ++i) layout.lanes.push_back(LaneInfo{"Thread", 0, LaneKind::Thread, 0, 0});
    layout.cores = 2;
    auto result = std::make_shared<RunResult>();
    result->timeline = std::make_shared<SharedTimeline>(layout);
    std::vector<Event> batch;
    for (std::int64_t k = 0; k < per_lane; ++k) {
        batch.clear();
        for (std::uint32_t lane = 0; lane < lanes; ++lane) {
            Event e;
            e.kind = EventKind::State;
            e.lane = lane;
            e.t_ns = k * 1'000'000 + lane;  // 1 ms segments, 1000 s per 1M
            e.state = (k + lane) % 2 == 0 ? LaneState::Running : LaneState::Ready;
            e.core = static_cast<std::uint16_t>(lane % 2);
            batch.push_back(e);
        }
        result->timeline->append(batch);
    }
    result->timeline->finish(per_lane * 1'000'000);
    return result;
}

}  // namespace

TEST_CASE("the panel refuses a run over a bound and names the bound", "[panel][limits]") {
    ExperimentPanel panel;
    QSpinBox* tasks = tasks_box(panel);
    REQUIRE(tasks != nullptr);
    select_model(panel, RunModel::Processes);
    tasks->setValue(kMaxProcesses + 1);
    CHECK(panel.problem().contains(QString::number(kMaxProcesses)));
    tasks->setValue(kMaxProcesses);
    CHECK(panel.problem().isEmpty());
    select_model(panel, RunModel::Threads);
    tasks->setValue(kMaxThreads + 1);
    CHECK(panel.problem().contains(QString::number(kMaxThreads)));
    // The pools take any number of tasks up to the task bound, which the box itself enforces.
    select_model(panel, RunModel::ThreadPool);
    CHECK(panel.problem().isEmpty());
    tasks->setValue(kMaxTasks + 1);
    CHECK(tasks->value() == kMaxTasks);
    CHECK(tasks->toolTip().contains(QString::number(kMaxTasks)));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("finished runs kept for the table are folded to a memory budget, figures unchanged", "[limits]") {
    KeptResultsBudget budget(50'000, 5'000);
    auto first = long_result(4, 5'000);  // 20k lane segments + 10k core segments
    const auto first_totals = first->store().lane_totals(0).state_ns;
    budget.add(first);
    auto second = long_result(4, 5'000);
    budget.add(second);
    CHECK(budget.keptSegments() <= 50'000);
    // The older run gave up detail, the newer one kept all of it.
    CHECK(first->store().fold_block_ns() > 0);
    CHECK(second->store().fold_block_ns() == 0);
    CHECK(first->store().lane_totals(0).state_ns == first_totals);
    // A run removed from the table no longer counts.
    first.reset();
    CHECK(budget.keptSegments() == second->store().segment_count());
}

TEST_CASE("zoomed in on a folded run, the timeline shows where the detail was folded", "[limits]") {
    auto run = long_result(4, 5'000);
    run->timeline->fold_to(run->store().segment_count() / 4);
    const TimelineStore& store = run->store();
    const std::int64_t block = store.fold_block_ns();
    const std::int64_t horizon = store.folded_before_ns();
    REQUIRE(block > 0);
    TimelinePaintOptions options;
    options.legend = false;
    const QSize size(1000, 400);
    const std::int64_t t0 = std::max(store.start_ns(), horizon - 40 * block);
    const std::int64_t t1 = horizon + 10 * block;
    const QImage image = render_timeline_image(size, store, t0, t1, options);
    QImage scratch(size, QImage::Format_RGB32);
    QPainter probe(&scratch);
    const TimelineGeometry g = compute_geometry(store.layout(), QRect(QPoint(0, 0), size), options, &probe);
    probe.end();
    const int x = g.plot_rect.left() + static_cast<int>(std::lround(TimeView{t0, t1, g.plot_rect.width()}.x_of(horizon)));
    int ink = 0;
    for (int y = g.plot_rect.top(); y <= g.plot_rect.bottom(); ++y) ink += image.pixelColor(x, y) == ink_color();
    CHECK(ink > g.plot_rect.height() / 4);  // a dashed line from top to bottom
    REQUIRE_NO_QT_WARNINGS();
}

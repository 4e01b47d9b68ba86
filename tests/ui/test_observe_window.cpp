// Observing real programs from the window: File → Observe a program… (its lanes, its output in the
// Output pane, a row in the table), a program that cannot start, Run → Beside real Python (the
// simulated run and real CPython doing the same work, both rows, stacked on one time scale), and how GIL rows are labelled.
#include <QTableView>
#include <algorithm>
#include <catch2/catch.hpp>

#include "observe/program_launch.h"
#include "timeline/timeline_store.h"
#include "ui/comparison/comparison_model.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/lessons/lesson_runs_view.h"
#include "ui/run/run_controller.h"
#include "ui/text/display_format.h"
#include "ui/timeline/lane_row_layout.h"
#include "ui/timeline/time_view.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "ui/window/main_window.h"
#include "ui/window/observe_dialog.h"
#include "ui/output/output_model.h"
#include "ui/output/output_pane.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::wait_until;

namespace {
constexpr int kNoHangMs = 60'000;  // a generous "no hang" bound on a loaded 2-core machine

bool have_python() { return !observe::check_program("python3").has_value(); }
}  // namespace

TEST_CASE("an observed program's output reaches the Output pane and its run a table row", "[window][observe]") {
    MainWindow window;
    window.observeProgram({"/bin/sh", "-c", "echo hello from sh; echo trouble >&2; sleep 0.2"}, QString());
    REQUIRE(window.controller()->isRunning());
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, kNoHangMs));
    const auto result = window.comparison()->result(0);
    REQUIRE(result);
    CHECK(result->source == SourceKind::Observed);
    CHECK(result->status == RunStatus::Completed);
    CHECK(result->store().layout().lanes.size() >= 1);
    // The window shows the observed run, and its output with stderr marked.
    CHECK(window.timeline()->timeline() == result->timeline);
    const OutputModel* lines = window.output()->model();
    QString text;
    for (int row = 0; row < lines->rowCount(); ++row)
        for (int col = 0; col < lines->columnCount(); ++col)
            text += lines->data(lines->index(row, col)).toString() + QLatin1Char('\n');
    CHECK(text.contains(QStringLiteral("hello from sh")));
    CHECK(text.contains(QStringLiteral("trouble")));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a program that cannot be started fails its run with the reason", "[window][observe]") {
    MainWindow window;
    window.observeProgram({"conclab-no-such-program-here"}, QString());
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, kNoHangMs));
    const auto result = window.comparison()->result(0);
    REQUIRE(result);
    CHECK(result->status == RunStatus::Failed);
    REQUIRE(result->detail);
    CHECK(result->detail->code == MessageCode::ProgramNotFound);
    CHECK_FALSE(window.controller()->isRunning());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("Beside real Python runs the experiment, then CPython doing the same work", "[window][observe]") {
    if (!have_python()) {
        WARN("skipped: python3 is not installed, so there is no real CPython to show");
        return;
    }
    MainWindow window;
    Experiment e = default_experiment();
    e.workload = parse_workload("cpu:20ms").value();
    e.tasks = 2;
    e.model = RunModel::Threads;
    e.workers = 2;
    e.gil = true;
    window.panel()->setExperiment(e);
    window.runBesideRealPython();
    REQUIRE(window.controller()->isRunning());
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 2 && !window.controller()->isRunning(); },
                       kNoHangMs));
    const auto simulated = window.comparison()->result(0);
    const auto real = window.comparison()->result(1);
    REQUIRE(simulated);
    REQUIRE(real);
    CHECK(simulated->source == SourceKind::Simulated);
    CHECK(real->source == SourceKind::Observed);
    CHECK(real->status == RunStatus::Completed);
    // The lesson script ran two worker threads beside its main thread, under a real GIL row.
    const RunLayout& layout = real->store().layout();
    CHECK(layout.lanes.size() >= 3);
    REQUIRE_FALSE(layout.groups.empty());
    CHECK(layout.groups.front().python_version >= 300);

    // Both runs stacked in the runs dock on one time scale: the same plot width and the same
    // nanoseconds per pixel, each band's title giving its own wall time.
    LessonRunsView* bands = window.lessonRuns();
    REQUIRE(bands->bandCount() == 2);
    CHECK(bands->result(0) == simulated);
    CHECK(bands->result(1) == real);
    window.show();
    bands->grab();  // paints, so the geometry is known
    const auto& geometry = bands->bandGeometry();
    REQUIRE(geometry.size() == 2);
    CHECK(geometry[0].plot_rect.left() == geometry[1].plot_rect.left());
    CHECK(geometry[0].plot_rect.width() == geometry[1].plot_rect.width());
    // Fitted, the one view holds the longer run whole (each band from its own run's start).
    const TimeView& view = bands->zoom()->view();
    const std::int64_t longer = std::max(simulated->store().end_ns() - simulated->store().start_ns(),
                                         real->store().end_ns() - real->store().start_ns());
    CHECK(view.t1_ns - view.t0_ns >= longer);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a GIL row says why it shows no holder", "[window][observe]") {
    ProcessGroup group;
    group.gil = true;
    CHECK(gil_row_label(group) == QStringLiteral("GIL holder"));
    group.gil_note = GilNote::NotReadable;
    group.python_version = 310;
    CHECK(gil_row_label(group).contains(QStringLiteral("3.10")));
    group.gil_note = GilNote::FreeThreaded;
    CHECK(gil_row_label(group).contains(QStringLiteral("free-threaded")));
    // The label is the row's, as drawn.
    RunLayout layout;
    layout.groups.push_back(group);
    LaneInfo lane;
    lane.name = "MainThread";
    layout.lanes.push_back(lane);
    layout.cores = 1;
    const auto rows = layout_rows(layout, fit_row_heights(layout, 600, 14));
    bool found = false;
    for (const auto& row : rows) found = found || row.label == gil_row_label(group);
    CHECK(found);
}

TEST_CASE("the observe dialog splits the arguments as a shell would, expanding nothing", "[window][observe]") {
    ObserveDialog dialog;
    dialog.setProgram(QStringLiteral("python3"));
    dialog.setArguments(QStringLiteral("\"my script.py\" 4 $HOME"));
    CHECK(dialog.command() == std::vector<std::string>{"python3", "my script.py", "4", "$HOME"});
    REQUIRE_NO_QT_WARNINGS();
}

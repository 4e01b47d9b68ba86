// Rows of the timeline: grouped by process, GIL rows, core rows, fitting the height.
#include <catch2/catch.hpp>

#include "ui/timeline/lane_row_layout.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;

namespace {
RunLayout process_layout(int processes) {
    RunLayout l;
    for (int i = 0; i < processes; ++i) {
        l.groups.push_back(ProcessGroup{"Process-" + std::to_string(i + 1), 1000 + i, true});
        l.lanes.push_back(LaneInfo{"Process-" + std::to_string(i + 1), static_cast<std::uint32_t>(i), LaneKind::Process, 0, 0});
    }
    l.cores = 4;
    return l;
}
}  // namespace

TEST_CASE("threads of one process: header, GIL row, lanes, then cores", "[rows]") {
    RunLayout l;
    l.groups.push_back(ProcessGroup{"Main process", 321, true});
    for (int i = 0; i < 3; ++i) l.lanes.push_back(LaneInfo{"ThreadPool-" + std::to_string(i), 0, LaneKind::PoolThread, 0, 0});
    l.cores = 2;
    const auto rows = layout_rows(l, RowHeights{});
    REQUIRE(rows.size() == 1 + 1 + 3 + 1 + 2);
    CHECK(rows[0].role == RowRole::ProcessHeader);
    CHECK(rows[0].label == QStringLiteral("Main process (pid 321)"));
    CHECK(rows[1].role == RowRole::Gil);
    CHECK(rows[1].ref == RowRef{RowKind::Gil, 0});
    CHECK(rows[2].label == QStringLiteral("ThreadPool-0"));
    CHECK(rows[4].ref == RowRef{RowKind::Lane, 2});
    CHECK(rows[5].role == RowRole::CoresHeader);
    CHECK(rows[7].ref == RowRef{RowKind::Core, 1});
    for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i].y >= rows[i - 1].y + rows[i - 1].h);  // no overlap
    CHECK(row_at(rows, rows[3].y + 1) == 3);
    CHECK(row_at(rows, -5) == -1);
}

TEST_CASE("a process with one worker is one labelled lane with its own GIL row", "[rows]") {
    const auto rows = layout_rows(process_layout(2), RowHeights{});
    REQUIRE(rows.size() == 2 * 2 + 1 + 4);
    CHECK(rows[0].label == QStringLiteral("Process-1 (pid 1000)"));
    CHECK(rows[1].role == RowRole::Gil);
    CHECK(rows[2].label == QStringLiteral("Process-2 (pid 1001)"));
}

TEST_CASE("64 processes fit the height without overlapping rows", "[rows]") {
    const RunLayout l = process_layout(64);
    const auto heights = fit_row_heights(l, 900, 16);
    const auto rows = layout_rows(l, heights);
    CHECK(rows_height(rows) <= 900);
    CHECK(heights.lane >= 2);
    for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i].y >= rows[i - 1].y + rows[i - 1].h);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("core rows are the run's CPUs, named by their CPU id (taskset -c 2,3: CPU 2, CPU 3)", "[rows]") {
    RunLayout l = process_layout(1);
    l.cores = 2;
    l.cpu_ids = {2, 3};
    const auto rows = layout_rows(l, RowHeights{});
    REQUIRE(rows.size() == 2 + 1 + 2);
    CHECK(rows[2].role == RowRole::CoresHeader);
    CHECK(rows[3].role == RowRole::Core);
    CHECK(rows[3].ref == RowRef{RowKind::Core, 0});
    CHECK(rows[3].label == QStringLiteral("CPU 2"));
    CHECK(rows[4].ref == RowRef{RowKind::Core, 1});
    CHECK(rows[4].label == QStringLiteral("CPU 3"));

    // A quota of 1.5 CPUs over three allowed CPUs: two cores' worth, but threads move over all three.
    l.cpu_ids = {0, 1, 5};
    const auto quota_rows = layout_rows(l, RowHeights{});
    REQUIRE(quota_rows.size() == 2 + 1 + 3);
    CHECK(quota_rows.back().label == QStringLiteral("CPU 5"));
    REQUIRE_NO_QT_WARNINGS();
}

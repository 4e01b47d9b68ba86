#pragma once
// Which rows the timeline shows, top to bottom, and how tall each is: per process a header (or,
// for a process with one worker, a labelled lane), its thin GIL-holder row, its worker lanes;
// then a "CPU cores" header and one row per core. Rows shrink to fit the height available.
#include <QString>
#include <vector>

#include "timeline/run_layout.h"

namespace conclab::ui {

enum class RowRole { ProcessHeader, Gil, Lane, CoresHeader, Core };

struct RowGeometry {
    RowRole role = RowRole::Lane;
    RowRef ref;           // which timeline row (headers: the group, unused)
    int y = 0;            // top, relative to the first row
    int h = 0;
    QString label;        // what the label column shows
    bool has_data = true; // headers carry no segments
};

struct RowHeights {
    int lane = 28;
    int gil = 12;
    int header = 24;
    int gap = 6;  // between process blocks
};

// Row heights for `available_px` of height: the preferred heights scaled down (never below a few
// pixels) until everything fits.
RowHeights fit_row_heights(const RunLayout& layout, int available_px, int font_px);
// The least height at which every row keeps its label legible (lanes as tall as their text):
// a view that has less scrolls rather than squeezing the rows.
int legible_rows_height(const RunLayout& layout, int font_px);
std::vector<RowGeometry> layout_rows(const RunLayout& layout, const RowHeights& heights);
int rows_height(const std::vector<RowGeometry>& rows);
// Index of the row containing y (relative to the first row), or -1.
int row_at(const std::vector<RowGeometry>& rows, int y);

QString process_label(const ProcessGroup& group);  // "Process-2 (pid 1234)"
QString lane_label(const RunLayout& layout, std::uint32_t lane);

}  // namespace conclab::ui

#include "ui/timeline/lane_row_layout.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <algorithm>

#include "ui/text/display_format.h"
#include "ui/text/translate.h"
#include "ui/timeline/text_font.h"

namespace conclab::ui {
namespace {

struct Counts {
    int headers = 0, gils = 0, lanes = 0, gaps = 0;
};

std::vector<std::vector<std::uint32_t>> lanes_by_group(const RunLayout& layout) {
    std::vector<std::vector<std::uint32_t>> by_group(layout.groups.size());
    for (std::uint32_t i = 0; i < layout.lanes.size(); ++i) {
        const auto g = layout.lanes[i].group;
        if (g < by_group.size()) by_group[g].push_back(i);
    }
    return by_group;
}

Counts count_rows(const RunLayout& layout) {
    Counts c;
    const auto groups = lanes_by_group(layout);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].empty()) continue;
        if (groups[g].size() > 1) ++c.headers;
        if (layout.groups[g].gil) ++c.gils;
        c.lanes += static_cast<int>(groups[g].size());
        ++c.gaps;
    }
    c.headers += 1;  // "CPU cores"
    c.lanes += static_cast<int>(layout.core_row_count());
    return c;
}

int total(const Counts& c, const RowHeights& h) {
    return c.headers * h.header + c.gils * h.gil + c.lanes * h.lane + c.gaps * h.gap;
}

}  // namespace

QString process_label(const ProcessGroup& group) {
    const QString name = process_display_name(group);
    return group.pid > 0 ? tr("%1 (pid %2)").arg(name, format_count(group.pid)) : name;
}

QString lane_label(const RunLayout& layout, std::uint32_t lane) { return lane_display_name(layout, lane); }

RowHeights fit_row_heights(const RunLayout& layout, int available_px, int font_px) {
    const Counts c = count_rows(layout);
    RowHeights h;
    h.lane = std::max(font_px * 2, 20);
    h.header = font_px + font_px / 2 + 4;
    h.gil = std::max(font_px * 3 / 4 + 6, 12);
    h.gap = std::max(font_px / 3, 3);
    if (total(c, h) <= available_px) {
        // Grow into spare room (up to three times the preferred height) so a picture has no empty half;
        // GIL rows grow along so the holder names fit in them.
        const int spare = available_px - total(c, h);
        const int weight = c.lanes * 4 + c.gils;
        const int grow = weight > 0 ? std::min(spare / weight, h.lane / 2) : 0;
        h.lane += grow * 4;
        h.gil += std::min(grow, font_px / 2);
        return h;
    }
    // Shrink: lanes first down to a few pixels, then GIL rows, headers and gaps.
    const int fixed = c.headers * h.header + c.gils * h.gil + c.gaps * h.gap;
    if (c.lanes > 0) h.lane = std::max(3, (available_px - fixed) / c.lanes);
    if (total(c, h) > available_px) {
        h.gil = std::max(3, h.lane / 2 + 1);
        h.gap = std::max(1, h.lane / 3);
        h.header = std::max(font_px + 2, h.lane);
        const int rest = available_px - c.headers * h.header - c.gils * h.gil - c.gaps * h.gap;
        if (c.lanes > 0) h.lane = std::max(2, rest / c.lanes);
    }
    return h;
}

int legible_rows_height(const RunLayout& layout, int font_px) {
    // fit_row_heights' preferred heights, with lanes just tall enough for their labels (it
    // shrinks lanes first, so given this much it keeps every other row whole).
    RowHeights h;
    // A label is drawn only where its line fits the row, so a lane is one line of the timeline's
    // font tall (Bengali fonts have taller lines than Latin ones).
    h.lane = std::max(QFontMetrics(text_font(font_px)).height() + 4, font_px + 8);
    h.header = font_px + font_px / 2 + 4;
    h.gil = std::max(font_px * 3 / 4 + 6, 12);
    h.gap = std::max(font_px / 3, 3);
    return total(count_rows(layout), h);
}

std::vector<RowGeometry> layout_rows(const RunLayout& layout, const RowHeights& h) {
    std::vector<RowGeometry> rows;
    int y = 0;
    auto add = [&](RowRole role, RowRef ref, int height, QString label, bool data) {
        rows.push_back(RowGeometry{role, ref, y, height, std::move(label), data});
        y += height;
    };
    const auto groups = lanes_by_group(layout);
    for (std::uint32_t g = 0; g < groups.size(); ++g) {
        const auto& lanes = groups[g];
        if (lanes.empty()) continue;
        const ProcessGroup& group = layout.groups[g];
        const bool single = lanes.size() == 1;
        if (!single) add(RowRole::ProcessHeader, RowRef{RowKind::Lane, g}, h.header, process_label(group), false);
        if (single) {
            const LaneInfo& info = layout.lanes[lanes.front()];
            // A worker process's one lane is named as its process: the process's label says it all.
            const QString label = group.name == info.name || group.pid <= 0
                                      ? process_label(group)
                                      : tr("%1 in %2").arg(lane_label(layout, lanes.front()), process_label(group));
            add(RowRole::Lane, RowRef{RowKind::Lane, lanes.front()}, h.lane, label, true);
        }
        if (group.gil) add(RowRole::Gil, RowRef{RowKind::Gil, g}, h.gil, gil_row_label(group), true);
        if (!single)
            for (const auto lane : lanes) add(RowRole::Lane, RowRef{RowKind::Lane, lane}, h.lane, lane_label(layout, lane), true);
        y += h.gap;
    }
    add(RowRole::CoresHeader, RowRef{RowKind::Core, 0}, h.header,
        // The legend says what hatching and white mean; the header stays short enough for a 1280-px window.
        tr("CPU cores this run could use (%1)")
            .arg(format_count(layout.core_row_count())),
        false);
    // A row per CPU the run could use, named by its logical CPU id (CPU 2, CPU 3 under taskset -c 2,3).
    for (std::uint32_t row = 0; row < layout.core_row_count(); ++row)
        add(RowRole::Core, RowRef{RowKind::Core, row}, h.lane, tr("CPU %1").arg(format_count(layout.core_row_cpu(row))), true);
    return rows;
}

int rows_height(const std::vector<RowGeometry>& rows) { return rows.empty() ? 0 : rows.back().y + rows.back().h; }

int row_at(const std::vector<RowGeometry>& rows, int y) {
    auto it = std::upper_bound(rows.begin(), rows.end(), y, [](int v, const RowGeometry& r) { return v < r.y; });
    if (it == rows.begin()) return -1;
    --it;
    return y < it->y + it->h ? static_cast<int>(it - rows.begin()) : -1;
}

}  // namespace conclab::ui

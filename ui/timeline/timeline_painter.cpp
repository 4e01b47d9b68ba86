#include "ui/timeline/timeline_painter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <utility>

#include "timeline/timeline_store.h"
#include "ui/text/display_format.h"
#include "ui/timeline/gil_handoff_painter.h"
#include "ui/timeline/handoff_index.h"
#include "ui/timeline/legend.h"
#include "ui/timeline/state_palette.h"
#include "ui/timeline/text_font.h"
#include "ui/timeline/time_axis.h"

namespace conclab::ui {
namespace {

// Bengali and Latin alike, in the families of the current language (text_font.h).
QFont make_font(int px, bool bold = false) { return text_font(px, bold); }

// Height of `text` word-wrapped to `width`.
int wrapped_height(const QString& text, const QFont& font, int width, const QPainter* dp) {
    if (text.isEmpty()) return 0;
    const QFontMetrics fm(font, dp ? dp->device() : nullptr);
    return fm.boundingRect(QRect(0, 0, std::max(width, 1), 100000), Qt::TextWordWrap, text).height();
}

QColor item_color(RowRole role, const PixelItem& item) {
    switch (role) {
        case RowRole::Gil: return gil_held_color();
        case RowRole::Core: return core_busy_color();
        default: return state_color(item.state);
    }
}

// Worker name short enough to go inside a segment: "Thread-3" -> "3" as a last resort (names
// without a number get none rather than a cryptic fragment).
QString short_name(const QString& name) {
    int i = static_cast<int>(name.size());
    while (i > 0 && name.at(i - 1).isDigit()) --i;
    return i < name.size() ? name.mid(i) : QString();
}

void paint_row_items(QPainter& p, const QRect& row_rect, RowRole role, const std::vector<PixelItem>& items,
                     const RunLayout& layout, const QFontMetrics& fm, bool show_text) {
    const bool separate_holders = role == RowRole::Gil || role == RowRole::Core;
    std::size_t i = 0;
    while (i < items.size()) {
        // Merge a run of items of the same colour (and, on GIL/core rows, the same worker).
        const QColor color = item_color(role, items[i]);
        std::size_t j = i + 1;
        while (j < items.size() && items[j].x0 == items[j - 1].x1 && item_color(role, items[j]) == color &&
               (!separate_holders || items[j].lane == items[i].lane))
            ++j;
        const int x0 = items[i].x0;
        int x1 = items[j - 1].x1;
        // A hair of background between different holders, so each hand-off is visible.
        if (separate_holders && j < items.size() && items[j].x0 == x1 && x1 - x0 >= 3) x1 -= 1;
        const QRect r(row_rect.left() + x0, row_rect.top(), x1 - x0, row_rect.height());
        p.fillRect(r, color);
        if (high_contrast() && r.width() >= 4 && r.height() >= 4) {
            p.setPen(QPen(bar_outline_color(), 1));
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        if (show_text && separate_holders && r.width() > fm.averageCharWidth() * 2) {
            const QString name = lane_label(layout, items[i].lane);
            QString text = fm.horizontalAdvance(name) + 6 <= r.width() ? name : short_name(name);
            if (!text.isEmpty() && fm.horizontalAdvance(text) + 4 <= r.width()) {
                p.setPen(text_color_on(color));
                p.drawText(r, Qt::AlignCenter, text);
            }
        }
        i = j;
    }
}

// Task numbers on worker lanes: a tick where a task begins and "#n" when there is room.
void paint_task_marks(QPainter& p, const TimelineGeometry& g, const TimelineStore& store, const TimeView& view,
                      const QFontMetrics& fm) {
    const auto& tasks = store.tasks();
    if (tasks.empty()) return;
    std::vector<std::vector<std::pair<double, std::uint32_t>>> by_lane(store.layout().lanes.size());
    for (const TaskRecord& t : tasks) {
        if (t.lane >= by_lane.size() || t.begin_ns < view.t0_ns || t.begin_ns > view.t1_ns) continue;
        by_lane[t.lane].emplace_back(view.x_of(t.begin_ns), t.task);
    }
    p.save();
    p.setClipRect(g.plot_rect);
    for (const RowGeometry& row : g.rows) {
        if (row.role != RowRole::Lane || row.ref.index >= by_lane.size()) continue;
        auto& marks = by_lane[row.ref.index];
        if (marks.empty() || row.h < 8) continue;
        std::sort(marks.begin(), marks.end());
        const int top = g.plot_rect.top() + row.y;
        const bool text_fits = row.h >= fm.height();
        for (std::size_t k = 0; k < marks.size(); ++k) {
            const int x = g.plot_rect.left() + static_cast<int>(std::lround(marks[k].first));
            p.fillRect(QRect(x, top, 2, row.h), QColor(0, 0, 0, 200));
            if (!text_fits) continue;
            const QString text = QStringLiteral("#%1").arg(format_count(marks[k].second));
            const int w = fm.horizontalAdvance(text) + 6;
            const double next = k + 1 < marks.size() ? marks[k + 1].first : 1e18;
            if (next - marks[k].first < w + 6) continue;
            const QRect box(x + 3, top + (row.h - fm.height()) / 2, w, fm.height());
            p.fillRect(box, QColor(255, 255, 255, 215));
            p.setPen(Qt::black);
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    p.restore();
}

// The dead worker's lane ends with a cross at the moment it died and a label saying how: a
// white-haloed vermillion ✕ about as tall as the row, and the text in a white box beside it (right of
// the cross where it fits, else left).
void paint_death_mark(QPainter& p, const TimelineGeometry& g, const TimeView& view, const WorkerDeathMark& mark,
                      const QFontMetrics& fm) {
    if (mark.t_ns < view.t0_ns || mark.t_ns > view.t1_ns) return;
    const auto row = std::find_if(g.rows.begin(), g.rows.end(), [&](const RowGeometry& r) {
        return r.role == RowRole::Lane && r.ref.index == mark.lane;
    });
    if (row == g.rows.end() || row->h < 4) return;
    const int x = g.plot_rect.left() + static_cast<int>(std::lround(view.x_of(mark.t_ns)));
    const int top = g.plot_rect.top() + row->y;
    const int half = std::clamp((row->h - 2) / 2, 2, fm.height() * 2 / 3);  // tall rows: a cross, not a fence
    const int mid = top + row->h / 2;
    const int stroke = std::max(2, half / 4);
    p.save();
    p.setClipRect(g.plot_rect);
    p.setRenderHint(QPainter::Antialiasing, false);  // exact colours, as every other bar
    for (const auto& [color, width] : {std::pair{QColor(Qt::white), stroke + 2}, std::pair{worker_death_color(), stroke}}) {
        p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(x - half, mid - half, x + half, mid + half);
        p.drawLine(x - half, mid + half, x + half, mid - half);
    }
    if (!mark.text.isEmpty() && row->h >= fm.height()) {
        const int w = fm.horizontalAdvance(mark.text) + 8;
        const int gap = half + stroke + 2;
        const int left = x + gap + w <= g.plot_rect.right() ? x + gap : x - gap - w;
        const QRect box(left, top + (row->h - fm.height()) / 2, w, fm.height());
        p.fillRect(box, Qt::white);
        p.setPen(QPen(worker_death_color(), 1));
        p.drawRect(box.adjusted(0, 0, -1, -1));
        p.setPen(ink_color());
        p.drawText(box, Qt::AlignCenter, mark.text);
    }
    p.restore();
}

// Where a long run's older detail was folded (TimelineStore::fold_to), once the view is zoomed in
// far enough for a fold block to be wider than a pixel, so that the difference could be seen: a
// dashed line at the fold horizon and, left of it, what was given up.
void paint_fold_horizon(QPainter& p, const TimelineGeometry& g, const TimeView& view, const TimelineStore& store,
                        const QFontMetrics& fm) {
    const std::int64_t block = store.fold_block_ns();
    const std::int64_t horizon = store.folded_before_ns();
    if (block <= 0 || horizon <= view.t0_ns) return;
    const double px_per_block = static_cast<double>(block) * view.width_px / static_cast<double>(view.t1_ns - view.t0_ns);
    if (px_per_block < 1.0) return;
    const int x = g.plot_rect.left() + static_cast<int>(std::lround(view.x_of(std::min(horizon, view.t1_ns))));
    p.save();
    p.setClipRect(g.plot_rect);
    if (horizon <= view.t1_ns) {
        p.setPen(QPen(ink_color(), 1, Qt::DashLine));
        p.drawLine(x, g.plot_rect.top(), x, g.plot_rect.bottom());
    }
    const QString text = QCoreApplication::translate("conclab::ui", "◀ detail folded into %1 blocks (time per state exact)")
                             .arg(format_duration(block));
    const int w = fm.horizontalAdvance(text) + 8;
    // At the bottom of the plot: the header bands at the top carry text across the whole width.
    const QRect box(std::max(g.plot_rect.left() + 2, x - w - 2), g.plot_rect.bottom() - fm.height() - 2, w, fm.height());
    p.fillRect(box, Qt::white);
    p.setPen(ink_color());
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

}  // namespace

int font_px_for_picture(QSize size) {
    return std::clamp(static_cast<int>(std::lround(std::min(size.height() / 52.0, size.width() / 80.0))), 11, 26);
}

TimelineGeometry compute_geometry(const RunLayout& layout, const QRect& area, const TimelinePaintOptions& options,
                                  const QPainter* dp) {
    TimelineGeometry g;
    g.area = area;
    g.font = make_font(options.font_px);
    g.caption_font = make_font(options.font_px + 1, true);
    const QFontMetrics fm(g.font, dp ? dp->device() : nullptr);
    const int pad = std::max(4, options.font_px / 2);
    const QRect inner = area.adjusted(pad, pad, -pad, -pad);
    int y = inner.top();
    const int caption_h = wrapped_height(options.caption, g.caption_font, inner.width(), dp);
    g.caption_rect = QRect(inner.left(), y, inner.width(), caption_h);
    y += caption_h + (caption_h > 0 ? pad / 2 : 0);
    const int summary_h = wrapped_height(options.summary, g.font, inner.width(), dp);
    g.summary_rect = QRect(inner.left(), y, inner.width(), summary_h);
    y += summary_h + (summary_h > 0 ? pad / 2 : 0);
    const int warning_h = wrapped_height(options.warning, g.caption_font, inner.width(), dp);
    g.warning_rect = QRect(inner.left(), y, inner.width(), warning_h);
    y += warning_h + (warning_h > 0 ? pad / 2 : 0);
    const int legend_h = options.legend ? legend_height(inner.width(), g.font, dp) : 0;
    g.legend_rect = QRect(inner.left(), y, inner.width(), legend_h);
    y += legend_h + (legend_h > 0 ? pad / 2 : 0);

    const int axis_h = fm.height() + std::max(4, fm.height() / 3) + 2;
    const int rows_h = std::max(inner.bottom() + 1 - axis_h - y, 10);
    const RowHeights heights = fit_row_heights(layout, rows_h, options.font_px);
    g.rows = layout_rows(layout, heights);
    const int used_h = std::max(std::min(rows_h, rows_height(g.rows)), 10);  // the axis sits right under the rows

    // Label column: as wide as the longest lane/GIL/core label, never more than 38% of the width.
    int label_w = fm.horizontalAdvance(QStringLiteral("CPU 00"));  // at least; the labels below set it
    for (const RowGeometry& r : g.rows)
        if (r.role != RowRole::ProcessHeader && r.role != RowRole::CoresHeader)
            label_w = std::max(label_w, fm.horizontalAdvance(r.label));
    label_w = std::min(label_w + 2 * pad, inner.width() * 38 / 100);
    g.label_rect = QRect(inner.left(), y, label_w, used_h);
    g.plot_rect = QRect(inner.left() + label_w, y, std::max(inner.width() - label_w, 10), used_h);
    g.axis_rect = QRect(g.plot_rect.left(), y + used_h, g.plot_rect.width(), axis_h);
    return g;
}

void paint_timeline(QPainter& p, const TimelineGeometry& g, const TimelineStore* store, std::int64_t t0_ns,
                    std::int64_t t1_ns, const TimelinePaintOptions& options) {
    p.save();
    p.fillRect(g.area, Qt::white);
    p.setPen(ink_color());
    if (!options.caption.isEmpty()) {
        p.setFont(g.caption_font);
        p.drawText(g.caption_rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, options.caption);
    }
    p.setFont(g.font);
    if (!options.summary.isEmpty())
        p.drawText(g.summary_rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, options.summary);
    if (!options.warning.isEmpty()) {
        p.save();
        p.setFont(g.caption_font);
        p.setPen(warning_color());
        p.drawText(g.warning_rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, options.warning);
        p.restore();
    }
    if (options.legend) paint_legend(p, g.legend_rect, g.font);

    const TimeView view = TimeView{t0_ns, std::max(t1_ns, t0_ns + 1), g.plot_rect.width()};
    const std::int64_t origin = store ? store->start_ns() : t0_ns;
    const auto ticks = paint_time_axis(p, g.axis_rect, view, origin, g.font);

    // Rows: header bands across the whole width, data rows as bars in the plot.
    const QRect rows_area(g.label_rect.left(), g.plot_rect.top(), g.label_rect.width() + g.plot_rect.width(),
                          g.plot_rect.height());
    p.setClipRect(rows_area);
    for (const RowGeometry& r : g.rows) {
        const QRect plot_row(g.plot_rect.left(), g.plot_rect.top() + r.y, g.plot_rect.width(), r.h);
        if (!r.has_data) {
            p.fillRect(QRect(rows_area.left(), plot_row.top(), rows_area.width(), r.h), header_background());
        } else {
            p.fillRect(plot_row, plot_background());
        }
    }
    // Grid lines at the axis ticks, under the segments' gaps.
    p.setPen(QPen(grid_color(), 1));
    for (const AxisTick& t : ticks) {
        const int x = g.plot_rect.left() + static_cast<int>(std::lround(t.x));
        p.drawLine(x, g.plot_rect.top(), x, g.plot_rect.bottom());
    }

    const QFontMetrics fm(g.font, p.device());
    if (store) {
        const TimeWindow window{view.t0_ns, view.t1_ns, view.width_px};
        p.setFont(g.font);
        p.setClipRect(g.plot_rect);
        for (const RowGeometry& r : g.rows) {
            if (!r.has_data) continue;
            const QRect plot_row(g.plot_rect.left(), g.plot_rect.top() + r.y, g.plot_rect.width(), r.h);
            // Under a core row, what ran on that CPU that was not this run's workers.
            if (r.role == RowRole::Core)
                for (const PixelItem& other : store->query(RowRef{RowKind::CoreOther, r.ref.index}, window))
                    paint_other_work_fill(p, QRect(plot_row.left() + other.x0, plot_row.top(), other.x1 - other.x0, r.h));
            const auto items = store->query(r.ref, window);
            if (r.role == RowRole::Gil && r.h < fm.height()) {
                // The thin GIL row names its holders in a smaller font when that still reads.
                QFont small = g.font;
                small.setPixelSize(std::max(r.h - 2, 1));
                p.setFont(small);
                const QFontMetrics sfm(small, p.device());
                paint_row_items(p, plot_row, r.role, items, store->layout(), sfm, small.pixelSize() >= 9);
                p.setFont(g.font);
            } else {
                paint_row_items(p, plot_row, r.role, items, store->layout(), fm, r.h >= fm.height());
            }
        }
        paint_task_marks(p, g, *store, view, fm);
        paint_fold_horizon(p, g, view, *store, fm);
    }
    std::optional<HandoffIndex> own_index;
    HandoffIndex* handoffs = options.handoffs;
    if (store && options.gil_arrows && !store->handoffs().empty()) {
        if (!handoffs) handoffs = &own_index.emplace();
        handoffs->update(*store);
        paint_handoff_arrows(p, g.plot_rect, g.rows, visible_handoff_arrows(*store, *handoffs, g.rows, view, options.font_px),
                             g.font);
    }
    // Last: the GIL hand-off its death caused is drawn at the same moment, under the cross.
    if (store && options.death) paint_death_mark(p, g, view, *options.death, fm);

    // Labels: skipped where a row is too thin, so two labels never overlap.
    p.setClipping(false);
    int last_bottom = -1;
    const QFont bold = make_font(options.font_px, true);
    for (const RowGeometry& r : g.rows) {
        const bool header = !r.has_data;
        const int text_px = std::min(options.font_px, std::max(r.h - 2, 1));
        if (text_px < 8) continue;
        QFont f = header ? bold : g.font;
        f.setPixelSize(text_px);
        const QFontMetrics lfm(f, p.device());
        const int top = g.plot_rect.top() + r.y + (r.h - lfm.height()) / 2;
        if (top < last_bottom) continue;
        const int pad = std::max(4, options.font_px / 2);
        // The label column was sized as the widest label + 2 pads; text starts half a pad in.
        const int width = (header ? g.label_rect.width() + g.plot_rect.width() : g.label_rect.width()) - pad;
        const QString text = lfm.elidedText(r.label, Qt::ElideRight, width);
        p.setFont(f);
        p.setPen(r.role == RowRole::Gil ? QColor(0x40, 0x40, 0x40) : ink_color());
        p.drawText(QRect(g.label_rect.left() + pad / 2, top, width, lfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        last_bottom = top + lfm.height();
    }
    if (store && handoffs) paint_handoff_rates(p, g.label_rect.left(), g.plot_rect, g.rows, *store, *handoffs, view, options.font_px);
    // Frame around the plot.
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    p.drawRect(g.plot_rect.adjusted(0, 0, -1, -1));
    p.restore();
}

}  // namespace conclab::ui

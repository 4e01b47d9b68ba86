#include "ui/timeline/gil_handoff_painter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "timeline/timeline_store.h"
#include "ui/text/translate.h"
#include "ui/timeline/handoff_index.h"
#include "ui/timeline/state_palette.h"

namespace conclab::ui {
namespace {

// The row of each lane, and which processes have a GIL row on screen.
struct LaneRows {
    std::vector<const RowGeometry*> of_lane;
    std::vector<bool> gil_shown;
};

LaneRows lane_rows(const std::vector<RowGeometry>& rows, const RunLayout& layout) {
    LaneRows r;
    r.of_lane.assign(layout.lanes.size(), nullptr);
    r.gil_shown.assign(layout.groups.size(), false);
    for (const RowGeometry& row : rows) {
        if (row.role == RowRole::Lane && row.ref.index < r.of_lane.size()) r.of_lane[row.ref.index] = &row;
        if (row.role == RowRole::Gil && row.ref.index < r.gil_shown.size()) r.gil_shown[row.ref.index] = true;
    }
    return r;
}

int centre_y(const RowGeometry& row) { return row.y + row.h / 2; }

}  // namespace

int handoff_arrow_spacing(int font_px) { return std::max(6, font_px / 2); }

std::vector<HandoffArrow> visible_handoff_arrows(const TimelineStore& store, const HandoffIndex& index,
                                                 const std::vector<RowGeometry>& rows, const TimeView& view,
                                                 int font_px) {
    std::vector<HandoffArrow> arrows;
    const LaneRows lanes = lane_rows(rows, store.layout());
    const auto& all = store.handoffs();
    const double spacing = handoff_arrow_spacing(font_px);
    for (std::uint32_t group = 0; group < lanes.gil_shown.size(); ++group) {
        if (!lanes.gil_shown[group]) continue;
        const auto& sorted = index.of_group(group);
        std::size_t i = index.first_at_or_after(store, group, view.t0_ns);
        while (i < sorted.size()) {
            const GilHandoff& h = all[sorted[i]];
            if (h.acquire_ns > view.t1_ns) break;
            const double x = view.x_of(h.acquire_ns);
            const bool drawable = h.from_lane < lanes.of_lane.size() && h.to_lane < lanes.of_lane.size() &&
                                  lanes.of_lane[h.from_lane] && lanes.of_lane[h.to_lane];
            if (drawable) {
                arrows.push_back(HandoffArrow{static_cast<int>(std::lround(view.x_of(std::max(h.release_ns, view.t0_ns)))),
                                              static_cast<int>(std::lround(x)), h.from_lane, h.to_lane, h.reason});
            }
            // The next arrow goes at least `spacing` further right: skip the ones in between by
            // binary search, so the walk costs the pixels, not the hand-offs.
            const std::int64_t next_t = view.t_of(x + spacing);
            i = std::max(i + 1, index.first_at_or_after(store, group, next_t));
        }
    }
    return arrows;
}

void paint_handoff_arrows(QPainter& p, const QRect& plot_rect, const std::vector<RowGeometry>& rows,
                          const std::vector<HandoffArrow>& arrows, const QFont& font) {
    if (arrows.empty()) return;
    std::vector<const RowGeometry*> of_lane;
    for (const RowGeometry& row : rows)
        if (row.role == RowRole::Lane) {
            if (row.ref.index >= of_lane.size()) of_lane.resize(row.ref.index + 1, nullptr);
            of_lane[row.ref.index] = &row;
        }
    QFont small = font;
    small.setPixelSize(std::max(font.pixelSize() * 3 / 4, 9));
    const QFontMetrics fm(small, p.device());
    const int line = std::max(2, font.pixelSize() / 8);

    p.save();
    p.setClipRect(plot_rect);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(small);
    // Arrows sorted by x, per process in turn: the room for a label is up to the next arrow.
    std::vector<std::size_t> order(arrows.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return arrows[a].x_to < arrows[b].x_to; });
    for (std::size_t k = 0; k < order.size(); ++k) {
        const HandoffArrow& a = arrows[order[k]];
        if (a.from_lane >= of_lane.size() || a.to_lane >= of_lane.size()) continue;
        const RowGeometry* from = of_lane[a.from_lane];
        const RowGeometry* to = of_lane[a.to_lane];
        if (!from || !to) continue;
        const QPointF start(plot_rect.left() + a.x_from + 0.5, plot_rect.top() + centre_y(*from));
        const QPointF tip(plot_rect.left() + a.x_to + 0.5, plot_rect.top() + centre_y(*to));
        const double length = std::hypot(tip.x() - start.x(), tip.y() - start.y());
        if (length < 4) continue;
        const double head = std::clamp(std::min(length / 2.5, to->h * 0.6), 4.0, std::max(4.0, font.pixelSize() * 0.7));
        const QPointF dir((tip.x() - start.x()) / length, (tip.y() - start.y()) / length);
        const QPointF normal(-dir.y(), dir.x());
        const QPointF base = tip - dir * head;
        QPainterPath head_path;
        head_path.moveTo(tip);
        head_path.lineTo(base + normal * (head * 0.55));
        head_path.lineTo(base - normal * (head * 0.55));
        head_path.closeSubpath();
        // A white halo first, so the black arrow reads over every state colour.
        p.setPen(QPen(Qt::white, line + 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(start, base);
        p.setBrush(Qt::white);
        p.drawPath(head_path);
        p.setPen(QPen(gil_held_color(), line, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(start, base);
        p.setPen(Qt::NoPen);
        p.setBrush(gil_held_color());
        p.drawPath(head_path);

        // The reason, beside the arrow half-way, if it fits before the next arrow.
        const QString label = gil_reason_label(a.reason);
        if (label.isEmpty()) continue;
        const int w = fm.horizontalAdvance(label) + 6;
        const int next_x = k + 1 < order.size() ? arrows[order[k + 1]].x_to : plot_rect.width() + w + 10;
        const int vertical_room = std::abs(static_cast<int>(tip.y() - start.y()));
        if (next_x - a.x_to < w + line + 6 || vertical_room < fm.height()) continue;
        const int mid_y = static_cast<int>((start.y() + tip.y()) / 2);
        const QRect box(plot_rect.left() + std::max(a.x_to, a.x_from) + line + 2, mid_y - fm.height() / 2, w, fm.height());
        p.setPen(QPen(gil_held_color(), 1));
        p.setBrush(Qt::white);
        p.drawRect(box.adjusted(0, 0, -1, -1));
        p.setPen(ink_color());
        p.drawText(box, Qt::AlignCenter, label);
    }
    p.restore();
}

QString gil_reason_label(GilReason reason) {
    switch (reason) {
        case GilReason::Interval: return tr("switch interval");
        case GilReason::Io: return tr("I/O");
        case GilReason::Exit: return tr("thread exit");
        case GilReason::None: break;
    }
    return {};
}

std::optional<double> handoffs_per_second(const TimelineStore& store, const HandoffIndex& index, std::uint32_t group,
                                          const TimeView& view) {
    // Before the fold horizon only a count of the whole run survives, not when each hand-off was.
    const std::int64_t t0 = std::max({view.t0_ns, store.folded_before_ns(), store.start_ns()});
    const std::int64_t t1 = std::min(view.t1_ns, store.end_ns());
    if (t1 - t0 < 1'000'000) return std::nullopt;  // under a millisecond: no rate worth saying
    const double n = static_cast<double>(index.count_in(store, group, t0, t1 + 1));
    return n * 1e9 / static_cast<double>(t1 - t0);
}

QString handoff_rate_text(double per_second) {
    const QLocale locale;
    const QString n = per_second >= 10 ? locale.toString(std::lround(per_second)) : locale.toString(per_second, 'f', 1);
    return tr("GIL: %1 hand-offs per second").arg(n);
}

void paint_handoff_rates(QPainter& p, int left, const QRect& plot_rect, const std::vector<RowGeometry>& rows,
                         const TimelineStore& store, const HandoffIndex& index, const TimeView& view, int font_px) {
    const RunLayout& layout = store.layout();
    p.save();
    for (const RowGeometry& row : rows) {
        if (row.role != RowRole::ProcessHeader || row.ref.index >= layout.groups.size()) continue;
        if (!layout.groups[row.ref.index].gil) continue;
        const auto rate = handoffs_per_second(store, index, row.ref.index, view);
        if (!rate) continue;
        QFont f = p.font();
        f.setPixelSize(std::min(font_px, std::max(row.h - 2, 1)));
        f.setBold(false);
        if (f.pixelSize() < 8) continue;
        const QFontMetrics fm(f, p.device());
        const QString text = handoff_rate_text(*rate);
        const int w = fm.horizontalAdvance(text) + font_px;
        const QRect box(plot_rect.right() + 1 - w, plot_rect.top() + row.y, w, row.h);
        if (box.left() < left + plot_rect.width() / 4) continue;  // would hide the process's name
        p.fillRect(box, header_background());
        p.setFont(f);
        p.setPen(ink_color());
        p.drawText(box.adjusted(0, 0, -font_px / 2, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    p.restore();
}

}  // namespace conclab::ui

#include "ui/timeline/moment_marker.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/timeline/state_palette.h"
#include "ui/timeline/timeline_painter.h"

namespace conclab::ui {

void paint_moment_mark(QPainter& p, const TimelineGeometry& g, const TimeView& view, const MomentMark& mark) {
    p.save();
    const int line = std::max(2, g.font.pixelSize() / 8);
    // The lane: outlined across the plot, its label underlined by the same colour.
    const auto row = std::find_if(g.rows.begin(), g.rows.end(), [&](const RowGeometry& r) {
        return r.role == RowRole::Lane && r.ref.index == mark.lane;
    });
    if (mark.lane != kNoLane && row != g.rows.end()) {
        const QRect lane_rect(g.label_rect.left(), g.plot_rect.top() + row->y, g.label_rect.width() + g.plot_rect.width(),
                              row->h);
        p.setClipRect(lane_rect.adjusted(-line, -line, line, line).intersected(g.area));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::white, line + 2));
        p.drawRect(lane_rect.adjusted(line / 2, line / 2, -line / 2 - 1, -line / 2 - 1));
        p.setPen(QPen(highlight_color(), line));
        p.drawRect(lane_rect.adjusted(line / 2, line / 2, -line / 2 - 1, -line / 2 - 1));
        p.setClipping(false);
    }
    if (mark.t_ns >= view.t0_ns && mark.t_ns <= view.t1_ns) {
        const int x = g.plot_rect.left() + static_cast<int>(std::lround(view.x_of(mark.t_ns)));
        p.setClipRect(g.plot_rect.adjusted(0, 0, 0, g.axis_rect.height()));
        p.setPen(QPen(Qt::white, line + 2));
        p.drawLine(x, g.plot_rect.top(), x, g.plot_rect.bottom() + g.axis_rect.height() / 2);
        p.setPen(QPen(highlight_color(), line));
        p.drawLine(x, g.plot_rect.top(), x, g.plot_rect.bottom() + g.axis_rect.height() / 2);
    }
    p.restore();
}

}  // namespace conclab::ui

#include "ui/timeline/time_axis.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <cmath>
#include <limits>

#include "ui/text/display_format.h"
#include "ui/timeline/state_palette.h"

namespace conclab::ui {

std::int64_t nice_step_ns(double ns_per_px, int min_spacing_px) {
    const double want = std::max(ns_per_px * std::max(min_spacing_px, 1), 1.0);
    double decade = std::pow(10.0, std::floor(std::log10(want)));
    for (;;) {
        for (const double m : {1.0, 2.0, 5.0}) {
            if (m * decade >= want) return std::max<std::int64_t>(1, std::llround(m * decade));
        }
        decade *= 10.0;
    }
}

std::vector<AxisTick> axis_ticks(const TimeView& view, std::int64_t origin_ns, int min_spacing_px) {
    std::vector<AxisTick> ticks;
    const std::int64_t step = nice_step_ns(view.ns_per_px(), min_spacing_px);
    // First tick: the first multiple of `step` (relative to the origin) at or after t0.
    const std::int64_t rel0 = view.t0_ns - origin_ns;
    std::int64_t k = rel0 >= 0 ? (rel0 + step - 1) / step : -((-rel0) / step);
    for (;; ++k) {
        const std::int64_t t = origin_ns + k * step;
        if (t > view.t1_ns) break;
        ticks.push_back(AxisTick{t, view.x_of(t), format_axis_time(k * step, step)});
        if (ticks.size() > 1000) break;
    }
    return ticks;
}

std::vector<AxisTick> paint_time_axis(QPainter& p, const QRect& rect, const TimeView& view, std::int64_t origin_ns,
                                      const QFont& font) {
    const QFontMetrics fm(font, p.device());
    const int label_w = fm.horizontalAdvance(format_axis_time(888'880'000, 10'000'000)) + fm.averageCharWidth() * 3;
    auto ticks = axis_ticks(view, origin_ns, label_w);
    p.save();
    p.setFont(font);
    p.setPen(QPen(ink_color(), 1));
    p.drawLine(rect.left(), rect.top(), rect.right(), rect.top());
    const int tick_len = std::max(4, fm.height() / 3);
    const int min_gap = fm.averageCharWidth() * 2;
    int last_right = std::numeric_limits<int>::min() / 2;
    for (const AxisTick& tick : ticks) {
        const int x = rect.left() + static_cast<int>(std::lround(tick.x));
        p.drawLine(x, rect.top(), x, rect.top() + tick_len);
        const int w = fm.horizontalAdvance(tick.label);
        int left = x - w / 2;
        left = std::clamp(left, rect.left(), rect.right() - w);  // never cut off at either edge
        if (left < last_right + min_gap) continue;               // nor crowding its neighbour
        p.drawText(QRect(left, rect.top() + tick_len, w + 1, fm.height()), Qt::AlignCenter, tick.label);
        last_right = left + w;
    }
    p.restore();
    return ticks;
}

}  // namespace conclab::ui

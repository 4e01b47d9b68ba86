#pragma once
// The time axis under the timeline: "nice" tick steps (1, 2, 5 × 10^k) spaced so labels never
// touch, labelled relative to the run's start in readable units.
#include <QRect>
#include <QString>
#include <cstdint>
#include <vector>

#include "ui/timeline/time_view.h"

class QPainter;
class QFont;

namespace conclab::ui {

struct AxisTick {
    std::int64_t t_ns = 0;  // absolute
    double x = 0;           // pixels from the plot's left edge
    QString label;          // relative to the origin
};

// The smallest 1/2/5 × 10^k step that is at least `min_spacing_px` pixels wide.
std::int64_t nice_step_ns(double ns_per_px, int min_spacing_px);
std::vector<AxisTick> axis_ticks(const TimeView& view, std::int64_t origin_ns, int min_spacing_px);

// Draws ticks and labels into `rect` (its width is the plot's width); returns the ticks drawn so
// the caller can draw matching grid lines.
std::vector<AxisTick> paint_time_axis(QPainter& p, const QRect& rect, const TimeView& view, std::int64_t origin_ns,
                                      const QFont& font);

}  // namespace conclab::ui

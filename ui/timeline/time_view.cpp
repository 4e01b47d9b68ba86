#include "ui/timeline/time_view.h"

#include <algorithm>
#include <cmath>

namespace conclab::ui {

TimeView TimeView::fit(std::int64_t lo_ns, std::int64_t hi_ns, int width) {
    TimeView v;
    v.t0_ns = lo_ns;
    v.t1_ns = std::max(hi_ns, lo_ns + kMinSpanNs);
    v.width_px = std::max(width, 1);
    return v;
}

double TimeView::ns_per_px() const { return static_cast<double>(span_ns()) / std::max(width_px, 1); }

double TimeView::x_of(std::int64_t t_ns) const { return static_cast<double>(t_ns - t0_ns) / ns_per_px(); }

std::int64_t TimeView::t_of(double x) const { return t0_ns + std::llround(x * ns_per_px()); }

TimeView TimeView::zoomed_about(double x, double factor) const {
    if (!(factor > 0)) return *this;
    const std::int64_t anchor = t_of(x);
    const double span = std::max(static_cast<double>(span_ns()) / factor, static_cast<double>(kMinSpanNs));
    TimeView v = *this;
    v.t0_ns = anchor - std::llround(x / std::max(width_px, 1) * span);
    v.t1_ns = v.t0_ns + std::llround(span);
    return v;
}

TimeView TimeView::panned_by_px(double dx) const {
    const std::int64_t shift = std::llround(dx * ns_per_px());
    TimeView v = *this;
    v.t0_ns -= shift;
    v.t1_ns -= shift;
    return v;
}

TimeView TimeView::clamped_to(std::int64_t lo_ns, std::int64_t hi_ns) const {
    if (hi_ns - lo_ns <= span_ns()) return fit(lo_ns, hi_ns, width_px);
    TimeView v = *this;
    if (v.t0_ns < lo_ns) {
        v.t1_ns += lo_ns - v.t0_ns;
        v.t0_ns = lo_ns;
    }
    if (v.t1_ns > hi_ns) {
        v.t0_ns -= v.t1_ns - hi_ns;
        v.t1_ns = hi_ns;
    }
    return v;
}

TimeView TimeView::with_width(int width) const {
    TimeView v = *this;
    v.width_px = std::max(width, 1);
    return v;
}

}  // namespace conclab::ui

#pragma once
// The visible time range of the timeline and its mapping onto plot pixels, as a small value type:
// zoom about a pixel, pan by pixels, fit, clamp. No Qt, no state shared with anything.
#include <cstdint>

#include "timeline/time_window.h"

namespace conclab::ui {

struct TimeView {
    std::int64_t t0_ns = 0;
    std::int64_t t1_ns = 1'000'000;
    int width_px = 1;

    static constexpr std::int64_t kMinSpanNs = 1'000;  // 1 µs across the plot: deepest zoom

    static TimeView fit(std::int64_t lo_ns, std::int64_t hi_ns, int width_px);

    std::int64_t span_ns() const { return t1_ns - t0_ns; }
    double ns_per_px() const;
    double x_of(std::int64_t t_ns) const;
    std::int64_t t_of(double x) const;
    TimeWindow window() const { return TimeWindow{t0_ns, t1_ns, width_px}; }

    // factor > 1 zooms in, < 1 out; the time under pixel x stays under x.
    TimeView zoomed_about(double x, double factor) const;
    // Content follows the mouse: dragging right by dx shows earlier times.
    TimeView panned_by_px(double dx) const;
    // Keeps the view inside [lo, hi] (a view wider than the data becomes the data's fit).
    TimeView clamped_to(std::int64_t lo_ns, std::int64_t hi_ns) const;
    TimeView with_width(int width) const;

    friend bool operator==(const TimeView&, const TimeView&) = default;
};

}  // namespace conclab::ui

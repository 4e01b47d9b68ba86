#pragma once
// Maps a time range onto `width_px` pixel columns: column x covers [t_of(x), t_of(x + 1)).
#include <cmath>
#include <cstdint>

namespace conclab {

struct TimeWindow {
    std::int64_t t0_ns = 0;
    std::int64_t t1_ns = 1;
    int width_px = 1;

    double ns_per_px() const { return static_cast<double>(t1_ns - t0_ns) / width_px; }
    double x_of(std::int64_t t) const { return static_cast<double>(t - t0_ns) / ns_per_px(); }
    std::int64_t t_of(double x) const { return t0_ns + static_cast<std::int64_t>(std::llround(x * ns_per_px())); }
    bool valid() const { return t1_ns > t0_ns && width_px > 0; }
};

}  // namespace conclab

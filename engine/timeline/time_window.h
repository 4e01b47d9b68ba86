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
    // Rounds half away from zero like std::llround, without the library call (it is on the
    // level-of-detail query's path, once per pixel column).
    std::int64_t t_of(double x) const {
        const double offset = x * ns_per_px();
        return t0_ns + (offset >= 0 ? static_cast<std::int64_t>(offset + 0.5) : -static_cast<std::int64_t>(0.5 - offset));
    }
    bool valid() const { return t1_ns > t0_ns && width_px > 0; }
};

}  // namespace conclab

#include "ui/experiment/switch_interval_scale.h"

#include <algorithm>
#include <cmath>

#include "experiment/experiment.h"

namespace conclab::ui {

std::int64_t switch_interval_for_position(int position) {
    const int p = std::clamp(position, 0, kSwitchIntervalSteps);
    const double decades = 3.0 * p / kSwitchIntervalSteps;
    const double ns = static_cast<double>(kMinSwitchIntervalNs) * std::pow(10.0, decades);
    // Round to 2 significant digits so the label shows a tidy value ("5 ms", "0.25 ms").
    const double scale = std::pow(10.0, std::floor(std::log10(ns)) - 1);
    const std::int64_t rounded = std::llround(std::round(ns / scale) * scale);
    return std::clamp(rounded, kMinSwitchIntervalNs, kMaxSwitchIntervalNs);
}

int position_for_switch_interval(std::int64_t ns) {
    const auto clamped = std::clamp(ns, kMinSwitchIntervalNs, kMaxSwitchIntervalNs);
    const double decades = std::log10(static_cast<double>(clamped) / static_cast<double>(kMinSwitchIntervalNs));
    return std::clamp(static_cast<int>(std::lround(decades / 3.0 * kSwitchIntervalSteps)), 0, kSwitchIntervalSteps);
}

}  // namespace conclab::ui

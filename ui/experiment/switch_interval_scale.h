#pragma once
// The switch-interval slider's log scale: positions 0..kSteps map to 0.1 ms .. 100 ms.
#include <cstdint>

namespace conclab::ui {

inline constexpr int kSwitchIntervalSteps = 300;  // 100 steps per decade

std::int64_t switch_interval_for_position(int position);
int position_for_switch_interval(std::int64_t ns);

}  // namespace conclab::ui

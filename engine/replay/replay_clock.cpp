#include "replay/replay_clock.h"

#include <algorithm>
#include <cmath>

namespace conclab {

ReplayClock::ReplayClock(std::int64_t start_ns, std::int64_t end_ns, std::int64_t real_ns, double speed)
    : start_ns_(start_ns),
      end_ns_(std::max(end_ns, start_ns)),
      anchor_run_ns_(start_ns),
      anchor_real_ns_(real_ns),
      speed_(std::clamp(speed, kMinReplaySpeed, kMaxReplaySpeed)) {}

std::int64_t ReplayClock::position(std::int64_t real_ns) const {
    if (paused_) return anchor_run_ns_;
    // In double: an hour at 10× is 3.6e13 ns, far inside a double's exact integers.
    const double advanced = static_cast<double>(std::max<std::int64_t>(real_ns - anchor_real_ns_, 0)) * speed_;
    const double remaining = static_cast<double>(end_ns_ - anchor_run_ns_);
    // Rounded down: the replay never shows a moment before real time has reached it at this speed.
    return anchor_run_ns_ + static_cast<std::int64_t>(std::floor(std::min(advanced, remaining)));
}

void ReplayClock::set_speed(double speed, std::int64_t real_ns) {
    anchor_run_ns_ = position(real_ns);
    anchor_real_ns_ = real_ns;
    speed_ = std::clamp(std::isnan(speed) ? 1.0 : speed, kMinReplaySpeed, kMaxReplaySpeed);
}

void ReplayClock::set_paused(bool paused, std::int64_t real_ns) {
    anchor_run_ns_ = position(real_ns);
    anchor_real_ns_ = real_ns;
    paused_ = paused;
}

void ReplayClock::seek(std::int64_t run_ns, std::int64_t real_ns) {
    anchor_run_ns_ = std::clamp(run_ns, start_ns_, end_ns_);
    anchor_real_ns_ = real_ns;
}

}  // namespace conclab

#pragma once
// The clock of a replay: which moment of the recorded run to show at a moment of real time, at a
// speed (0.1× shows a 50 ms run in 500 ms), paused or going, moved by a jump (the slider, a step
// to the next hand-off). Plain arithmetic on the two clocks, so it is tested with numbers.
#include <cstdint>

namespace conclab {

inline constexpr double kMinReplaySpeed = 0.1;
inline constexpr double kMaxReplaySpeed = 10.0;

class ReplayClock {
public:
    // The run's recorded span [start, end] (its CLOCK_MONOTONIC), shown from `start` at `real_ns`.
    ReplayClock(std::int64_t start_ns, std::int64_t end_ns, std::int64_t real_ns, double speed = 1.0);

    // The moment of the run shown at `real_ns` (never before start, never past end).
    std::int64_t position(std::int64_t real_ns) const;
    bool at_end(std::int64_t real_ns) const { return position(real_ns) >= end_ns_; }

    // Each keeps the position continuous at `real_ns`: nothing jumps when the speed changes.
    void set_speed(double speed, std::int64_t real_ns);  // clamped to [kMinReplaySpeed, kMaxReplaySpeed]
    void set_paused(bool paused, std::int64_t real_ns);
    void seek(std::int64_t run_ns, std::int64_t real_ns);  // clamped to [start, end]

    double speed() const { return speed_; }
    bool paused() const { return paused_; }
    std::int64_t start_ns() const { return start_ns_; }
    std::int64_t end_ns() const { return end_ns_; }

private:
    std::int64_t start_ns_;
    std::int64_t end_ns_;
    std::int64_t anchor_run_ns_;   // the run's moment shown at anchor_real_ns_
    std::int64_t anchor_real_ns_;
    double speed_;
    bool paused_ = false;
};

}  // namespace conclab

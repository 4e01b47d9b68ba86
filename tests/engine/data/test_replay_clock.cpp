// The replay's clock: which moment of the recording is shown at a moment of real time.
#include <catch2/catch.hpp>

#include "replay/replay_clock.h"

using namespace conclab;

namespace {
constexpr std::int64_t kReplayMs = 1'000'000;
constexpr std::int64_t kRealStart = 1'000'000'000;
}  // namespace

TEST_CASE("at a speed, real time maps onto the recording, never past its ends", "[replay]") {
    struct Point {
        double speed;
        std::int64_t real_ms;  // since the replay began
        std::int64_t shown_ms;  // since the recording began
    };
    const Point points[] = {
        {1.0, 0, 0}, {1.0, 20, 20}, {1.0, 50, 50}, {1.0, 80, 50},  // a 50 ms recording
        {0.1, 100, 10}, {0.1, 490, 49}, {0.1, 500, 50}, {0.1, 9000, 50},
        {10.0, 1, 10}, {10.0, 5, 50}, {10.0, 6, 50},
        {0.01, 400, 40}, {100.0, 1, 10},  // outside 0.1×–10×: clamped to 0.1× and 10×
    };
    for (const Point& p : points) {
        CAPTURE(p.speed, p.real_ms);
        const ReplayClock clock(5 * kReplayMs, 55 * kReplayMs, kRealStart, p.speed);
        CHECK(clock.position(kRealStart + p.real_ms * kReplayMs) == 5 * kReplayMs + p.shown_ms * kReplayMs);
    }
}

TEST_CASE("at 0.1x a 50 ms recording takes at least 500 ms of real time", "[replay]") {
    const ReplayClock clock(0, 50 * kReplayMs, kRealStart, 0.1);
    for (std::int64_t real = 0; real < 500 * kReplayMs; real += 7 * kReplayMs + 13) CHECK_FALSE(clock.at_end(kRealStart + real));
    CHECK(clock.at_end(kRealStart + 500 * kReplayMs));
}

TEST_CASE("changing speed, pausing and seeking keep the picture where it is", "[replay]") {
    ReplayClock clock(0, 1000 * kReplayMs, kRealStart, 1.0);
    clock.set_speed(0.5, kRealStart + 100 * kReplayMs);  // at 100 ms of the run
    CHECK(clock.position(kRealStart + 100 * kReplayMs) == 100 * kReplayMs);
    CHECK(clock.position(kRealStart + 300 * kReplayMs) == 200 * kReplayMs);
    clock.set_paused(true, kRealStart + 300 * kReplayMs);
    CHECK(clock.position(kRealStart + 900 * kReplayMs) == 200 * kReplayMs);  // paused: nothing moves
    clock.seek(700 * kReplayMs, kRealStart + 900 * kReplayMs);
    CHECK(clock.position(kRealStart + 950 * kReplayMs) == 700 * kReplayMs);  // still paused, at the new place
    clock.set_paused(false, kRealStart + 1000 * kReplayMs);
    CHECK(clock.position(kRealStart + 1100 * kReplayMs) == 750 * kReplayMs);
    clock.seek(-5, kRealStart + 1100 * kReplayMs);  // before the start: the start
    CHECK(clock.position(kRealStart + 1100 * kReplayMs) == 0);
    clock.seek(5000 * kReplayMs, kRealStart + 1100 * kReplayMs);  // past the end: the end
    CHECK(clock.at_end(kRealStart + 1100 * kReplayMs));
}

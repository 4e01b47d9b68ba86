// The replay's clock: which moment of the recording is shown at a moment of real time.
#include <catch2/catch.hpp>

#include "replay/replay_clock.h"

using namespace conclab;

namespace {
constexpr std::int64_t kMs = 1'000'000;
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
        const ReplayClock clock(5 * kMs, 55 * kMs, kRealStart, p.speed);
        CHECK(clock.position(kRealStart + p.real_ms * kMs) == 5 * kMs + p.shown_ms * kMs);
    }
}

TEST_CASE("at 0.1x a 50 ms recording takes at least 500 ms of real time", "[replay]") {
    const ReplayClock clock(0, 50 * kMs, kRealStart, 0.1);
    for (std::int64_t real = 0; real < 500 * kMs; real += 7 * kMs + 13) CHECK_FALSE(clock.at_end(kRealStart + real));
    CHECK(clock.at_end(kRealStart + 500 * kMs));
}

TEST_CASE("changing speed, pausing and seeking keep the picture where it is", "[replay]") {
    ReplayClock clock(0, 1000 * kMs, kRealStart, 1.0);
    clock.set_speed(0.5, kRealStart + 100 * kMs);  // at 100 ms of the run
    CHECK(clock.position(kRealStart + 100 * kMs) == 100 * kMs);
    CHECK(clock.position(kRealStart + 300 * kMs) == 200 * kMs);
    clock.set_paused(true, kRealStart + 300 * kMs);
    CHECK(clock.position(kRealStart + 900 * kMs) == 200 * kMs);  // paused: nothing moves
    clock.seek(700 * kMs, kRealStart + 900 * kMs);
    CHECK(clock.position(kRealStart + 950 * kMs) == 700 * kMs);  // still paused, at the new place
    clock.set_paused(false, kRealStart + 1000 * kMs);
    CHECK(clock.position(kRealStart + 1100 * kMs) == 750 * kMs);
    clock.seek(-5, kRealStart + 1100 * kMs);  // before the start: the start
    CHECK(clock.position(kRealStart + 1100 * kMs) == 0);
    clock.seek(5000 * kMs, kRealStart + 1100 * kMs);  // past the end: the end
    CHECK(clock.at_end(kRealStart + 1100 * kMs));
}

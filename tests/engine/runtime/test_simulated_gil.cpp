// The simulated GIL on its own: mutual exclusion, drop requests after one switch interval, and
// forced switching (a thread that drops on request cannot take the GIL straight back).
#include <catch2/catch.hpp>
#include <atomic>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "gil/simulated_gil.h"

using namespace conclab;

TEST_CASE("an uncontended take does not wait and names no previous holder", "[gil]") {
    std::atomic<int> stop{0};
    SimulatedGil gil(5'000'000, &stop);
    const GilTake first = gil.take(0);
    CHECK(first.acquired);
    CHECK_FALSE(first.waited);
    CHECK(first.previous_holder == kNoLane);
    gil.drop(0, GilReason::Io);
    const GilTake again = gil.take(0);
    CHECK(again.previous_holder == 0);
    CHECK(again.previous_reason == GilReason::Io);
    gil.drop(0, GilReason::Exit);
}

TEST_CASE("two CPU-bound threads share the GIL: never both inside, switched on request, forced switching", "[gil]") {
    std::atomic<int> stop{0};
    SimulatedGil gil(1'000'000, &stop);  // 1 ms: many switches in a short test
    std::atomic<int> inside{0};
    std::atomic<int> max_inside{0};
    std::atomic<int> interval_drops{0};
    std::atomic<int> forced_switch_violations{0};
    std::atomic<int> acquisitions_after_interval_drop{0};

    // Runs until 30 switches on request have happened (a deadline only guards against a hang).
    constexpr int kSwitches = 30;
    const std::int64_t deadline = now_ns() + 20'000'000'000;
    auto enough = [&] { return interval_drops.load() >= kSwitches || now_ns() > deadline; };
    auto worker = [&](std::uint32_t lane) {
        GilTake held = gil.take(lane);
        while (!enough()) {
            if (held.previous_reason == GilReason::Interval && held.previous_holder != kNoLane) {
                ++acquisitions_after_interval_drop;
                if (held.previous_holder == lane) ++forced_switch_violations;
            }
            const int now_inside = ++inside;
            int seen = max_inside.load();
            while (now_inside > seen && !max_inside.compare_exchange_weak(seen, now_inside)) {}
            volatile int spin = 0;
            while (!gil.drop_requested() && !enough()) spin = spin + 1;
            --inside;
            if (enough()) break;
            ++interval_drops;
            gil.drop(lane, GilReason::Interval);
            held = gil.take(lane);
        }
        gil.drop(lane, GilReason::Exit);
    };
    std::thread a(worker, 0), b(worker, 1);
    a.join();
    b.join();
    CHECK(max_inside.load() == 1);
    CHECK(interval_drops.load() >= kSwitches);  // drop requests kept coming: the waiter asked each time
    CHECK(acquisitions_after_interval_drop.load() >= kSwitches - 1);
    CHECK(forced_switch_violations.load() == 0);
}

TEST_CASE("stopping wakes a thread waiting for the GIL without handing it over", "[gil]") {
    std::atomic<int> stop{0};
    SimulatedGil gil(100'000'000, &stop);  // a long interval: only the stop can end the wait
    REQUIRE(gil.take(0).acquired);
    std::atomic<bool> returned{false};
    GilTake waiter_result;
    std::thread waiter([&] {
        waiter_result = gil.take(1);
        returned = true;
    });
    while (!gil.drop_requested() && !returned) std::this_thread::yield();  // the waiter is queued
    stop = 1;
    gil.wake_all();
    waiter.join();
    CHECK_FALSE(waiter_result.acquired);
    gil.drop(0, GilReason::Exit);
}

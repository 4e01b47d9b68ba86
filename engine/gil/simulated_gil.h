#pragma once
// A simulated Python GIL with the behaviour of CPython's "new GIL" (3.2+, Python/ceval_gil.c):
//  - take: while the GIL is held, wait on a condition for one switch interval; if the wait timed
//    out and no switch happened meanwhile, set the drop request the holder polls between ticks;
//  - drop: release and signal; if the drop answers a drop request, wait until another thread has
//    taken the GIL (forced switching), so the dropper cannot grab it straight back.
// One instance per (simulated) Python process.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "record/event.h"

namespace conclab {

struct GilTake {
    bool acquired = false;        // false only when the run is stopping
    bool waited = false;          // the GIL was held by another lane when take() began
    std::int64_t begin_ns = 0;    // take() called
    std::int64_t acquired_ns = 0; // GIL held from here
    std::uint32_t previous_holder = kNoLane;
    GilReason previous_reason = GilReason::None;
    std::int64_t previous_release_ns = 0;
};

class SimulatedGil {
public:
    SimulatedGil(std::int64_t switch_interval_ns, const std::atomic<int>* stop);

    GilTake take(std::uint32_t lane);
    // Returns the release time. `reason` Interval means "answering a drop request".
    std::int64_t drop(std::uint32_t lane, GilReason reason);

    // What a running thread polls after every tick (a relaxed load, like CPython's eval breaker).
    bool drop_requested() const { return drop_request_.load(std::memory_order_relaxed); }

    // Wakes every waiter so that a stopping run does not wait out a switch interval.
    void wake_all();

private:
    std::mutex mutex_;
    std::condition_variable released_;  // CPython's gil->cond
    std::condition_variable switched_;  // CPython's gil->switch_cond
    bool locked_ = false;
    std::uint64_t switch_number_ = 0;
    int waiters_ = 0;
    std::uint32_t last_holder_ = kNoLane;
    GilReason last_reason_ = GilReason::None;
    std::int64_t last_release_ns_ = 0;
    std::atomic<bool> drop_request_{false};
    const std::int64_t interval_ns_;
    const std::atomic<int>* stop_;
};

}  // namespace conclab

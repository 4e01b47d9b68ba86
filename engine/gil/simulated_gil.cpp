#include "gil/simulated_gil.h"

#include <chrono>

#include "core/clock.h"

namespace conclab {

SimulatedGil::SimulatedGil(std::int64_t switch_interval_ns, const std::atomic<int>* stop)
    : interval_ns_(switch_interval_ns), stop_(stop) {}

GilTake SimulatedGil::take(std::uint32_t lane) {
    GilTake r;
    std::unique_lock lock(mutex_);
    r.begin_ns = now_ns();
    r.waited = locked_;
    ++waiters_;
    while (locked_) {
        if (stop_ && stop_->load(std::memory_order_relaxed) != 0) {
            --waiters_;
            return r;  // not acquired
        }
        const std::uint64_t saved_switch = switch_number_;
        const bool timed_out =
            released_.wait_for(lock, std::chrono::nanoseconds(interval_ns_)) == std::cv_status::timeout;
        // The holder kept the GIL for a whole interval while we waited: ask it to drop.
        if (timed_out && locked_ && switch_number_ == saved_switch)
            drop_request_.store(true, std::memory_order_relaxed);
    }
    --waiters_;
    locked_ = true;
    ++switch_number_;
    r.acquired = true;
    r.acquired_ns = now_ns();
    r.previous_holder = last_holder_;
    r.previous_reason = last_reason_;
    r.previous_release_ns = last_release_ns_;
    last_holder_ = lane;
    drop_request_.store(false, std::memory_order_relaxed);
    switched_.notify_all();
    return r;
}

std::int64_t SimulatedGil::drop(std::uint32_t lane, GilReason reason) {
    std::unique_lock lock(mutex_);
    const std::int64_t released_at = now_ns();
    locked_ = false;
    last_holder_ = lane;
    last_reason_ = reason;
    last_release_ns_ = released_at;
    released_.notify_one();
    if (reason == GilReason::Interval) {
        // Forced switching: wait until a waiting thread has actually taken the GIL.
        const std::uint64_t saved_switch = switch_number_;
        while (switch_number_ == saved_switch && waiters_ > 0 &&
               !(stop_ && stop_->load(std::memory_order_relaxed) != 0)) {
            switched_.wait_for(lock, std::chrono::nanoseconds(interval_ns_));
        }
    }
    return released_at;
}

void SimulatedGil::wake_all() {
    std::lock_guard lock(mutex_);
    released_.notify_all();
    switched_.notify_all();
}

}  // namespace conclab

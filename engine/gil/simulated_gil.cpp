#include "gil/simulated_gil.h"

#include <algorithm>

#include "core/clock.h"

namespace conclab {

SimulatedGil::SimulatedGil(const RunControl& control)
    : interval_ns_(&control.switch_interval_ns), stop_(&control.stop) {}

SimulatedGil::SimulatedGil(std::int64_t switch_interval_ns, const std::atomic<int>* stop)
    : fixed_interval_ns_(switch_interval_ns), interval_ns_(&fixed_interval_ns_), stop_(stop) {}

std::int64_t SimulatedGil::interval_ns() const {
    // CPython keeps the interval in whole microseconds, at least 1.
    const std::int64_t us = interval_ns_->load(std::memory_order_acquire) / 1000;
    return std::max<std::int64_t>(us, 1) * 1000;
}

bool SimulatedGil::wait_one_interval(std::unique_lock<std::mutex>& lock) {
    const std::int64_t deadline = now_ns() + interval_ns();
    const std::uint64_t drops_before = drops_;
    for (;;) {
        // One pthread_cond_timedwait up to the deadline, cut into slices to look at the stop flag.
        const std::int64_t slice_end = std::min(deadline, now_ns() + kStopPollNs);
        if (!released_.wait_until(lock, slice_end)) return false;  // woken
        if (slice_end == deadline) return true;                     // the whole interval passed
        if (stopping()) return false;
        // A drop's signal can be missed: POSIX lets a wait that times out as the signal comes
        // take it along, and glibc's condition variable has had a bug losing wake-ups (sourceware
        // bug 25847). A drop seen here counts as the wake-up it should have been, so a missed one
        // costs at most one slice, never a whole interval (an hour, in a test).
        if (drops_ != drops_before) return false;
    }
}

GilTake SimulatedGil::take(std::uint32_t lane) {
    GilTake r;
    std::unique_lock lock(mutex_);
    r.begin_ns = now_ns();
    r.waited = locked_;
    if (locked_) {
        ++waiting_;
        bool asked = false;
        while (locked_ && !stopping()) {
            const std::uint64_t saved_switch_number = switch_number_;
            const bool timed_out = wait_one_interval(lock);
            // The holder kept the GIL for a whole interval and no other lane got it meanwhile: ask.
            if (timed_out && locked_ && switch_number_ == saved_switch_number) {
                drop_request_.store(true, std::memory_order_relaxed);
                asked = true;
            }
        }
        --waiting_;
        if (stopping()) {
            // A stopping run hands the GIL to no waiter, and nobody must wait for a lane that
            // leaves: withdraw the request it made.
            if (asked) drop_request_.store(false, std::memory_order_relaxed);
            return r;  // not acquired
        }
    }
    locked_ = true;
    r.previous_holder = last_holder_;  // the lane that dropped it last (or kNoLane: the first take)
    if (lane != last_holder_) {        // taking it back after one's own drop is not a switch
        last_holder_ = lane;
        ++switch_number_;
    }
    r.acquired = true;
    r.acquired_ns = now_ns();
    r.previous_reason = last_reason_;
    r.previous_release_ns = last_release_ns_;
    switched_.signal();  // a forced-switch wait in drop() can end now
    drop_request_.store(false, std::memory_order_relaxed);
    return r;
}

GilDrop SimulatedGil::drop(std::uint32_t lane, GilReason reason) {
    GilDrop r;
    std::unique_lock lock(mutex_);
    last_holder_ = lane;
    locked_ = false;
    ++drops_;
    r.released_ns = now_ns();
    last_reason_ = reason;
    last_release_ns_ = r.released_ns;
    released_.signal();
    // Forced switching, on any drop while a request is pending: the lane that asked gets the GIL
    // before this one can come back for it. (CPython also checks that last_holder is still the
    // dropper, as it checks after releasing its mutex; holding ours throughout, it always is.)
    if (drop_request_.load(std::memory_order_relaxed)) {
        drop_request_.store(false, std::memory_order_relaxed);
        r.waited_for_switch = true;
        while (last_holder_ == lane && !stopping()) switched_.wait_until(lock, now_ns() + kStopPollNs);
    }
    r.returned_ns = r.waited_for_switch ? now_ns() : r.released_ns;
    return r;
}

void SimulatedGil::wake_all() {
    std::lock_guard lock(mutex_);
    released_.broadcast();
    switched_.broadcast();
}

GilState SimulatedGil::state() const {
    std::lock_guard lock(mutex_);
    return GilState{locked_, last_holder_, switch_number_, waiting_};
}

}  // namespace conclab

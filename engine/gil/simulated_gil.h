#pragma once
// A simulated Python GIL that behaves as CPython 3.11's (Python/ceval_gil.h, take_gil() and
// drop_gil() with FORCE_SWITCHING; the interval is sys.setswitchinterval()'s). One per simulated
// Python process.
//
// State (guarded by one mutex): `locked`; `last_holder`, the lane that holds or last held the GIL;
// `switch_number`, how many times a *different* lane took it; and the drop request, an atomic that
// the holder polls after every tick as CPython's eval loop polls its eval breaker.
//
// take(lane):
//   - GIL free: take it at once.
//   - else repeat while it is locked: note switch_number; wait on `cond` for one switch interval
//     (the interval is read afresh for every wait, in whole microseconds as CPython keeps it; the
//     wait is pthread_cond_timedwait on CLOCK_MONOTONIC); if the wait timed out (it was not woken
//     by a drop), the GIL is still locked and switch_number did not move, set the drop request.
//     A wake-up by a drop that another lane won starts a fresh whole interval.
//   - on taking: locked = true; if lane != last_holder { last_holder = lane; ++switch_number };
//     wake the dropper waiting on `switch_cond`; clear the drop request, whoever set it.
// drop(lane), for every reason (answering a drop request, blocking I/O, thread exit, going idle):
//   - last_holder = lane; locked = false; wake one lane waiting on `cond`;
//   - forced switching: if a drop request is pending, clear it and wait on `switch_cond` until
//     last_holder is no longer this lane, so a dropper cannot take the GIL straight back. An I/O
//     drop while another lane has asked therefore waits for that lane to take the GIL before the
//     I/O starts.
// So a holder that drops and takes again before anyone else did (a quick I/O) is not a switch: a
// lane that was waiting meanwhile still asks for the GIL once its whole interval has passed. And a
// lane coming back from I/O while another computes waits a whole interval before it may even ask
// (the convoy effect).
//
// Departures from CPython, none of which changes who runs when:
//   - one mutex instead of CPython's two (gil->mutex and switch_mutex). In CPython a waiter can take
//     the GIL in the instant between a drop releasing gil->mutex and checking the drop request;
//     the dropper then finds the request cleared and goes on, just as it goes on here once that
//     waiter has taken the GIL.
//   - a stopping run never waits: the stop flag ends every wait, wake_all() wakes them at once, and
//     waits are cut into slices of at most kStopPollNs to notice a stop where no one can call
//     wake_all() (a worker process). Between slices a waiter also looks whether a drop happened
//     whose signal it missed (a lost wake-up, see wait_one_interval): then it acts as woken. A stopping run hands the GIL to no waiter (a free GIL is still
//     taken, which costs no wait), and a lane leaving take() on stop withdraws its drop request,
//     as CPython 3.11 does for a thread that must exit (gh-96387).
#include <atomic>
#include <cstdint>
#include <mutex>

#include "gil/monotonic_cond.h"
#include "record/event.h"
#include "record/shared_region.h"

namespace conclab {

struct GilTake {
    bool acquired = false;        // false only when the run is stopping
    bool waited = false;          // the GIL was held by another lane when take() began
    std::int64_t begin_ns = 0;    // take() called
    std::int64_t acquired_ns = 0; // GIL held from here
    // Who dropped it last (this lane itself after a drop and retake: no hand-off), why and when.
    std::uint32_t previous_holder = kNoLane;
    GilReason previous_reason = GilReason::None;
    std::int64_t previous_release_ns = 0;
};

struct GilDrop {
    std::int64_t released_ns = 0;   // the GIL is free from here
    std::int64_t returned_ns = 0;   // drop() returned: after the forced-switch wait, if there was one
    bool waited_for_switch = false; // a drop request was pending: waited until another lane took it
};

// A consistent snapshot of the GIL's state, for tests and diagnostics.
struct GilState {
    bool locked = false;
    std::uint32_t last_holder = kNoLane;
    std::uint64_t switch_number = 0;
    int waiting = 0;  // lanes inside take() waiting for the GIL
};

class SimulatedGil {
public:
    // Follows the run's control block: its switch interval (which a lesson may change while the run
    // goes; every wait reads it) and its stop flag. `control` must outlive the GIL.
    explicit SimulatedGil(const RunControl& control);
    // A fixed interval, for tests and benchmarks. `stop` may be null.
    SimulatedGil(std::int64_t switch_interval_ns, const std::atomic<int>* stop);
    SimulatedGil(const SimulatedGil&) = delete;
    SimulatedGil& operator=(const SimulatedGil&) = delete;

    GilTake take(std::uint32_t lane);
    // `reason` is only recorded for the hand-off: the behaviour is the same for every reason.
    GilDrop drop(std::uint32_t lane, GilReason reason);

    // What a running lane polls after every tick (a relaxed load, like CPython's eval breaker).
    bool drop_requested() const { return drop_request_.load(std::memory_order_relaxed); }

    // Wakes every lane waiting in take() and every forced-switch wait, so that a stopping run does
    // not wait out a switch interval. Call after setting the stop flag.
    void wake_all();

    GilState state() const;

    // Longest a wait goes without looking at the stop flag.
    static constexpr std::int64_t kStopPollNs = 10'000'000;

private:
    bool stopping() const { return stop_ && stop_->load(std::memory_order_relaxed) != 0; }
    // CPython's COND_TIMED_WAIT on `cond` for one switch interval: true if it timed out, false if
    // woken (by a drop, wake_all(), spuriously) or if the run is stopping.
    bool wait_one_interval(std::unique_lock<std::mutex>& lock);
    std::int64_t interval_ns() const;

    mutable std::mutex mutex_;
    MonotonicCond released_;  // CPython's gil->cond: the GIL was dropped
    MonotonicCond switched_;  // CPython's gil->switch_cond: a lane took the GIL
    bool locked_ = false;
    std::uint32_t last_holder_ = kNoLane;
    std::uint64_t switch_number_ = 0;
    std::uint64_t drops_ = 0;  // every drop: tells a sliced wait that it missed a drop's signal
    int waiting_ = 0;
    // For recording hand-offs: why and when the GIL was last dropped.
    GilReason last_reason_ = GilReason::None;
    std::int64_t last_release_ns_ = 0;
    std::atomic<bool> drop_request_{false};
    std::atomic<std::int64_t> fixed_interval_ns_{0};
    const std::atomic<std::int64_t>* interval_ns_;
    const std::atomic<int>* stop_;
};

}  // namespace conclab

#pragma once
// A condition variable whose timed wait ends at a CLOCK_MONOTONIC deadline and says whether the
// deadline passed, the way CPython's GIL waits (Python/condvar.h PyCOND_TIMEDWAIT on Linux: a
// pthread condition created with pthread_condattr_setclock(CLOCK_MONOTONIC) and
// pthread_cond_timedwait(), "timed out" meaning ETIMEDOUT).
//
// std::condition_variable cannot be given that clock, and its wait_until() decides "timeout" by
// reading the clock after waking, so a wake-up that arrives just past the deadline counts as a
// timeout there but not in CPython. The simulated GIL's drop request hangs on exactly that answer.
#include <pthread.h>

#include <cstdint>
#include <mutex>

namespace conclab {

class MonotonicCond {
public:
    MonotonicCond();  // throws std::system_error if the system refuses the condition
    ~MonotonicCond();
    MonotonicCond(const MonotonicCond&) = delete;
    MonotonicCond& operator=(const MonotonicCond&) = delete;

    void signal();     // wakes at least one waiter (pthread_cond_signal)
    void broadcast();  // wakes every waiter

    // Waits until signalled (or woken spuriously) or until `deadline_ns` on CLOCK_MONOTONIC.
    // `lock` must hold its mutex. Returns true only if the wait ended because the deadline passed.
    bool wait_until(std::unique_lock<std::mutex>& lock, std::int64_t deadline_ns);

private:
    pthread_cond_t cond_;
};

}  // namespace conclab

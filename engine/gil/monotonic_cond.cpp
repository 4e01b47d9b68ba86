#include "gil/monotonic_cond.h"

#include <cerrno>
#include <ctime>
#include <system_error>

namespace conclab {

MonotonicCond::MonotonicCond() {
    pthread_condattr_t attr;
    if (const int err = pthread_condattr_init(&attr); err != 0)
        throw std::system_error(err, std::generic_category(), "simulated GIL: pthread_condattr_init");
    int err = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (err == 0) err = pthread_cond_init(&cond_, &attr);
    pthread_condattr_destroy(&attr);
    if (err != 0)
        throw std::system_error(err, std::generic_category(),
                                "simulated GIL: cannot create a condition variable on CLOCK_MONOTONIC");
}

MonotonicCond::~MonotonicCond() { pthread_cond_destroy(&cond_); }

void MonotonicCond::signal() { pthread_cond_signal(&cond_); }

void MonotonicCond::broadcast() { pthread_cond_broadcast(&cond_); }

bool MonotonicCond::wait_until(std::unique_lock<std::mutex>& lock, std::int64_t deadline_ns) {
    timespec deadline{};
    deadline.tv_sec = static_cast<time_t>(deadline_ns / 1'000'000'000);
    deadline.tv_nsec = static_cast<long>(deadline_ns % 1'000'000'000);
    // std::mutex is a pthread mutex in libstdc++; the lock stays owned by `lock` throughout, since
    // pthread_cond_timedwait gives the mutex back before it returns.
    return pthread_cond_timedwait(&cond_, lock.mutex()->native_handle(), &deadline) == ETIMEDOUT;
}

}  // namespace conclab

#include "machine/periodic_thread.h"

#include <algorithm>

namespace conclab {

PeriodicThread::PeriodicThread(std::chrono::nanoseconds period, std::function<void()> work)
    : period_(std::max(period, std::chrono::nanoseconds(std::chrono::milliseconds(1)))),
      work_(std::move(work)),
      thread_([this] { loop(); }) {}

PeriodicThread::~PeriodicThread() { stop(); }

void PeriodicThread::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void PeriodicThread::loop() {
    auto next = std::chrono::steady_clock::now() + period_;
    std::unique_lock lock(mutex_);
    while (!wake_.wait_until(lock, next, [this] { return stopping_; })) {
        lock.unlock();
        work_();
        lock.lock();
        const auto now = std::chrono::steady_clock::now();
        next += period_;
        if (next <= now) next += ((now - next) / period_ + 1) * period_;
    }
}

}  // namespace conclab

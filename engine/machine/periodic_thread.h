#pragma once
// A thread that calls `work` every `period` until stopped: at start + period, start + 2·period …
// (beats it missed while busy are skipped, not made up in a burst). stop() wakes it at once, so
// it returns within one call of `work`. RAII: the destructor stops it.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace conclab {

class PeriodicThread {
public:
    PeriodicThread(std::chrono::nanoseconds period, std::function<void()> work);
    ~PeriodicThread();
    PeriodicThread(const PeriodicThread&) = delete;
    PeriodicThread& operator=(const PeriodicThread&) = delete;

    // Idempotent; after it returns `work` is not running and will not run again.
    void stop();

private:
    void loop();

    std::chrono::nanoseconds period_;
    std::function<void()> work_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;  // guarded by mutex_
    std::thread thread_;     // last: starts once everything above is set
};

}  // namespace conclab

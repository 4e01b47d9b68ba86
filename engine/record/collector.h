#pragma once
// Drains every lane's ring on its own thread, ~60 times a second, and hands each batch on.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "record/shared_region.h"

namespace conclab {

class Collector {
public:
    using Deliver = std::function<void(std::vector<Event>&& batch)>;

    Collector(const SharedRegion& region, Deliver deliver, std::chrono::milliseconds period);
    ~Collector();  // same as finish()
    Collector(const Collector&) = delete;
    Collector& operator=(const Collector&) = delete;

    void start();
    // Drains what is left after the workers ended, delivers it and joins the thread.
    void finish();
    // Keeping a batch failed for want of memory; the run was told to stop.
    bool out_of_memory() const { return out_of_memory_.load(std::memory_order_relaxed); }

private:
    void loop();
    void drain_once();

    const SharedRegion& region_;
    Deliver deliver_;
    std::chrono::milliseconds period_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool finishing_ = false;
    std::atomic<bool> out_of_memory_{false};
    std::thread thread_;
};

}  // namespace conclab

#include "record/collector.h"

namespace conclab {

Collector::Collector(const SharedRegion& region, Deliver deliver, std::chrono::milliseconds period)
    : region_(region), deliver_(std::move(deliver)), period_(period) {}

Collector::~Collector() { finish(); }

void Collector::start() { thread_ = std::thread([this] { loop(); }); }

void Collector::finish() {
    {
        std::lock_guard lock(mutex_);
        finishing_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void Collector::loop() {
    std::unique_lock lock(mutex_);
    while (!finishing_) {
        wake_.wait_for(lock, period_, [this] { return finishing_; });
        lock.unlock();
        drain_once();
        lock.lock();
    }
    lock.unlock();
    drain_once();  // whatever the workers recorded before they ended
}

void Collector::drain_once() {
    try {
        std::vector<Event> batch;
        for (std::size_t lane = 0; lane < region_.lanes(); ++lane) region_.ring(lane).drain(batch);
        if (!batch.empty()) deliver_(std::move(batch));
    } catch (const std::bad_alloc&) {
        // No memory left to keep the events (a run at the edge of the machine's limits): the run
        // stops and says why, instead of the whole program ending in std::terminate.
        out_of_memory_.store(true, std::memory_order_relaxed);
        region_.control().stop.store(1);
    }
}

}  // namespace conclab

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
    std::vector<Event> batch;
    for (std::size_t lane = 0; lane < region_.lanes(); ++lane) region_.ring(lane).drain(batch);
    if (!batch.empty()) deliver_(std::move(batch));
}

}  // namespace conclab

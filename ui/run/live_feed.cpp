#include "ui/run/live_feed.h"

#include <QMetaObject>
#include <QPointer>

#include "timeline/timeline_store.h"

namespace conclab::ui {

LiveFeed::LiveFeed(QObject* parent) : QObject(parent), alive_(std::make_shared<std::atomic<bool>>(true)) {}

LiveFeed::~LiveFeed() { alive_->store(false); }

void LiveFeed::prepare() {
    ++generation_;
    store_.reset();
    events_appended_ = 0;
}

std::shared_ptr<TimelineStore> LiveFeed::attach(const RunLayout& layout) {
    store_ = std::make_shared<TimelineStore>(layout);
    events_appended_ = 0;
    return store_;
}

void LiveFeed::end() { ++generation_; }

std::function<void(std::vector<Event>)> LiveFeed::sink() {
    const std::uint64_t generation = generation_;
    QPointer<LiveFeed> self(this);
    auto alive = alive_;
    return [self, alive, generation](std::vector<Event> batch) {
        if (!alive->load(std::memory_order_acquire)) return;
        // The lambda runs on this object's (GUI) thread; the QPointer is checked there.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, batch = std::move(batch)] {
                if (self) self->deliver(generation, batch);
            },
            Qt::QueuedConnection);
    };
}

std::function<void()> LiveFeed::guarded(std::function<void()> fn) {
    const std::uint64_t generation = generation_;
    QPointer<LiveFeed> self(this);
    auto alive = alive_;
    return [self, alive, generation, fn = std::move(fn)] {
        if (!alive->load(std::memory_order_acquire)) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, fn] {
                if (self && self->generation_ == generation) fn();
            },
            Qt::QueuedConnection);
    };
}

void LiveFeed::deliver(std::uint64_t generation, const std::vector<Event>& batch) {
    if (generation != generation_ || !store_) return;  // a batch from an older or stopped run
    store_->append(batch);
    events_appended_ += batch.size();
    emit appended();
}

}  // namespace conclab::ui

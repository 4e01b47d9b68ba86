#pragma once
// Carries event batches from the engine's collector thread to the GUI thread (a queued
// invocation per batch) and appends them to a GUI-owned TimelineStore. Every run gets a new
// generation; batches still in flight from an older or stopped run are dropped on arrival.
#include <QObject>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "record/event.h"
#include "timeline/run_layout.h"

namespace conclab {
class TimelineStore;
}

namespace conclab::ui {

class LiveFeed : public QObject {
    Q_OBJECT
public:
    explicit LiveFeed(QObject* parent = nullptr);
    ~LiveFeed() override;

    // GUI thread: starts a new generation (older batches will be dropped); no store yet.
    void prepare();
    // GUI thread: the store batches of the current generation go into, built from `layout`.
    std::shared_ptr<TimelineStore> attach(const RunLayout& layout);
    // GUI thread: no further batches are accepted (the run ended or was abandoned).
    void end();
    std::uint64_t generation() const { return generation_; }
    const std::shared_ptr<TimelineStore>& store() const { return store_; }

    // A sink for RunSession, callable from any thread; it only posts to this object's thread.
    std::function<void(std::vector<Event>)> sink();
    // Posts `fn` to the GUI thread, run only if the generation is still current.
    std::function<void()> guarded(std::function<void()> fn);

    std::size_t eventsAppended() const { return events_appended_; }

signals:
    // GUI thread, after a batch was appended (mark views dirty).
    void appended();

private:
    void deliver(std::uint64_t generation, const std::vector<Event>& batch);

    std::uint64_t generation_ = 0;  // GUI thread only; copies travel with each posted batch
    std::shared_ptr<TimelineStore> store_;
    std::size_t events_appended_ = 0;
    std::shared_ptr<std::atomic<bool>> alive_;
};

}  // namespace conclab::ui

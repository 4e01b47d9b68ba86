#include "timeline/shared_timeline.h"

#include <utility>

namespace conclab {

SharedTimeline::SharedTimeline(RunLayout layout) : store_(std::move(layout)) { store_.set_fold_lock(&mutex_); }

SharedTimeline::SharedTimeline(TimelineStore store) : store_(std::move(store)) {
    store_.set_fold_lock(&mutex_);
    finished_.store(store_.finished(), std::memory_order_release);
}

template <class Write>
auto SharedTimeline::write(Write&& w) {
    std::unique_lock lock(mutex_);
    struct Bump {
        std::atomic<std::uint64_t>& version;
        ~Bump() { version.fetch_add(1, std::memory_order_acq_rel); }
    } bump{version_};
    return w(store_);
}

void SharedTimeline::append(std::span<const Event> events) {
    store_.make_room_for(events.size());  // takes the lock only to swap in a grown list
    write([&](TimelineStore& s) { s.append_events(events); });
    // Outside the lock: the store takes it itself for each folded row it swaps in.
    store_.fold_if_over_budget();
}

std::uint32_t SharedTimeline::add_group(ProcessGroup group) {
    return write([&](TimelineStore& s) { return s.add_group(std::move(group)); });
}

void SharedTimeline::set_group(std::uint32_t index, ProcessGroup group) {
    write([&](TimelineStore& s) { s.set_group(index, std::move(group)); });
}

void SharedTimeline::set_lane_name(std::uint32_t lane, std::string name) {
    write([&](TimelineStore& s) { s.set_lane_name(lane, std::move(name)); });
}

void SharedTimeline::set_lane_worker(std::uint32_t lane, bool worker) {
    write([&](TimelineStore& s) { s.set_lane_worker(lane, worker); });
}

std::uint32_t SharedTimeline::add_lane(LaneInfo lane) {
    return write([&](TimelineStore& s) { return s.add_lane(std::move(lane)); });
}

void SharedTimeline::add_output_text(std::int64_t t_ns, OutputStream stream, std::string text) {
    write([&](TimelineStore& s) { s.add_output_text(t_ns, stream, std::move(text)); });
}

std::int64_t SharedTimeline::add_other_work(std::uint32_t core_row, std::int64_t t0_ns, std::int64_t t1_ns,
                                            std::int64_t busy_ns) {
    return write([&](TimelineStore& s) { return s.add_other_work(core_row, t0_ns, t1_ns, busy_ns); });
}

void SharedTimeline::finish(std::int64_t end_ns) {
    write([&](TimelineStore& s) { s.finish(end_ns); });
    finished_.store(true, std::memory_order_release);
}

void SharedTimeline::fold_to(std::size_t max_segments) {
    store_.fold_to(max_segments);
    version_.fetch_add(1, std::memory_order_acq_rel);
}

void SharedTimeline::set_segment_budget(std::size_t max_segments) {
    write([&](TimelineStore& s) { s.set_segment_budget(max_segments); });
}

void SharedTimeline::reveal(const TimelineStore& recorded, std::int64_t until_ns) {
    const bool done = write([&](TimelineStore& s) {
        s.reveal(recorded, until_ns);
        return s.finished();
    });
    if (done) finished_.store(true, std::memory_order_release);
}

void SharedTimeline::restart_replay(const TimelineStore& recorded) {
    TimelineStore fresh = TimelineStore::replay_start(recorded);  // built outside the lock
    write([&](TimelineStore& s) { s = std::move(fresh); });
    finished_.store(false, std::memory_order_release);
}

}  // namespace conclab

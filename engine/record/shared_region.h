#pragma once
// The memory a run shares between its parent and its worker processes: a control block (stop
// flag, task dispatch, progress) and one event ring per lane. Mapped MAP_SHARED | MAP_ANONYMOUS
// before any fork(), so forked workers see the same pages; thread workers use it the same way,
// which keeps one recording path for every run model.
#include <atomic>
#include <cstddef>
#include <cstdint>

#include "record/event_ring.h"

namespace conclab {

struct RunControl {
    std::atomic<int> stop{0};                // set by the parent: every worker ends as soon as it can
    std::atomic<std::int64_t> next_task{0};  // pools: the next task a worker takes
    std::atomic<std::int64_t> tasks_done{0};
    std::atomic<std::int64_t> events_dropped{0};  // rings full while stopping (never while running)
    // The simulated GIL's switch interval, set by the parent (at start and whenever a lesson moves
    // the slider) and read by every GIL of the run, in every worker process, for each wait.
    // 5 ms, CPython's default, until the run sets its experiment's.
    std::atomic<std::int64_t> switch_interval_ns{5'000'000};
};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<std::int64_t>::is_always_lock_free);

class SharedRegion {
public:
    // Throws std::system_error if the mapping cannot be made.
    SharedRegion(std::size_t lanes, std::size_t ring_capacity);
    ~SharedRegion();
    SharedRegion(const SharedRegion&) = delete;
    SharedRegion& operator=(const SharedRegion&) = delete;

    RunControl& control() const { return *control_; }
    EventRing ring(std::size_t lane) const;
    std::size_t lanes() const { return lanes_; }

private:
    void* base_ = nullptr;
    std::size_t bytes_ = 0;
    std::size_t lanes_ = 0;
    std::size_t capacity_ = 0;
    RunControl* control_ = nullptr;
};

}  // namespace conclab

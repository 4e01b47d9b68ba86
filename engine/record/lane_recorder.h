#pragma once
// What a worker uses to record its own lane: state changes (a repeated state is not recorded),
// task boundaries and GIL hand-offs, written to the lane's ring. Used only by the lane's own
// thread (or process), which makes it the ring's single producer.
#include <atomic>
#include <cstdint>

#include "record/event_ring.h"

namespace conclab {

class LaneRecorder {
public:
    LaneRecorder(EventRing ring, std::uint32_t lane, const std::atomic<int>* stop,
                 std::atomic<std::int64_t>* dropped);

    std::uint32_t lane() const { return lane_; }

    // Records a state change at time t; nothing if state, core and task are unchanged.
    void state(LaneState s, std::int64_t t, std::uint16_t core = kNoCore);
    LaneState current_state() const { return state_; }
    std::uint16_t current_core() const { return core_; }

    void lane_begin(std::int64_t t, int pid, int tid);
    void lane_end(std::int64_t t, std::int64_t cpu_ns, std::int64_t peak_rss_kib, std::int64_t voluntary_cs,
                  std::int64_t involuntary_cs);
    void task_begin(std::uint32_t task, std::int64_t t);
    // An event loop switching back to a task it started earlier: the lane's state now belongs to it.
    void resume_task(std::uint32_t task, std::int64_t t);
    void task_end(std::uint32_t task, std::int64_t t, std::int64_t result, std::int64_t status);
    void gil_acquire(std::int64_t t, std::uint32_t previous_holder, GilReason previous_reason,
                     std::int64_t previous_release_ns);
    void gil_release(std::int64_t t, GilReason reason);
    // A line the lane printed while working on its current task: `code` says which line
    // (workload/output_codes.h), a and b its numbers (EventKind::Output).
    void output(std::int64_t t, std::uint32_t code, std::int64_t a, std::int64_t b);

    void push(const Event& e);  // waits while the ring is full (the collector drains it ~60 times a second)

private:
    // An event of this lane at `t`, about `task`: what every recorded event starts from.
    Event event_of(EventKind kind, std::int64_t t, std::uint32_t task) const;

    EventRing ring_;
    std::uint32_t lane_;
    const std::atomic<int>* stop_;
    std::atomic<std::int64_t>* dropped_;
    LaneState state_ = LaneState::Idle;
    std::uint16_t core_ = kNoCore;
    std::uint32_t task_ = kNoTask;
    bool has_state_ = false;
};

}  // namespace conclab

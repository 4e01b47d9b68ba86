#include "record/lane_recorder.h"

#include <sched.h>

#include <ctime>

namespace conclab {

LaneRecorder::LaneRecorder(EventRing ring, std::uint32_t lane, const std::atomic<int>* stop,
                           std::atomic<std::int64_t>* dropped)
    : ring_(ring), lane_(lane), stop_(stop), dropped_(dropped) {}

void LaneRecorder::push(const Event& e) {
    if (ring_.try_push(e)) return;
    // Full: the collector is behind. Losing events would draw a false timeline, so wait for it;
    // only once the run is being stopped may events be dropped (counted) so stopping cannot hang.
    ring_.header()->full_waits.fetch_add(1, std::memory_order_relaxed);
    const timespec pause{0, 200'000};
    while (!ring_.try_push(e)) {
        if (stop_ && stop_->load(std::memory_order_relaxed) != 0) {
            if (dropped_) dropped_->fetch_add(1, std::memory_order_relaxed);
            return;
        }
        nanosleep(&pause, nullptr);
    }
}

Event LaneRecorder::event_of(EventKind kind, std::int64_t t, std::uint32_t task) const {
    Event e;
    e.kind = kind;
    e.t_ns = t;
    e.lane = lane_;
    e.task = task;
    return e;
}

void LaneRecorder::state(LaneState s, std::int64_t t, std::uint16_t core) {
    if (s != LaneState::Running) core = kNoCore;
    if (has_state_ && s == state_ && core == core_) return;
    has_state_ = true;
    state_ = s;
    core_ = core;
    Event e = event_of(EventKind::State, t, task_);
    e.core = core;
    e.state = s;
    push(e);
}

void LaneRecorder::lane_begin(std::int64_t t, int pid, int tid) {
    Event e = event_of(EventKind::LaneBegin, t, kNoTask);
    e.a = pid;
    e.b = tid;
    push(e);
}

void LaneRecorder::lane_end(std::int64_t t, std::int64_t cpu_ns, std::int64_t peak_rss_kib, std::int64_t voluntary_cs,
                            std::int64_t involuntary_cs) {
    Event e = event_of(EventKind::LaneEnd, t, kNoTask);
    e.a = cpu_ns;
    e.b = peak_rss_kib;
    e.peer = static_cast<std::uint32_t>(voluntary_cs);
    e.task = static_cast<std::uint32_t>(involuntary_cs);
    push(e);
}

void LaneRecorder::task_begin(std::uint32_t task, std::int64_t t) {
    task_ = task;
    push(event_of(EventKind::TaskBegin, t, task));
    // The state the lane is in now belongs to the new task: record it again under that task.
    if (has_state_) {
        has_state_ = false;
        state(state_, t, core_);
    }
}

void LaneRecorder::resume_task(std::uint32_t task, std::int64_t t) {
    if (task == task_) return;
    task_ = task;
    if (has_state_) {
        has_state_ = false;
        state(state_, t, core_);
    }
}

void LaneRecorder::task_end(std::uint32_t task, std::int64_t t, std::int64_t result, std::int64_t status) {
    Event e = event_of(EventKind::TaskEnd, t, task);
    e.a = result;
    e.b = status;
    push(e);
    task_ = kNoTask;
}

void LaneRecorder::gil_acquire(std::int64_t t, std::uint32_t previous_holder, GilReason previous_reason,
                               std::int64_t previous_release_ns) {
    Event e = event_of(EventKind::GilAcquire, t, task_);
    e.peer = previous_holder;
    e.reason = previous_reason;
    e.a = previous_release_ns;
    push(e);
}

void LaneRecorder::gil_release(std::int64_t t, GilReason reason) {
    Event e = event_of(EventKind::GilRelease, t, task_);
    e.reason = reason;
    push(e);
}

void LaneRecorder::output(std::int64_t t, std::uint32_t code, std::int64_t a, std::int64_t b) {
    Event e = event_of(EventKind::Output, t, task_);
    e.peer = code;
    e.a = a;
    e.b = b;
    push(e);
}

}  // namespace conclab

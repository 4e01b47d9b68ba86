#include "observe/gil_tracker.h"

#include <algorithm>
#include <cstring>

namespace conclab::observe {

GilReading read_gil(const PythonRuntime& python, const MemoryReader& memory) {
    GilReading r;
    const GilStructOffsets& g = python.gil;
    const std::uint64_t span = std::max({g.last_holder, g.locked, g.switch_number}) + 8;
    unsigned char bytes[64] = {};
    if (span > sizeof bytes) {
        r.error = EINVAL;
        return r;
    }
    r.error = memory(python.gil_address, bytes, span);
    if (r.error != 0) return r;
    std::int32_t locked = 0;
    std::memcpy(&locked, bytes + g.locked, sizeof locked);
    std::uint64_t holder = 0;
    std::memcpy(&holder, bytes + g.last_holder, sizeof holder);
    std::memcpy(&r.switch_number, bytes + g.switch_number, sizeof r.switch_number);
    r.locked = locked == 1;  // -1 before the GIL is created, 0 free
    r.holder_tstate = r.locked ? holder : 0;
    return r;
}

int read_native_thread_id(const PythonRuntime& python, const MemoryReader& memory, std::uint64_t tstate) {
    std::uint64_t tid = 0;
    if (tstate == 0 || memory(tstate + python.tstate_native_thread_id, &tid, sizeof tid) != 0) return 0;
    return tid > 0 && tid < (1u << 30) ? static_cast<int>(tid) : 0;
}

int GilTracker::sample(std::int64_t t_ns, const LaneOf& lane_of, std::vector<Event>& out) {
    const GilReading r = read_gil(python_, memory_);
    if (r.error != 0) return r.error;
    ++samples_;
    if (!have_switch_) first_switch_ = r.switch_number;
    have_switch_ = true;
    last_switch_ = std::max(last_switch_, r.switch_number);
    const std::int64_t change_at = last_sample_ns_ > 0 ? last_sample_ns_ + (t_ns - last_sample_ns_) / 2 : t_ns;
    last_sample_ns_ = t_ns;
    if (r.holder_tstate == holder_tstate_) return 0;

    std::uint32_t lane = kNoLane;
    if (r.holder_tstate != 0)
        if (const int tid = read_native_thread_id(python_, memory_, r.holder_tstate); tid > 0) lane = lane_of(tid);
    holder_tstate_ = r.holder_tstate;
    if (lane == holder_lane_) return 0;
    if (holder_lane_ != kNoLane) {
        Event release;
        release.kind = EventKind::GilRelease;
        release.t_ns = change_at;
        release.lane = holder_lane_;
        out.push_back(release);
        previous_lane_ = holder_lane_;
        released_at_ = change_at;
    }
    holder_lane_ = lane;
    if (lane != kNoLane) {
        Event acquire;
        acquire.kind = EventKind::GilAcquire;
        acquire.t_ns = change_at;
        acquire.lane = lane;
        acquire.peer = previous_lane_;  // a hand-off when another lane held it last
        acquire.a = previous_lane_ != kNoLane ? released_at_ : 0;
        out.push_back(acquire);
    }
    return 0;
}

void GilTracker::release_if_held(std::int64_t t_ns, std::vector<Event>& out) {
    if (holder_lane_ == kNoLane) return;
    Event release;
    release.kind = EventKind::GilRelease;
    release.t_ns = t_ns;
    release.lane = holder_lane_;
    out.push_back(release);
    previous_lane_ = holder_lane_;
    released_at_ = t_ns;
    holder_lane_ = kNoLane;
    holder_tstate_ = 0;
}

}  // namespace conclab::observe

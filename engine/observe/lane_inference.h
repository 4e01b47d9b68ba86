#pragma once
// Turns periodic samples of one thread (/proc stat state + schedstat counters) into the lane
// states the timeline draws, so that each lane's Running time equals the CPU time the kernel
// counted for it and its Ready time the run-queue wait it counted.
//
// The kernel updates a thread's counters when it is switched out and at every scheduler tick
// (4 ms at HZ=250) while it runs, so between two samples a running thread's counter may not have
// moved yet. Samples of a runnable thread (state R) are therefore held as an *unsettled span*
// until its counters move (or it blocks, or `max_unsettled_ns` passes); the span is then split:
//   Ready   = run-queue wait counted in it,
//   Running = CPU time counted and not yet drawn (on the core it last ran on),
//   the rest = the blocked state it was in before / is in now (or Ready if it was runnable at
//              both ends: counted neither running nor blocked).
// Within one span the order is inferred (blocked before waking, Ready before Running, Running
// before blocking again); every span's totals are the counters' own.
#include <cstdint>
#include <vector>

#include "core/lane_state.h"
#include "record/event.h"

namespace conclab::observe {

struct TaskSample {
    std::int64_t t_ns = 0;
    char state = 'S';                 // /proc stat state: 'R' runnable, anything else not
    int processor = -1;               // CPU it last ran on
    std::uint64_t run_ns = 0;         // schedstat: CPU time so far
    std::uint64_t wait_ns = 0;        // schedstat: run-queue wait so far
    LaneState blocked = LaneState::Idle;  // what it waits for when not runnable (syscall_state.h)
};

// One state the lane entered: from `t_ns` until the next change.
struct LaneChange {
    std::int64_t t_ns = 0;
    LaneState state = LaneState::Idle;
    std::uint16_t core = kNoCore;
};

class LaneInference {
public:
    // A runnable thread whose CPU counter has not moved for this long was not on a core (a
    // running thread's counter moves at least every scheduler tick, 10 ms at HZ=100).
    static constexpr std::int64_t kDefaultMaxUnsettledNs = 25'000'000;
    explicit LaneInference(std::int64_t max_unsettled_ns = kDefaultMaxUnsettledNs)
        : max_unsettled_ns_(max_unsettled_ns) {}

    // Feeds the next sample (times increasing); appends the changes it settles to `out`.
    void add(const TaskSample& s, std::vector<LaneChange>& out);

    std::uint64_t cpu_ns() const { return last_run_; }            // the thread's CPU time at the last sample
    std::int64_t drawn_running_ns() const { return drawn_run_; }  // Running drawn since the first sample
    bool started() const { return started_; }

private:
    void settle(const TaskSample& s, bool now_blocked, std::vector<LaneChange>& out);
    void change_to(std::int64_t t, LaneState state, std::uint16_t core, std::vector<LaneChange>& out);

    std::int64_t max_unsettled_ns_;
    bool started_ = false;
    std::int64_t settled_until_ = 0;     // changes are final up to here
    std::uint64_t base_run_ = 0;         // counters at the first sample: earlier time is not ours to draw
    std::uint64_t base_wait_ = 0;
    std::uint64_t last_run_ = 0;
    std::int64_t drawn_run_ = 0;         // Running drawn so far (ns); owed = counted - drawn
    std::int64_t drawn_wait_ = 0;
    std::uint64_t span_run_ = 0;         // counters when the current span began
    std::uint64_t span_wait_ = 0;
    bool prev_blocked_ = false;          // the thread was not runnable at settled_until_
    LaneState prev_state_ = LaneState::Idle;  // its blocked state then
    bool have_open_ = false;             // the last emitted change (the lane's open state)
    LaneChange open_;
};

}  // namespace conclab::observe

#include "observe/lane_inference.h"

#include <algorithm>

namespace conclab::observe {
namespace {

std::uint16_t core_of(int processor) {
    return processor >= 0 && processor < kNoCore ? static_cast<std::uint16_t>(processor) : kNoCore;
}

}  // namespace

void LaneInference::change_to(std::int64_t t, LaneState state, std::uint16_t core, std::vector<LaneChange>& out) {
    if (state != LaneState::Running) core = kNoCore;
    if (have_open_ && open_.state == state && open_.core == core) return;  // the same state goes on
    if (have_open_ && !out.empty() && out.back().t_ns == t) {
        out.back() = LaneChange{t, state, core};  // the previous change lasted no time at all
    } else {
        out.push_back(LaneChange{t, state, core});
    }
    open_ = out.back();
    have_open_ = true;
}

void LaneInference::add(const TaskSample& s, std::vector<LaneChange>& out) {
    const bool blocked = s.state != 'R';
    if (!started_) {
        started_ = true;
        settled_until_ = s.t_ns;
        base_run_ = span_run_ = last_run_ = s.run_ns;
        base_wait_ = span_wait_ = s.wait_ns;
        prev_blocked_ = blocked;
        prev_state_ = s.blocked;
        // A blocked thread's state is known now; a runnable one's waits for its counters.
        if (blocked) change_to(s.t_ns, s.blocked, kNoCore, out);
        return;
    }
    if (s.t_ns <= settled_until_) return;
    last_run_ = std::max(last_run_, s.run_ns);
    const bool counters_moved = s.run_ns != span_run_ || s.wait_ns != span_wait_;
    if (counters_moved || blocked || s.t_ns - settled_until_ >= max_unsettled_ns_) settle(s, blocked, out);
}

void LaneInference::settle(const TaskSample& s, bool now_blocked, std::vector<LaneChange>& out) {
    const std::int64_t t0 = settled_until_;
    const std::int64_t span = s.t_ns - t0;
    const auto owed = [](std::uint64_t counter, std::uint64_t base, std::int64_t drawn) {
        return std::max<std::int64_t>(0, static_cast<std::int64_t>(counter - base) - drawn);
    };
    const std::int64_t ready = std::min(span, owed(s.wait_ns, base_wait_, drawn_wait_));
    const std::int64_t running = std::min(span - ready, owed(s.run_ns, base_run_, drawn_run_));
    const std::int64_t rest = span - ready - running;
    const std::uint16_t core = core_of(s.processor);

    std::int64_t t = t0;
    auto piece = [&](std::int64_t length, LaneState state) {
        if (length <= 0) return;
        change_to(t, state, core, out);
        t += length;
    };
    if (prev_blocked_ && now_blocked) {
        // Blocked at both ends: it woke, (waited,) ran and blocked again somewhere in between.
        const std::int64_t before = ready + running > 0 ? rest / 2 : rest;
        piece(before, prev_state_);
        piece(ready, LaneState::Ready);
        piece(running, LaneState::Running);
        piece(rest - before, s.blocked);
    } else if (prev_blocked_) {
        piece(rest, prev_state_);
        piece(ready, LaneState::Ready);
        piece(running, LaneState::Running);
    } else if (now_blocked) {
        piece(ready, LaneState::Ready);
        piece(running, LaneState::Running);
        piece(rest, s.blocked);
    } else {
        // Runnable at both ends: time counted neither as CPU nor as blocked was spent runnable.
        piece(ready + rest, LaneState::Ready);
        piece(running, LaneState::Running);
    }
    // The state it is in now stays open until the next change.
    if (now_blocked) change_to(s.t_ns, s.blocked, kNoCore, out);

    drawn_wait_ += ready;
    drawn_run_ += running;
    settled_until_ = s.t_ns;
    span_run_ = s.run_ns;
    span_wait_ = s.wait_ns;
    prev_blocked_ = now_blocked;
    prev_state_ = s.blocked;
}

}  // namespace conclab::observe

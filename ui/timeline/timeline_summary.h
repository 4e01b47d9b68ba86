#pragma once
// The measured headline of a run, computed from its timeline: how the worker lanes spent their
// time and how busy the cores were. This is the sentence that explains the picture.
#include <QString>
#include <array>
#include <cstdint>

#include "core/lane_state.h"

namespace conclab {
class TimelineStore;
}

namespace conclab::ui {

struct TimelineSummary {
    std::array<std::int64_t, kLaneStateCount> lane_state_ns{};
    std::int64_t lane_total_ns = 0;
    std::int64_t core_busy_ns = 0;   // this run's workers on the core rows
    std::int64_t wall_ns = 0;
    int cores = 1;
    std::size_t handoffs = 0;
    // A GIL row shows a holder (a simulated GIL, or an observed CPython's that was read): only
    // then is a count of hand-offs a measurement ("0" of a program that is not Python is not).
    bool gil = false;

    // A busy state's share of the workers' busy (non-Idle) time: the same denominator as the
    // table's GIL wait share, so the headline and the table agree. Idle: share of all lane time.
    double state_share(LaneState s) const;
    double core_busy_share() const;   // busy core time / (cores × wall)
};

TimelineSummary summarize(const TimelineStore& store);
// "Measured: wall time 812 ms · worker time: Running 27%, Waiting for GIL 71% · CPU cores busy 49%"
// Other programs' share is not repeated here: the warning line under it (run_warnings_text) gives
// the one figure, from the machine's counters, when it matters.
QString summary_text(const TimelineSummary& s);

}  // namespace conclab::ui

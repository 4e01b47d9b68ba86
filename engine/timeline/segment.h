#pragma once
// A stretch of time during which one row of the timeline was in one state. 24 bytes, so that a
// million segments cost 24 MB (the UI issue's budget is 48 bytes per stored segment).
#include <cstdint>

#include "core/lane_state.h"
#include "record/event.h"

namespace conclab {

// The task of a segment that stands for several folded together (see row_folding.h): the time in
// each state is exact, which task ran when within the fold block is no longer known.
inline constexpr std::uint32_t kFoldedTask = 0xfffffeu;

struct Segment {
    std::int64_t start_ns = 0;
    std::int64_t end_ns = 0;
    std::uint32_t task : 24 = kNoTask;  // the task the lane worked on (kNoTask if none)
    std::uint32_t state_bits : 8 = 0;   // LaneState
    std::uint16_t lane = 0;  // worker rows: the lane itself; core/GIL rows: the lane that ran/held
    std::uint16_t core = kNoCore;  // the core a Running segment ran on

    LaneState state() const { return static_cast<LaneState>(state_bits); }
    std::int64_t duration_ns() const { return end_ns - start_ns; }
    bool folded() const { return task == kFoldedTask; }
};
static_assert(sizeof(Segment) == 24);

}  // namespace conclab

#pragma once
// A moment pointed at from outside the timeline (a line of the Output pane): a vertical line at
// that time across every row, and the lane that did it outlined, so the class sees *when* and
// *who*. Only on screen; pictures do not carry it.
#include <cstdint>

#include "record/event.h"

class QPainter;

namespace conclab::ui {

struct TimelineGeometry;
struct TimeView;

struct MomentMark {
    std::int64_t t_ns = 0;
    std::uint32_t lane = kNoLane;  // kNoLane: no lane to outline
    friend bool operator==(const MomentMark&, const MomentMark&) = default;
};

void paint_moment_mark(QPainter& p, const TimelineGeometry& g, const TimeView& view, const MomentMark& mark);

}  // namespace conclab::ui

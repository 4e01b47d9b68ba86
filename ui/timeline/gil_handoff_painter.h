#pragma once
// The GIL made visible: each hand-off is an arrow from the lane that dropped the GIL to the lane
// that took it, at the moment it happened, labelled with the reason (switch interval, I/O,
// thread exit) where there is room beside it; a process's header says how many hand-offs a
// second its GIL made in the time on screen.
//
// Cost follows the pixels, not the run: hand-offs are found by binary search in a HandoffIndex
// and at most one arrow is drawn per `spacing` pixels (the first hand-off at or after each
// spot), so a run with millions of hand-offs draws a few hundred arrows at most.
#include <QFont>
#include <QRect>
#include <QString>
#include <optional>
#include <vector>

#include "record/event.h"
#include "ui/timeline/lane_row_layout.h"
#include "ui/timeline/time_view.h"

class QPainter;

namespace conclab {
class TimelineStore;
}

namespace conclab::ui {

class HandoffIndex;

// One arrow to draw: where, which lanes, why.
struct HandoffArrow {
    int x_from = 0;  // plot x where the dropping lane let go
    int x_to = 0;    // plot x where the taking lane had it
    std::uint32_t from_lane = kNoLane;
    std::uint32_t to_lane = kNoLane;
    GilReason reason = GilReason::None;
};

// Fewest pixels between two arrows: one per `spacing` px at most.
int handoff_arrow_spacing(int font_px);

// The arrows the view shows: hand-offs of processes whose GIL row is in `rows`, taken within
// the view, between lanes that both have a row; at most one per handoff_arrow_spacing() px.
std::vector<HandoffArrow> visible_handoff_arrows(const TimelineStore& store, const HandoffIndex& index,
                                                 const std::vector<RowGeometry>& rows, const TimeView& view,
                                                 int font_px);

void paint_handoff_arrows(QPainter& p, const QRect& plot_rect, const std::vector<RowGeometry>& rows,
                          const std::vector<HandoffArrow>& arrows, const QFont& font);

// "switch interval", "I/O", "thread exit" (translated).
QString gil_reason_label(GilReason reason);

// Hand-offs per second of process `group`'s GIL in the part of the view that holds them
// individually (older detail a long run folded has only their count); nothing when that part
// is too short to say.
std::optional<double> handoffs_per_second(const TimelineStore& store, const HandoffIndex& index, std::uint32_t group,
                                          const TimeView& view);
// "GIL: 198 hand-offs per second", for the process's header row.
QString handoff_rate_text(double per_second);

// The rate of each process whose header and GIL row are on screen, right-aligned in its header
// (header rows span from `left` to the plot's right edge).
void paint_handoff_rates(QPainter& p, int left, const QRect& plot_rect, const std::vector<RowGeometry>& rows,
                         const TimelineStore& store, const HandoffIndex& index, const TimeView& view, int font_px);

}  // namespace conclab::ui

#pragma once
// Draws a timeline into any QPainter at any size: the on-screen widget, PNG/SVG/PDF export and
// `conclab shot` all call this, so the picture on a handout is the picture on the projector.
// Cost is proportional to visible pixels: every data row asks the store for ≤ 1 item per column.
#include <QFont>
#include <QRect>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

#include "ui/timeline/lane_row_layout.h"
#include "ui/timeline/time_view.h"

class QPainter;

namespace conclab {
class TimelineStore;
struct RunLayout;
}  // namespace conclab

namespace conclab::ui {

// Where the worker process whose death failed the run died: its lane ends there with a cross
// and this text, so the picture itself says why the run is incomplete.
struct WorkerDeathMark {
    std::uint32_t lane = 0;
    std::int64_t t_ns = 0;
    QString text;  // "killed by SIGKILL at 231 ms"
};

class HandoffIndex;

struct TimelinePaintOptions {
    int font_px = 16;
    QString caption;  // settings line(s) above everything (exports); empty on screen
    QString summary;  // the measured headline; empty while a run is live
    // Why the figures cannot be trusted (a busy machine, lost events), drawn bold in the warning
    // colour right under the summary; empty for a run that went as measured.
    QString warning;
    bool legend = true;
    std::optional<WorkerDeathMark> death;
    // GIL hand-offs as arrows between lanes, and their rate in each process's header. `handoffs`
    // is the view's index of them, kept up to date while a run goes; without one (a picture) the
    // painter sorts them for this one paint.
    bool gil_arrows = true;
    HandoffIndex* handoffs = nullptr;
};

struct TimelineGeometry {
    QRect area;
    QRect caption_rect;
    QRect summary_rect;
    QRect warning_rect;
    QRect legend_rect;
    QRect label_rect;  // the label column beside the rows
    QRect plot_rect;   // where segments go; rows' y are relative to its top
    QRect axis_rect;
    std::vector<RowGeometry> rows;
    QFont font;
    QFont caption_font;
};

// A font size that reads well for a picture of this size (exports and shots).
int font_px_for_picture(QSize size);

TimelineGeometry compute_geometry(const RunLayout& layout, const QRect& area, const TimelinePaintOptions& options,
                                  const QPainter* device_painter = nullptr);

// Paints `store` (may be null: just the frame) over the visible time range [t0, t1].
void paint_timeline(QPainter& p, const TimelineGeometry& g, const TimelineStore* store, std::int64_t t0_ns,
                    std::int64_t t1_ns, const TimelinePaintOptions& options);

}  // namespace conclab::ui

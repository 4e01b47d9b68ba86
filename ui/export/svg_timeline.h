#pragma once
// The timeline as an SVG drawing for the web page handout: caption, summary, legend, a label and a
// bar row per worker lane, GIL row and CPU core, the time axis, where a worker died, task starts.
// Complete as a picture on its own (a browser without scripts shows the whole run); the page's
// script (web/handout.js) zooms, pans and explains it with the data returned beside it.
//
// The plot is a nested <svg id="tl-plot"> whose viewBox is the visible time range in µs since the
// run began, so zooming is a change of viewBox. Up to kMaxExactItems segments are drawn exactly as
// recorded; a larger run is drawn as the store's per-pixel summary at kSummaryColumns columns.
#include <QString>
#include <optional>

#include "ui/timeline/timeline_painter.h"

namespace conclab {
class TimelineStore;
}

namespace conclab::ui {

struct SvgTimelineOptions {
    QString caption;
    QString summary;
    QString warning;  // a busy machine or lost events: why not to trust the figures (run_warnings_text)
    std::optional<WorkerDeathMark> death;
    int width = 1200;  // of the drawing's own coordinates (it scales to the page)
    int font_px = 13;
};

struct SvgTimeline {
    QString svg;        // the <svg id="timeline"> element
    QString data_json;  // what handout.js reads: rows, items (one per bar), texts in the reader's language
    int lane_rows = 0;  // worker lanes drawn
    int items = 0;      // bars drawn
    bool exact = true;  // every recorded segment is a bar (false: the per-pixel summary)
};

inline constexpr int kMaxExactItems = 40'000;
inline constexpr int kSummaryColumns = 4096;

SvgTimeline svg_timeline(const TimelineStore& store, const SvgTimelineOptions& options);

}  // namespace conclab::ui

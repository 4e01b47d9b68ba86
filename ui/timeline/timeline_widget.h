#pragma once
// The live timeline on screen. It paints with paint_timeline() from the shared ZoomState; new data
// only marks it dirty, and a 16 ms single-shot timer repaints (never more than ~60 times a second).
// Wheel zooms about the cursor, drag pans, double-click fits, hovering shows the segment.
#include <QTimer>
#include <QWidget>
#include <memory>

#include "ui/text/live_text.h"
#include "ui/timeline/handoff_index.h"
#include "ui/timeline/moment_marker.h"
#include "ui/timeline/timeline_painter.h"

namespace conclab {
class SharedTimeline;
}

namespace conclab::ui {

class ZoomState;

class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(ZoomState* zoom, QWidget* parent = nullptr);

    // Shows another timeline (a run going on, or a finished run selected again). May be null.
    // A live one is read under its lock while painting; its source goes on writing meanwhile.
    void setTimeline(std::shared_ptr<const SharedTimeline> timeline);
    const std::shared_ptr<const SharedTimeline>& timeline() const { return timeline_; }
    // The measured headline above the timeline (cleared by setTimeline), written again in every
    // language the window switches to; and why its figures cannot be trusted (null or empty when
    // they can: a busy machine, lost events), drawn under it in the warning colour.
    void setSummary(LiveText summary, LiveText warning = nullptr);
    // Marks where the worker process that failed the run died, with `text` beside the cross
    // ("killed by SIGKILL at 231 ms"; cleared by setTimeline).
    void setWorkerDeath(std::uint32_t lane, std::int64_t t_ns, LiveText text);
    const TimelinePaintOptions& paintOptions() const { return options_; }
    // New segments arrived: repaint soon (coalesced, at most ~60 Hz; when a paint is expensive the
    // interval grows to 2× its cost, so the GUI thread always keeps most of its time for input).
    void markDirty();

    // Marks a moment and its lane pointed at elsewhere (the Output pane); nullopt clears it.
    void setMoment(std::optional<MomentMark> mark);
    const std::optional<MomentMark>& moment() const { return moment_; }
    // Brings time t_ns (the run's clock) to the middle of the view, keeping the zoom.
    void centreOn(std::int64_t t_ns);
    // Presenter mode: text and lane labels at this pixel size (0: follow the widget's font).
    void setFontPxOverride(int px);

    const TimelineGeometry& paintGeometry() const { return geometry_; }
    int fontPx() const;
    int repaintCount() const { return repaints_; }
    // Text of the tooltip at a widget position (empty if nothing is there).
    QString tooltipAt(QPoint pos) const;

    QSize sizeHint() const override { return {900, 520}; }
    // As tall as the summary, the legend, lanes one text line high and the axis need (capped at
    // two thirds of the screen): a splitter then shrinks the table and chart, not the lanes.
    QSize minimumSizeHint() const override { return {360, std::max(200, legible_height_)}; }

protected:
    void changeEvent(QEvent*) override;
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    bool event(QEvent*) override;

private:
    void retranslate();
    void relayout();
    void onRepaintTimer();

    ZoomState* zoom_;
    std::shared_ptr<const SharedTimeline> timeline_;
    LiveText summary_;
    LiveText warning_;
    LiveText death_text_;
    TimelinePaintOptions options_;  // its texts composed by relayout(), in the language of the moment
    HandoffIndex handoffs_;  // the shown timeline's GIL hand-offs by time (options_.handoffs)
    std::optional<MomentMark> moment_;
    int font_px_override_ = 0;
    int legible_height_ = 0;
    TimelineGeometry geometry_;
    QTimer repaint_timer_;
    QPoint drag_last_;
    bool dragging_ = false;
    int repaints_ = 0;
    double last_paint_ms_ = 0;
};

}  // namespace conclab::ui

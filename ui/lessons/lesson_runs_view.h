#pragma once
// A lesson's runs one above the other on one time scale (GIL on above GIL off, threads above
// processes), each band filling in live while its run goes: what a class compares best is two
// pictures of the same length of time, where one run visibly ends sooner. Each band is the same
// picture the single timeline shows (paint_timeline), with the plots lined up under each other.
// Wheel zooms, drag pans (all bands together), double-click fits; double-clicking a band's title
// shows that run alone.
#include <QTimer>
#include <algorithm>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "lessons/lesson.h"
#include "ui/text/live_text.h"
#include "ui/timeline/handoff_index.h"
#include "ui/timeline/moment_marker.h"
#include "ui/timeline/timeline_painter.h"
#include "ui/timeline/zoom_state.h"

namespace conclab {
class SharedTimeline;
struct RunResult;
}  // namespace conclab

namespace conclab::ui {

class LessonRunsView : public QWidget {
    Q_OBJECT
public:
    explicit LessonRunsView(QWidget* parent = nullptr);

    // One empty band per run of `lesson`, titled with the runs' labels.
    void setLesson(const Lesson& lesson);
    // One empty band per label (a simulated run and the real CPython program doing its work).
    void setBands(std::vector<LiveText> labels);
    std::size_t bandCount() const { return bands_.size(); }
    void setTimeline(std::size_t band, std::shared_ptr<const SharedTimeline> timeline);
    void setResult(std::size_t band, std::shared_ptr<const RunResult> result);
    std::shared_ptr<const RunResult> result(std::size_t band) const;
    // New data in a live band: repaint soon (coalesced like the single timeline).
    void markDirty();
    void setFontPxOverride(int px);
    // A moment pointed at in the Output pane, in the band showing `timeline`.
    void setMoment(const SharedTimeline* timeline, std::optional<MomentMark> mark);

    // The geometry each band was last painted with (tests: plots line up, arrows, labels).
    const std::vector<TimelineGeometry>& bandGeometry() const { return geometry_; }
    const std::vector<QRect>& bandTitles() const { return titles_; }
    int fontPx() const;
    ZoomState* zoom() const { return zoom_; }

    QSize sizeHint() const override { return {900, std::max(520, legibleHeight())}; }
    // As tall as every band needs for legible rows: in a scroll area, less height scrolls.
    QSize minimumSizeHint() const override { return {360, legibleHeight()}; }
    int legibleHeight() const;

signals:
    void bandActivated(std::size_t band);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    void changeEvent(QEvent*) override;

private:
    struct Band {
        LiveText label;
        std::shared_ptr<const SharedTimeline> timeline;
        std::shared_ptr<const RunResult> result;
        HandoffIndex handoffs;
    };
    void relayout();
    struct Metrics {
        int font_px, pad, title_h, axis_h, legend_h;
    };
    Metrics metrics(int width) const;
    int bandNeeds(const Band& band, const Metrics& m) const;  // its title, legible rows and axis
    void updateBounds();
    QString bandTitle(const Band& band) const;

    std::vector<Band> bands_;
    std::vector<TimelineGeometry> geometry_;
    std::vector<QRect> titles_;
    QRect legend_rect_;
    int minimumHeight_ = 0;  // the legible height last announced to the layout
    ZoomState* zoom_;
    QTimer repaint_timer_;
    int font_px_override_ = 0;
    const SharedTimeline* moment_timeline_ = nullptr;
    std::optional<MomentMark> moment_;
    QPoint drag_last_;
    bool dragging_ = false;
};

}  // namespace conclab::ui

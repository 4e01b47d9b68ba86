#include "ui/lessons/lesson_runs_view.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "run/run_result.h"
#include "timeline/shared_timeline.h"
#include "ui/lessons/lesson_text.h"
#include "ui/text/display_format.h"
#include "ui/timeline/lane_row_layout.h"
#include "ui/timeline/legend.h"
#include "ui/timeline/state_palette.h"

namespace conclab::ui {
namespace {

const RunLayout& empty_layout() {
    static const RunLayout layout = [] {
        RunLayout l;
        l.cores = 0;
        return l;
    }();
    return layout;
}

}  // namespace

LessonRunsView::LessonRunsView(QWidget* parent) : QWidget(parent), zoom_(new ZoomState(this)) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::WheelFocus);
    repaint_timer_.setSingleShot(true);
    repaint_timer_.setInterval(16);
    connect(&repaint_timer_, &QTimer::timeout, this, [this] {
        relayout();  // pids (and labels) arrive while a run goes
        update();
    });
    connect(zoom_, &ZoomState::changed, this, &LessonRunsView::markDirty);
    setAccessibleName(tr("The lesson's runs, one above the other"));
}

int LessonRunsView::fontPx() const {
    if (font_px_override_ > 0) return font_px_override_;
    return std::clamp(QFontInfo(font()).pixelSize() + 3, 14, 24);
}

void LessonRunsView::setFontPxOverride(int px) {
    font_px_override_ = std::max(px, 0);
    relayout();
    markDirty();
}

void LessonRunsView::setLesson(const Lesson& lesson) {
    std::vector<LiveText> labels;
    for (const LessonRun& run : lesson.runs)
        labels.push_back([label = run.label] { return lesson_text(label, lesson_language()); });
    setBands(std::move(labels));
}

void LessonRunsView::setBands(std::vector<LiveText> labels) {
    bands_.clear();
    bands_.resize(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) bands_[i].label = std::move(labels[i]);
    moment_.reset();
    moment_timeline_ = nullptr;
    updateBounds();
    zoom_->fit();
    relayout();
    markDirty();
}

void LessonRunsView::setTimeline(std::size_t band, std::shared_ptr<const SharedTimeline> timeline) {
    if (band >= bands_.size()) return;
    bands_[band].timeline = std::move(timeline);
    bands_[band].result.reset();
    bands_[band].handoffs.reset();
    updateBounds();
    relayout();
    markDirty();
}

void LessonRunsView::setResult(std::size_t band, std::shared_ptr<const RunResult> result) {
    if (band >= bands_.size() || !result) return;
    bands_[band].timeline = result->timeline;
    bands_[band].result = std::move(result);
    updateBounds();
    relayout();
    markDirty();
}

std::shared_ptr<const RunResult> LessonRunsView::result(std::size_t band) const {
    return band < bands_.size() ? bands_[band].result : nullptr;
}

void LessonRunsView::setMoment(const SharedTimeline* timeline, std::optional<MomentMark> mark) {
    moment_timeline_ = timeline;
    moment_ = mark;
    update();
}

void LessonRunsView::markDirty() {
    updateBounds();
    if (!repaint_timer_.isActive()) repaint_timer_.start();
}

void LessonRunsView::updateBounds() {
    // One time scale for all: from each run's own start to the end of the longest.
    std::int64_t span = 1'000'000;
    for (const Band& b : bands_)
        if (b.timeline) {
            const auto store = b.timeline->read();
            span = std::max(span, store->end_ns() - store->start_ns());
        }
    zoom_->setBounds(0, span);
}

QString LessonRunsView::bandTitle(const Band& band) const {
    const QString label = band.label ? band.label() : QString();
    if (band.result) {
        QString title = tr("%1 — %2").arg(label, format_duration(band.result->metrics.wall_ns));
        if (band.result->status != RunStatus::Completed) title = tr("%1 (%2)").arg(title, run_status_text(band.result->status, band.result.get()));
        if (band.result->metrics.machine_busy()) title = tr("%1 — machine busy").arg(title);
        return title;
    }
    if (band.timeline) return tr("%1 — running…").arg(label);
    return tr("%1 — not run yet").arg(label);
}

LessonRunsView::Metrics LessonRunsView::metrics(int width) const {
    Metrics m{};
    m.font_px = fontPx();
    QFont font;
    font.setPixelSize(m.font_px);
    const QFontMetrics fm(font);
    m.pad = std::max(4, m.font_px / 2);
    m.title_h = fm.height() + m.pad / 2;
    m.axis_h = fm.height() + std::max(4, fm.height() / 3) + 2;  // as compute_geometry gives the axis
    m.legend_h = legend_height(std::max(width - 2 * m.pad, 100), font);
    return m;
}

int LessonRunsView::bandNeeds(const Band& band, const Metrics& m) const {
    int rows = legible_rows_height(empty_layout(), m.font_px);
    if (band.timeline) rows = legible_rows_height(band.timeline->read()->layout(), m.font_px);
    return m.title_h + rows + m.axis_h + 2 * m.pad;
}

int LessonRunsView::legibleHeight() const {
    const Metrics m = metrics(width());
    int h = m.pad + m.legend_h + m.pad / 2;
    for (const Band& band : bands_) h += bandNeeds(band, m);
    return h;
}

void LessonRunsView::relayout() {
    geometry_.clear();
    titles_.clear();
    const Metrics m = metrics(width());
    const int font_px = m.font_px;
    const int pad = m.pad;
    const QRect inner = rect().adjusted(pad, pad / 2, -pad, -pad / 2);
    legend_rect_ = QRect(inner.left(), inner.top(), inner.width(), m.legend_h);
    // A band that gained lanes needs more height: the scroll area around asks again.
    if (minimumSizeHint().height() != minimumHeight_) {
        minimumHeight_ = minimumSizeHint().height();
        updateGeometry();
    }
    if (bands_.empty()) return;
    const int title_h = m.title_h;
    const int top = legend_rect_.bottom() + 1 + pad / 2;
    // Each band gets what its rows need to stay legible, and a share of any spare height in
    // proportion to that (a band of 4 lanes grows more than one of a single lane).
    std::vector<int> needs;
    int needed = 0;
    for (const Band& band : bands_) needed += needs.emplace_back(bandNeeds(band, m));
    const int spare = std::max(inner.bottom() + 1 - top - needed, 0);
    TimelinePaintOptions options;
    options.font_px = font_px;
    options.legend = false;
    int y = top;
    for (std::size_t i = 0; i < bands_.size(); ++i) {
        const int band_h = needs[i] + (needed > 0 ? static_cast<int>(static_cast<long long>(spare) * needs[i] / needed) : 0);
        titles_.emplace_back(inner.left(), y, inner.width(), title_h);
        const QRect area(rect().left(), y + title_h, rect().width(), band_h - title_h);
        y += band_h;
        if (bands_[i].timeline) {
            const auto store = bands_[i].timeline->read();
            geometry_.push_back(compute_geometry(store->layout(), area, options));
        } else {
            geometry_.push_back(compute_geometry(empty_layout(), area, options));
        }
    }
    // The plots start at the same x in every band, so one moment is one x all the way down.
    int left = 0;
    for (const TimelineGeometry& g : geometry_) left = std::max(left, g.plot_rect.left());
    for (TimelineGeometry& g : geometry_) {
        const int delta = left - g.plot_rect.left();
        g.label_rect.setWidth(g.label_rect.width() + delta);
        g.plot_rect.setLeft(left);
        g.axis_rect.setLeft(left);
    }
    zoom_->setWidth(geometry_.front().plot_rect.width());
}

void LessonRunsView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (geometry_.size() != bands_.size()) relayout();
    QFont font;
    font.setPixelSize(fontPx());
    paint_legend(p, legend_rect_, font);
    QFont bold = font;
    bold.setBold(true);
    TimelinePaintOptions options;
    options.font_px = fontPx();
    options.legend = false;
    const TimeView& v = zoom_->view();
    for (std::size_t i = 0; i < bands_.size(); ++i) {
        Band& band = bands_[i];
        p.fillRect(titles_[i], header_background());
        p.setFont(bold);
        p.setPen(ink_color());
        const QFontMetrics fm(bold);
        p.drawText(titles_[i].adjusted(fm.averageCharWidth(), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(bandTitle(band), Qt::ElideRight, titles_[i].width() - 2 * fm.averageCharWidth()));
        const TimelineGeometry& g = geometry_[i];
        if (!band.timeline) {
            p.fillRect(g.area, plot_background());
            continue;
        }
        const auto store = band.timeline->read();
        options.handoffs = &band.handoffs;
        const std::int64_t start = store->start_ns();
        paint_timeline(p, g, &*store, start + v.t0_ns, start + v.t1_ns, options);
        if (moment_ && moment_timeline_ == band.timeline.get()) {
            TimeView absolute = v;
            absolute.t0_ns += start;
            absolute.t1_ns += start;
            paint_moment_mark(p, g, absolute, *moment_);
        }
    }
}

void LessonRunsView::resizeEvent(QResizeEvent*) { relayout(); }

void LessonRunsView::wheelEvent(QWheelEvent* e) {
    if (geometry_.empty()) return;
    const double x = e->position().x() - geometry_.front().plot_rect.left();
    const int delta = e->angleDelta().y() != 0 ? e->angleDelta().y() : e->angleDelta().x();
    if (delta == 0) return;
    zoom_->zoomAbout(std::clamp(x, 0.0, static_cast<double>(zoom_->view().width_px)), std::pow(1.0015, delta));
    e->accept();
}

void LessonRunsView::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return;
    dragging_ = true;
    drag_last_ = e->position().toPoint();
    setCursor(Qt::ClosedHandCursor);
}

void LessonRunsView::mouseMoveEvent(QMouseEvent* e) {
    if (!dragging_) return;
    const QPoint pos = e->position().toPoint();
    zoom_->panBy(pos.x() - drag_last_.x());
    drag_last_ = pos;
}

void LessonRunsView::mouseReleaseEvent(QMouseEvent*) {
    dragging_ = false;
    unsetCursor();
}

void LessonRunsView::mouseDoubleClickEvent(QMouseEvent* e) {
    for (std::size_t i = 0; i < titles_.size(); ++i)
        if (titles_[i].contains(e->position().toPoint()) && bands_[i].result) {
            emit bandActivated(i);
            return;
        }
    zoom_->fit();
}

void LessonRunsView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::FontChange) {
        relayout();
        update();
    }
    QWidget::changeEvent(e);
}

}  // namespace conclab::ui

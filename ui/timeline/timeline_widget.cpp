#include "ui/timeline/timeline_widget.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

#include "timeline/shared_timeline.h"
#include "ui/text/display_format.h"
#include "ui/timeline/lane_row_layout.h"
#include "ui/timeline/segment_tooltip.h"
#include "ui/timeline/zoom_state.h"

namespace conclab::ui {

TimelineWidget::TimelineWidget(ZoomState* zoom, QWidget* parent) : QWidget(parent), zoom_(zoom) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::WheelFocus);
    repaint_timer_.setSingleShot(true);
    repaint_timer_.setInterval(16);
    connect(&repaint_timer_, &QTimer::timeout, this, &TimelineWidget::onRepaintTimer);
    connect(zoom_, &ZoomState::changed, this, &TimelineWidget::markDirty);
    options_.font_px = fontPx();
    options_.handoffs = &handoffs_;
    retranslate();
}

void TimelineWidget::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void TimelineWidget::retranslate() {
    setAccessibleName(tr("Timeline"));
    relayout();  // row labels, the summary and the death mark's text in the new language
    update();
}

int TimelineWidget::fontPx() const {
    if (font_px_override_ > 0) return font_px_override_;
    return std::clamp(QFontInfo(font()).pixelSize() + 3, 14, 24);
}

void TimelineWidget::setFontPxOverride(int px) {
    font_px_override_ = std::max(px, 0);
    relayout();
    markDirty();
}

void TimelineWidget::setMoment(std::optional<MomentMark> mark) {
    if (mark == moment_) return;
    moment_ = mark;
    update();  // at once: it follows the mouse
}

void TimelineWidget::centreOn(std::int64_t t_ns) {
    const TimeView& v = zoom_->view();
    zoom_->panBy(static_cast<double>(v.width_px) / 2.0 - v.x_of(t_ns));
}

void TimelineWidget::setTimeline(std::shared_ptr<const SharedTimeline> timeline) {
    timeline_ = std::move(timeline);
    summary_ = nullptr;
    warning_ = nullptr;
    death_text_ = nullptr;
    handoffs_.reset();
    moment_.reset();
    options_.death.reset();
    relayout();
    if (timeline_) {
        const auto store = timeline_->read();
        zoom_->setBounds(store->start_ns(), store->end_ns());
    }
    zoom_->fit();
    markDirty();
}

void TimelineWidget::setSummary(LiveText summary, LiveText warning) {
    summary_ = std::move(summary);
    warning_ = std::move(warning);
    relayout();
    markDirty();
}

void TimelineWidget::setWorkerDeath(std::uint32_t lane, std::int64_t t_ns, LiveText text) {
    death_text_ = std::move(text);
    options_.death = WorkerDeathMark{lane, t_ns, QString()};
    relayout();
    markDirty();
}

void TimelineWidget::markDirty() {
    if (repaint_timer_.isActive()) return;
    // At most ~60 repaints a second, and never more than a quarter of the GUI thread's time on
    // painting: an expensive frame (a huge live run) waits three paint-times before the next.
    // Even then new data is on screen within paint + wait + one collector period (< 100 ms).
    repaint_timer_.start(std::clamp(static_cast<int>(last_paint_ms_ * 3.0), 16, 60));
}

void TimelineWidget::onRepaintTimer() {
    // While a run is live, pids (and with a real program, whole lanes) arrive as it goes: labels
    // are laid out again.
    if (timeline_ && !timeline_->finished()) relayout();
    if (timeline_) {
        const auto store = timeline_->read();
        zoom_->setBounds(store->start_ns(), std::max(store->end_ns(), store->start_ns() + 1'000'000));
    }
    update();
}

void TimelineWidget::relayout() {
    options_.font_px = fontPx();
    options_.summary = summary_ ? summary_() : QString();
    options_.warning = warning_ ? warning_() : QString();
    if (options_.death) options_.death->text = death_text_ ? death_text_() : QString();
    static const RunLayout empty_layout = [] {
        RunLayout l;
        l.cores = 0;
        return l;
    }();
    int rows_needed = 0;
    if (timeline_) {
        const auto store = timeline_->read();
        geometry_ = compute_geometry(store->layout(), rect(), options_);
        rows_needed = legible_rows_height(store->layout(), options_.font_px);
    } else {
        geometry_ = compute_geometry(empty_layout, rect(), options_);
    }
    zoom_->setWidth(geometry_.plot_rect.width());
    // A longer summary (Bengali wraps to more lines), a busy-machine warning or new lanes need more
    // height: the splitter around asks again. A huge run scrolls nothing, so the cap keeps the
    // window within its screen and the rest shrinks as before.
    const int screen_h = screen() ? screen()->availableGeometry().height() : 720;
    const int needed = (geometry_.plot_rect.top() - rect().top()) + rows_needed + geometry_.axis_rect.height() +
                       std::max(4, options_.font_px / 2);
    // Presenter mode (a font override) gives a lesson's runs most of the height: the main timeline
    // there asks for nothing beyond the usual minimum.
    const int legible = font_px_override_ > 0 ? 0 : std::min(needed, screen_h * 2 / 3);
    if (legible != legible_height_) {
        legible_height_ = legible;
        updateGeometry();
    }
}

void TimelineWidget::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    if (timeline_) {
        const TimeView& v = zoom_->view();
        const auto store = timeline_->read();
        paint_timeline(p, geometry_, &*store, v.t0_ns, v.t1_ns, options_);
        if (moment_) paint_moment_mark(p, geometry_, v, *moment_);
    } else {
        p.fillRect(rect(), Qt::white);
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.setFont(geometry_.font);
        const int margin = geometry_.font.pixelSize();
        p.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Set up an experiment on the left and press Run (Ctrl+R).\n\n"
                      "Each worker thread or process gets a lane, each process a thin row showing who holds its GIL, "
                      "and each CPU core a row showing which worker ran there."));
    }
    ++repaints_;
    last_paint_ms_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void TimelineWidget::resizeEvent(QResizeEvent*) { relayout(); }

void TimelineWidget::wheelEvent(QWheelEvent* e) {
    const double x = e->position().x() - geometry_.plot_rect.left();
    const int delta = e->angleDelta().y() != 0 ? e->angleDelta().y() : e->angleDelta().x();
    if (delta == 0) return;
    zoom_->zoomAbout(std::clamp(x, 0.0, static_cast<double>(geometry_.plot_rect.width())), std::pow(1.0015, delta));
    e->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton) {
        dragging_ = true;
        drag_last_ = e->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* e) {
    if (!dragging_) return;
    const QPoint pos = e->position().toPoint();
    zoom_->panBy(pos.x() - drag_last_.x());
    drag_last_ = pos;
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent*) {
    dragging_ = false;
    unsetCursor();
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent*) { zoom_->fit(); }

QString TimelineWidget::tooltipAt(QPoint pos) const {
    if (!timeline_ || !geometry_.plot_rect.contains(pos)) return {};
    const auto store = timeline_->read();
    const int index = row_at(geometry_.rows, pos.y() - geometry_.plot_rect.top());
    if (index < 0) return {};
    const RowGeometry& row = geometry_.rows[static_cast<std::size_t>(index)];
    if (!row.has_data) return {};
    const std::int64_t t = zoom_->view().t_of(pos.x() - geometry_.plot_rect.left());
    const auto seg = store->segment_at(row.ref, t);
    if (!seg) return tr("%1: nothing recorded at %2").arg(row.label, format_duration(t - store->start_ns()));
    QStringList lines;
    for (const QString& line : segment_tooltip_lines(*store, row.role, row.label, *seg))
        lines << line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    lines.front() = QStringLiteral("<b>%1</b>").arg(lines.front());
    return lines.join(QStringLiteral("<br>"));
}

bool TimelineWidget::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (e->type() == QEvent::FontChange) relayout();
    return QWidget::event(e);
}

}  // namespace conclab::ui

#include "ui/timeline/zoom_state.h"

namespace conclab::ui {

ZoomState::ZoomState(QObject* parent) : QObject(parent) { view_ = TimeView::fit(lo_ns_, hi_ns_, 1); }

void ZoomState::setBounds(std::int64_t lo_ns, std::int64_t hi_ns) {
    lo_ns_ = lo_ns;
    hi_ns_ = std::max(hi_ns, lo_ns + TimeView::kMinSpanNs);
    apply(follow_ ? TimeView::fit(lo_ns_, hi_ns_, view_.width_px) : view_);
}

void ZoomState::setWidth(int width_px) {
    apply(follow_ ? TimeView::fit(lo_ns_, hi_ns_, width_px) : view_.with_width(width_px));
}

void ZoomState::zoomAbout(double x, double factor) {
    const TimeView v = view_.zoomed_about(x, factor).clamped_to(lo_ns_, hi_ns_);
    follow_ = v.span_ns() >= hi_ns_ - lo_ns_;  // zoomed all the way out: follow the run again
    apply(v);
}

void ZoomState::panBy(double dx_px) {
    follow_ = false;
    apply(view_.panned_by_px(dx_px).clamped_to(lo_ns_, hi_ns_));
}

void ZoomState::fit() {
    follow_ = true;
    apply(TimeView::fit(lo_ns_, hi_ns_, view_.width_px));
}

void ZoomState::apply(TimeView v) {
    if (v == view_) return;
    view_ = v;
    emit changed();
}

}  // namespace conclab::ui

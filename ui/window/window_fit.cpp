#include "ui/window/window_fit.h"

#include <algorithm>

namespace conclab::ui {
namespace {

// The client area that fits in `available` with a frame of `frame_extra` around it.
QSize room_for_client(const QRect& available, QSize frame_extra) {
    return QSize(std::max(available.width() - frame_extra.width(), 1), std::max(available.height() - frame_extra.height(), 1));
}

}  // namespace

QRect default_window_geometry(const QRect& available, QSize frame_extra) {
    const QSize size = kPreferredWindowSize.boundedTo(room_for_client(available, frame_extra));
    QRect r(QPoint(0, 0), size);
    r.moveCenter(available.center());
    // Centred, then pushed inside so the title bar (above the client area) is on the screen.
    return fitted_window_geometry(r, available, frame_extra);
}

QRect fitted_window_geometry(const QRect& geometry, const QRect& available, QSize frame_extra) {
    const QSize room = room_for_client(available, frame_extra);
    QRect r(geometry.topLeft(), geometry.size().boundedTo(room).expandedTo(QSize(1, 1)));
    // The frame's extra room is split: borders left/right, title bar on top, border below.
    const int left = frame_extra.width() / 2;
    const int top = frame_extra.height() - frame_extra.width() / 2;
    const int min_x = available.left() + left;
    const int min_y = available.top() + top;
    const int max_x = available.left() + available.width() - (frame_extra.width() - left) - r.width();
    const int max_y = available.top() + available.height() - (frame_extra.height() - top) - r.height();
    r.moveTo(std::clamp(r.left(), min_x, std::max(min_x, max_x)), std::clamp(r.top(), min_y, std::max(min_y, max_y)));
    return r;
}

}  // namespace conclab::ui

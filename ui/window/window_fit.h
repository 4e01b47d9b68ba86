#pragma once
// The window always fits the screen it opens on. A projector is often 1280×720 or 1024×768: a
// window opened at a fixed 1400×900, or at a size saved on a bigger screen, would hide the chart
// and the status bar below the screen's edge. These functions decide the geometry from the
// screen's available area (without task bars); they are pure so tests can feed any screen.
#include <QRect>
#include <QSize>

namespace conclab::ui {

// The size the window prefers on a roomy screen.
inline constexpr QSize kPreferredWindowSize{1400, 900};

// Room the window manager's frame (title bar, borders) takes around the window, when the
// window has not been shown yet and the real frame is not known: a generous guess, so that the
// title bar and the bottom edge both stay on the screen.
inline constexpr QSize kAssumedFrame{16, 48};

// Where a new window goes on a screen whose available area is `available`: the preferred size,
// shrunk to fit together with its frame, centred.
QRect default_window_geometry(const QRect& available, QSize frame_extra = kAssumedFrame);

// `geometry` (the client area, as QWidget::geometry()) moved and, if needed, shrunk so that
// with its frame it lies inside `available`. A geometry that already fits is returned as is.
QRect fitted_window_geometry(const QRect& geometry, const QRect& available, QSize frame_extra = kAssumedFrame);

}  // namespace conclab::ui

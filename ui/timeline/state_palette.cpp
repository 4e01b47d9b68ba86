#include "ui/timeline/state_palette.h"

#include <QBrush>
#include <QPainter>
#include <QPen>
#include <QRect>
#include <atomic>
#include <iterator>

namespace conclab::ui {
namespace {
std::atomic<bool> g_high_contrast{false};
}  // namespace

void set_high_contrast(bool on) { g_high_contrast.store(on, std::memory_order_relaxed); }
bool high_contrast() { return g_high_contrast.load(std::memory_order_relaxed); }

QColor state_color(LaneState s) {
    // High contrast: the light sky blue of Blocked on I/O becomes the palette's own blue, the
    // pale greys a step darker, so that no state fades into the white background on a projector.
    if (high_contrast()) {
        switch (s) {
            case LaneState::BlockedIo: return QColor(0x00, 0x72, 0xB2);
            case LaneState::Sleeping: return QColor(0x56, 0xB4, 0xE9);
            case LaneState::Idle: return QColor(0xB0, 0xB0, 0xB0);
            default: break;
        }
    }
    static const QColor colors[kLaneStateCount] = {
        QColor(0x00, 0x9E, 0x73),  // Running: bluish green
        QColor(0xF0, 0xE4, 0x42),  // Ready: yellow
        QColor(0xD5, 0x5E, 0x00),  // Waiting for GIL: vermillion
        QColor(0x56, 0xB4, 0xE9),  // Blocked on I/O: sky blue
        QColor(0xC8, 0xC8, 0xC8),  // Idle: light grey
        QColor(0xCC, 0x79, 0xA7),  // Overhead: reddish purple
        QColor(0xB4, 0xDC, 0xF4),  // Sleeping: pale sky blue (a wait like I/O, but on a timer)
        QColor(0xE6, 0x9F, 0x00),  // Waiting on a lock: orange
        QColor(0x80, 0x80, 0x80),  // Other work on a core: mid grey (drawn hatched)
    };
    const auto i = static_cast<std::size_t>(s);
    return i < std::size(colors) ? colors[i] : QColor(Qt::magenta);
}

QColor gil_held_color() { return QColor(0x1A, 0x1A, 0x1A); }

void paint_other_work_fill(QPainter& p, const QRect& r) {
    p.fillRect(r, QColor(0xD6, 0xD6, 0xD6));
    if (r.width() <= 0 || r.height() <= 0) return;
    // Hatching drawn as lines, not a pattern brush: Qt's SVG writer refers to a pattern that SVG
    // readers (QSvgRenderer among them) cannot resolve. Lines sit on a fixed 6 px grid of x, so
    // neighbouring stretches continue each other's stripes.
    constexpr int kStep = 6;
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(QPen(state_color(LaneState::OtherWork), 1));
    const int h = r.height();
    for (int x = (r.left() - h) / kStep * kStep - kStep; x <= r.right() + kStep; x += kStep)
        p.drawLine(x, r.bottom() + 1, x + h + 1, r.top());
    p.restore();
}
QColor core_busy_color() { return state_color(LaneState::Running); }
// The palette's vermillion: its strongest warning colour. The cross shape and its white halo keep
// it apart from Waiting-for-GIL bars of the same hue.
QColor worker_death_color() { return state_color(LaneState::WaitingGil); }

QColor text_color_on(const QColor& background) {
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor plot_background() { return high_contrast() ? QColor(Qt::white) : QColor(0xFA, 0xFA, 0xFA); }
QColor header_background() { return QColor(0xE6, 0xEC, 0xF2); }
QColor grid_color() { return high_contrast() ? QColor(0xA0, 0xA0, 0xA0) : QColor(0xD0, 0xD0, 0xD0); }
QColor ink_color() { return high_contrast() ? QColor(Qt::black) : QColor(0x20, 0x20, 0x20); }
QColor bar_outline_color() { return QColor(Qt::black); }
// The Okabe–Ito blue: dark enough to stand out of every state colour, with a white halo (black in
// high contrast, where that blue is Blocked on I/O's).
QColor highlight_color() { return high_contrast() ? QColor(Qt::black) : QColor(0x00, 0x72, 0xB2); }
// Dark vermillion: reads as a warning, and stays dark enough for white paper and a projector.
QColor warning_color() { return high_contrast() ? QColor(0x80, 0x20, 0x00) : QColor(0xA0, 0x30, 0x00); }

}  // namespace conclab::ui

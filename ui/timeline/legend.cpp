#include "ui/timeline/legend.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include "ui/text/display_format.h"
#include "ui/text/translate.h"
#include "ui/timeline/state_palette.h"

namespace conclab::ui {
namespace {

struct Placed {
    int x, line;
};

// Places entries left to right, wrapping; returns positions and the number of lines.
std::vector<Placed> flow(const std::vector<LegendEntry>& entries, int width, const QFontMetrics& fm, int& lines) {
    const int swatch = fm.height();
    const int gap = fm.averageCharWidth() * 3;
    std::vector<Placed> placed;
    int x = 0;
    lines = 1;
    for (const auto& e : entries) {
        const int w = swatch + fm.averageCharWidth() + fm.horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            ++lines;
        }
        placed.push_back(Placed{x, lines - 1});
        x += w + gap;
    }
    return placed;
}

}  // namespace

std::vector<LegendEntry> legend_entries() {
    return {
        {state_color(LaneState::Running), state_display_name(LaneState::Running), false},
        {state_color(LaneState::WaitingGil), state_display_name(LaneState::WaitingGil), false},
        // Observed programs' threads also wait on their own locks (join, a mutex, wait for a
        // child) and sleep on a timer; without these two a lock's orange reads as the GIL's.
        {state_color(LaneState::WaitingLock), state_display_name(LaneState::WaitingLock), false},
        {state_color(LaneState::BlockedIo), state_display_name(LaneState::BlockedIo), false},
        {state_color(LaneState::Sleeping), state_display_name(LaneState::Sleeping), false},
        {state_color(LaneState::Ready), state_display_name(LaneState::Ready), false},
        {state_color(LaneState::Overhead), state_display_name(LaneState::Overhead), false},
        {state_color(LaneState::Idle), state_display_name(LaneState::Idle), false},
        {gil_held_color(), tr("Holds the GIL"), false},
        {state_color(LaneState::OtherWork), tr("Other programs on a core"), false, true},
        {plot_background(), tr("Core idle / nothing recorded"), true},
    };
}

int legend_height(int width, const QFont& font, const QPainter* device_painter) {
    const QFontMetrics fm(font, device_painter ? device_painter->device() : nullptr);
    int lines = 1;
    flow(legend_entries(), width, fm, lines);
    return lines * (fm.height() + fm.height() / 3);
}

void paint_legend(QPainter& p, const QRect& rect, const QFont& font) {
    const QFontMetrics fm(font, p.device());
    const auto entries = legend_entries();
    int lines = 1;
    const auto placed = flow(entries, rect.width(), fm, lines);
    const int line_h = fm.height() + fm.height() / 3;
    const int swatch = fm.height() - 2;
    p.save();
    p.setFont(font);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const int x = rect.left() + placed[i].x;
        const int y = rect.top() + placed[i].line * line_h;
        const QRect sw(x, y + 1, swatch, swatch);
        if (entries[i].hatched) paint_other_work_fill(p, sw);
        else p.fillRect(sw, entries[i].color);
        p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
        p.drawRect(sw.adjusted(0, 0, -1, -1));
        p.setPen(ink_color());
        p.drawText(QPoint(x + swatch + fm.averageCharWidth(), y + fm.ascent()), entries[i].text);
    }
    p.restore();
}

}  // namespace conclab::ui

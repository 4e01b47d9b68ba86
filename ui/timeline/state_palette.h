#pragma once
// Colours of the timeline: the Okabe–Ito palette (safe for the common colour-vision deficiencies),
// chosen so the lesson's key states contrast most on a projector: Running green, Waiting for GIL
// vermillion, Blocked on I/O sky blue; the GIL holder is black.
#include <QColor>

#include "core/lane_state.h"

class QPainter;
class QRect;

namespace conclab::ui {

// High contrast (presenter mode's option, for washed-out projectors): the same Okabe–Ito hues,
// the light ones a step stronger (Blocked on I/O in the palette's dark blue instead of sky blue),
// every bar outlined in black and darker ink. Applies to every timeline painted from then on
// (GUI thread; `conclab shot` never turns it on).
void set_high_contrast(bool on);
bool high_contrast();

QColor state_color(LaneState s);
QColor gil_held_color();
// Other work on a core (not this run's workers): light grey with dark grey diagonal hatching, so
// it reads as "not ours" next to the workers' solid bars, in colour and in black and white.
void paint_other_work_fill(QPainter& p, const QRect& r);
QColor core_busy_color();
QColor worker_death_color();  // the cross where a worker process died (vermillion, white halo)
// Black or white, whichever reads better on `background`.
QColor text_color_on(const QColor& background);

QColor plot_background();      // a row with nothing recorded (e.g. an idle core)
QColor header_background();    // process header rows
QColor grid_color();
QColor ink_color();            // labels, axis
QColor warning_color();        // "machine busy" and other reasons not to trust the figures
QColor bar_outline_color();    // high contrast: the outline around each bar
QColor highlight_color();      // a moment or lane pointed at from elsewhere (the Output pane)

}  // namespace conclab::ui

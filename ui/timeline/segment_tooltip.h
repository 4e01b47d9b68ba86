#pragma once
// What hovering a segment says: the row, the state (or who holds the GIL / runs on the core), core,
// task or fold, pid and tid, start and duration. The window's tooltip and the web page handout's
// tooltips are made from the same translated sentences, so both say the same.
#include <QString>
#include <QStringList>

#include "ui/timeline/lane_row_layout.h"

namespace conclab {
class TimelineStore;
struct Segment;
}  // namespace conclab

namespace conclab::ui {

// The sentences, translated now (%1, %2: the values).
struct TooltipTexts {
    QString gil_holder;  // "%1 holds the GIL"
    QString core_runner; // "%1 runs on this core"
    QString state;       // "State: %1"
    QString core;        // "Core: %1"
    QString folded;      // "Older detail folded into %1 blocks …" (two lines)
    QString task;        // "Task: #%1"
    QString pid_tid;     // "pid %1, tid %2"
    QString start;       // "Start: %1"
    QString duration;    // "Duration: %1"
};
TooltipTexts tooltip_texts();

// Plain text lines; the first is the row's label.
QStringList segment_tooltip_lines(const TimelineStore& store, RowRole role, const QString& row_label, const Segment& seg);

}  // namespace conclab::ui

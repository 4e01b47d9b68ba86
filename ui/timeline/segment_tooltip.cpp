#include "ui/timeline/segment_tooltip.h"

#include <QCoreApplication>

#include "timeline/timeline_store.h"
#include "ui/text/display_format.h"

namespace conclab::ui {

// The context is the one the window's tooltip has always used (TimelineWidget), so its translations
// apply; written out at each call (not a tr() of this namespace) so that lupdate files them under it.
TooltipTexts tooltip_texts() {
    TooltipTexts t;
    t.gil_holder = QCoreApplication::translate("conclab::ui::TimelineWidget", "%1 holds the GIL");
    t.core_runner = QCoreApplication::translate("conclab::ui::TimelineWidget", "%1 runs on this core");
    t.state = QCoreApplication::translate("conclab::ui::TimelineWidget", "State: %1");
    t.core = QCoreApplication::translate("conclab::ui::TimelineWidget", "Core: %1");
    t.folded = QCoreApplication::translate("conclab::ui::TimelineWidget", "Older detail folded into %1 blocks to keep memory bounded:<br>"
                  "the time in each state is exact, the order inside a block is not")
                   .replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    t.task = QCoreApplication::translate("conclab::ui::TimelineWidget", "Task: #%1");
    t.pid_tid = QCoreApplication::translate("conclab::ui::TimelineWidget", "pid %1, tid %2");
    t.start = QCoreApplication::translate("conclab::ui::TimelineWidget", "Start: %1");
    t.duration = QCoreApplication::translate("conclab::ui::TimelineWidget", "Duration: %1");
    return t;
}

QStringList segment_tooltip_lines(const TimelineStore& store, RowRole role, const QString& row_label, const Segment& seg) {
    const TooltipTexts t = tooltip_texts();
    const RunLayout& layout = store.layout();
    const QString worker = lane_label(layout, seg.lane);
    QString state;
    switch (role) {
        case RowRole::Gil: state = t.gil_holder.arg(worker); break;
        case RowRole::Core: state = t.core_runner.arg(worker); break;
        default: state = state_display_name(seg.state()); break;
    }
    QStringList lines;
    lines << row_label;
    lines << t.state.arg(state);
    if (seg.core != kNoCore) lines << t.core.arg(format_count(seg.core));
    if (seg.folded())
        lines << t.folded.arg(format_duration(store.fold_block_ns()));
    else if (seg.task != kNoTask)
        lines << t.task.arg(format_count(seg.task));
    if (role == RowRole::Lane && seg.lane < layout.lanes.size() && layout.lanes[seg.lane].tid > 0)
        lines << t.pid_tid.arg(format_count(layout.lanes[seg.lane].pid), format_count(layout.lanes[seg.lane].tid));
    lines << t.start.arg(format_duration(seg.start_ns - store.start_ns()));
    lines << t.duration.arg(format_duration(seg.duration_ns()));
    return lines;
}

}  // namespace conclab::ui

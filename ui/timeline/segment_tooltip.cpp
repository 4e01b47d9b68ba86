#include "ui/timeline/segment_tooltip.h"

#include <QCoreApplication>

#include "timeline/timeline_store.h"
#include "ui/text/display_format.h"

namespace conclab::ui {
namespace {
// The context the window's tooltip has always used, so existing translations still apply.
QString tr(const char* text) { return QCoreApplication::translate("conclab::ui::TimelineWidget", text); }
}  // namespace

TooltipTexts tooltip_texts() {
    TooltipTexts t;
    t.gil_holder = tr("%1 holds the GIL");
    t.core_runner = tr("%1 runs on this core");
    t.state = tr("State: %1");
    t.core = tr("Core: %1");
    t.folded = tr("Older detail folded into %1 blocks to keep memory bounded:<br>"
                  "the time in each state is exact, the order inside a block is not")
                   .replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    t.task = tr("Task: #%1");
    t.pid_tid = tr("pid %1, tid %2");
    t.start = tr("Start: %1");
    t.duration = tr("Duration: %1");
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
    if (seg.core != kNoCore) lines << t.core.arg(seg.core);
    if (seg.folded())
        lines << t.folded.arg(format_duration(store.fold_block_ns()));
    else if (seg.task != kNoTask)
        lines << t.task.arg(seg.task);
    if (role == RowRole::Lane && seg.lane < layout.lanes.size() && layout.lanes[seg.lane].tid > 0)
        lines << t.pid_tid.arg(layout.lanes[seg.lane].pid).arg(layout.lanes[seg.lane].tid);
    lines << t.start.arg(format_duration(seg.start_ns - store.start_ns()));
    lines << t.duration.arg(format_duration(seg.duration_ns()));
    return lines;
}

}  // namespace conclab::ui

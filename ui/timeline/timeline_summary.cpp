#include "ui/timeline/timeline_summary.h"

#include <QCoreApplication>
#include <QStringList>

#include "timeline/timeline_store.h"
#include "ui/text/display_format.h"
#include "ui/text/translate.h"

namespace conclab::ui {
namespace {

std::int64_t add_row(const TimelineStore& store, RowRef ref, std::array<std::int64_t, kLaneStateCount>* by_state) {
    std::int64_t sum = 0;
    auto add = [&](const Segment& s) {
        sum += s.duration_ns();
        if (by_state && s.state_bits < kLaneStateCount) (*by_state)[s.state_bits] += s.duration_ns();
    };
    const auto& segs = store.segments(ref);
    for (std::size_t i = 0; i < segs.size(); ++i) add(segs[i]);
    if (auto open = store.open_segment(ref)) add(*open);
    return sum;
}
}  // namespace

double TimelineSummary::state_share(LaneState s) const {
    const std::int64_t idle = lane_state_ns[static_cast<std::size_t>(LaneState::Idle)];
    const std::int64_t total = s == LaneState::Idle ? lane_total_ns : lane_total_ns - idle;
    return total > 0 ? static_cast<double>(lane_state_ns[static_cast<std::size_t>(s)]) / static_cast<double>(total)
                     : 0.0;
}

double TimelineSummary::core_busy_share() const {
    const double capacity = static_cast<double>(wall_ns) * cores;
    return capacity > 0 ? static_cast<double>(core_busy_ns) / capacity : 0.0;
}

TimelineSummary summarize(const TimelineStore& store) {
    TimelineSummary s;
    const RunLayout& layout = store.layout();
    s.cores = std::max(layout.cores, 1);
    s.wall_ns = store.end_ns() - store.start_ns();
    // "Busy worker time" is the workers' own: the main thread waiting in join() and an asyncio
    // loop's task sub-rows explain the run but are not its workers (LaneInfo::worker); counted,
    // the main thread's join() showed as the workers "waiting on a lock" in a run without a lock.
    for (std::uint32_t lane = 0; lane < layout.lanes.size(); ++lane)
        if (layout.lanes[lane].worker) s.lane_total_ns += add_row(store, RowRef{RowKind::Lane, lane}, &s.lane_state_ns);
    for (std::uint32_t row = 0; row < layout.core_row_count(); ++row) {
        s.core_busy_ns += add_row(store, RowRef{RowKind::Core, row}, nullptr);
    }
    s.handoffs = static_cast<std::size_t>(store.handoff_count());
    for (const ProcessGroup& g : layout.groups) s.gil = s.gil || (g.gil && g.gil_note == GilNote::None);
    return s;
}

QString summary_text(const TimelineSummary& s) {
    QStringList states;
    for (const LaneState st : {LaneState::Running, LaneState::WaitingGil, LaneState::BlockedIo, LaneState::Sleeping,
                               LaneState::WaitingLock, LaneState::Ready, LaneState::Overhead}) {
        const double share = s.state_share(st);
        if (share >= 0.005 || st == LaneState::Running) states << tr("%1 %2").arg(state_display_name(st), format_percent(share));
    }
    QString text =
        s.gil ? tr("Measured: wall time %1 · busy worker time: %2 · CPU cores busy %3 of %4 cores × wall time · GIL hand-offs %5")
                    .arg(format_duration(s.wall_ns), states.join(QStringLiteral(", ")), format_percent(s.core_busy_share()),
                         format_count(s.cores), format_count(static_cast<qint64>(s.handoffs)))
              : tr("Measured: wall time %1 · busy worker time: %2 · CPU cores busy %3 of %4 cores × wall time")
                    .arg(format_duration(s.wall_ns), states.join(QStringLiteral(", ")), format_percent(s.core_busy_share()),
                         format_count(s.cores));
    if (const double idle = s.state_share(LaneState::Idle); idle >= 0.005)
        text += tr(" · lanes idle %1 of their time").arg(format_percent(idle));
    return text;
}

}  // namespace conclab::ui

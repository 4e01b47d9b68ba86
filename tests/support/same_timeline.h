#pragma once
// "The identical timeline": two stores compared field by field — layout with pids and tids,
// every row's segments, hand-offs, tasks, output lines, lane totals, fold state — and the
// per-pixel query of every row at a few zooms, which is what the window draws. Returns the first
// difference as text (empty when identical), so a failing test says where they part.
#include <sstream>
#include <string>

#include "run/run_result.h"
#include "timeline/timeline_store.h"

namespace conclab::testing {

inline std::string segment_text(const Segment& s) {
    std::ostringstream out;
    out << "[" << s.start_ns << "," << s.end_ns << " state " << s.state_bits << " core " << s.core << " task "
        << s.task << " lane " << s.lane << "]";
    return out.str();
}

inline std::string timeline_difference(const TimelineStore& a, const TimelineStore& b) {
    std::ostringstream why;
    const RunLayout& la = a.layout();
    const RunLayout& lb = b.layout();
    if (la.start_ns != lb.start_ns || a.end_ns() != b.end_ns()) return "start or end differs";
    if (la.cores != lb.cores || la.cpu_ids != lb.cpu_ids || la.task_count != lb.task_count) return "cores or tasks differ";
    if (la.groups.size() != lb.groups.size() || la.lanes.size() != lb.lanes.size()) return "lane or group count differs";
    for (std::size_t g = 0; g < la.groups.size(); ++g)
        if (la.groups[g].name != lb.groups[g].name || la.groups[g].pid != lb.groups[g].pid || la.groups[g].gil != lb.groups[g].gil ||
            la.groups[g].name_kind != lb.groups[g].name_kind || la.groups[g].name_number != lb.groups[g].name_number ||
            la.groups[g].gil_note != lb.groups[g].gil_note || la.groups[g].python_version != lb.groups[g].python_version)
            return "group " + std::to_string(g) + " differs";
    for (std::size_t l = 0; l < la.lanes.size(); ++l) {
        const LaneInfo& x = la.lanes[l];
        const LaneInfo& y = lb.lanes[l];
        if (x.name != y.name || x.group != y.group || x.kind != y.kind || x.pid != y.pid || x.tid != y.tid ||
            x.name_kind != y.name_kind || x.name_number != y.name_number || x.parent != y.parent || x.worker != y.worker)
            return "lane " + std::to_string(l) + " differs";
        const LaneTotals& tx = a.lane_totals(static_cast<std::uint32_t>(l));
        const LaneTotals& ty = b.lane_totals(static_cast<std::uint32_t>(l));
        if (tx.state_ns != ty.state_ns || tx.cpu_ns != ty.cpu_ns || tx.voluntary_cs != ty.voluntary_cs ||
            tx.involuntary_cs != ty.involuntary_cs || tx.peak_rss_kib != ty.peak_rss_kib || tx.begun != ty.begun ||
            tx.ended != ty.ended)
            return "totals of lane " + std::to_string(l) + " differ";
    }
    std::vector<RowRef> rows;
    for (std::uint32_t l = 0; l < la.lanes.size(); ++l) rows.push_back({RowKind::Lane, l});
    for (std::uint32_t g = 0; g < la.groups.size(); ++g) rows.push_back({RowKind::Gil, g});
    for (std::uint32_t c = 0; c < la.core_row_count(); ++c) rows.push_back({RowKind::Core, c});
    for (std::uint32_t c = 0; c < la.core_row_count(); ++c) rows.push_back({RowKind::CoreOther, c});
    for (const RowRef& row : rows) {
        const SegmentSeq& x = a.segments(row);
        const SegmentSeq& y = b.segments(row);
        const std::string name = "row " + std::to_string(static_cast<int>(row.kind)) + ":" + std::to_string(row.index);
        if (x.size() != y.size()) return name + ": " + std::to_string(x.size()) + " vs " + std::to_string(y.size()) + " segments";
        for (std::size_t i = 0; i < x.size(); ++i)
            if (segment_text(x[i]) != segment_text(y[i]))
                return name + " segment " + std::to_string(i) + ": " + segment_text(x[i]) + " vs " + segment_text(y[i]);
        if (a.open_segment(row).has_value() || b.open_segment(row).has_value()) return name + " has an open segment";
        // What the window draws: the per-pixel items at a few widths and zooms.
        const std::int64_t span = std::max<std::int64_t>(a.end_ns() - la.start_ns, 1);
        for (const TimeWindow w : {TimeWindow{la.start_ns, la.start_ns + span, 1600}, TimeWindow{la.start_ns, la.start_ns + span, 37},
                                   TimeWindow{la.start_ns + span / 3, la.start_ns + span / 3 + span / 50 + 1, 900}}) {
            const auto px = a.query(row, w);
            const auto py = b.query(row, w);
            if (px.size() != py.size()) return name + ": pixel items differ";
            for (std::size_t i = 0; i < px.size(); ++i)
                if (px[i].x0 != py[i].x0 || px[i].x1 != py[i].x1 || px[i].state != py[i].state || px[i].lane != py[i].lane ||
                    px[i].core != py[i].core || px[i].task != py[i].task || px[i].folded != py[i].folded)
                    return name + ": pixel item " + std::to_string(i) + " differs";
        }
    }
    if (a.handoff_count() != b.handoff_count() || a.handoffs().size() != b.handoffs().size()) return "hand-off counts differ";
    for (std::size_t i = 0; i < a.handoffs().size(); ++i) {
        const GilHandoff& x = a.handoffs()[i];
        const GilHandoff& y = b.handoffs()[i];
        if (x.release_ns != y.release_ns || x.acquire_ns != y.acquire_ns || x.group != y.group || x.from_lane != y.from_lane ||
            x.to_lane != y.to_lane || x.reason != y.reason)
            return "hand-off " + std::to_string(i) + " differs";
    }
    if (a.tasks().size() != b.tasks().size()) return "task counts differ";
    for (std::size_t i = 0; i < a.tasks().size(); ++i) {
        const TaskRecord& x = a.tasks()[i];
        const TaskRecord& y = b.tasks()[i];
        if (x.task != y.task || x.lane != y.lane || x.begin_ns != y.begin_ns || x.end_ns != y.end_ns || x.result != y.result ||
            x.status != y.status || x.finished != y.finished)
            return "task " + std::to_string(i) + " differs";
    }
    if (a.output().size() != b.output().size() || a.output_dropped() != b.output_dropped()) return "output counts differ";
    for (std::size_t i = 0; i < a.output().size(); ++i) {
        const OutputLine& x = a.output()[i];
        const OutputLine& y = b.output()[i];
        if (x.t_ns != y.t_ns || x.lane != y.lane || x.task != y.task || x.stream != y.stream || x.code != y.code ||
            x.values != y.values || x.text != y.text)
            return "output line " + std::to_string(i) + " differs";
    }
    if (a.switch_interval_changes() != b.switch_interval_changes()) return "switch interval changes differ";
    if (a.folded_before_ns() != b.folded_before_ns() || a.fold_block_ns() != b.fold_block_ns()) return "fold state differs";
    if (a.segment_count() != b.segment_count()) return "segment counts differ";
    if (a.finished() != b.finished()) return "one is finished, the other not";
    return {};
}

// Everything a run shows besides its timeline: provenance, status, reason, failure, figures.
inline std::string result_difference(const RunResult& a, const RunResult& b) {
    if (a.source != b.source || a.experiment != b.experiment || a.command != b.command) return "provenance differs";
    if (a.status != b.status || !(a.detail == b.detail)) return "status or detail differs";
    if (a.failure != b.failure) return "failure differs";
    const RunMetrics& x = a.metrics;
    const RunMetrics& y = b.metrics;
    if (x.wall_ns != y.wall_ns || x.cpu_ns != y.cpu_ns || x.gil_wait_ns != y.gil_wait_ns || x.busy_ns != y.busy_ns ||
        x.handoffs != y.handoffs || x.voluntary_cs != y.voluntary_cs || x.involuntary_cs != y.involuntary_cs ||
        x.peak_rss_kib != y.peak_rss_kib || x.lanes != y.lanes || x.cores != y.cores || x.tasks_done != y.tasks_done ||
        x.events_dropped != y.events_dropped || x.machine.measured != y.machine.measured ||
        x.machine.capacity_ns != y.machine.capacity_ns || x.machine.other_cpu_ns != y.machine.other_cpu_ns ||
        x.machine.own_overhead_ns != y.machine.own_overhead_ns ||
        x.machine.unexplained_ready_ns != y.machine.unexplained_ready_ns)
        return "metrics differ";
    return timeline_difference(a.store(), b.store());
}

}  // namespace conclab::testing

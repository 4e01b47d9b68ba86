// A run's "timeline" as run_json_writer.cpp writes it, checked as the store needs it: every row
// sorted and non-overlapping within the run, every state, core, task and lane in range. What the
// file claims is never trusted to size anything: rows, lanes and tasks are as many as it holds.
#include <utility>

#include "machine/cpu_list.h"
#include "runfile/json_fields.h"
#include "runfile/run_file_names.h"
#include "runfile/run_json_reader.h"

namespace conclab::runfile {

namespace {

// What the rows are checked against, known once the layout has been read.
struct Bounds {
    std::int64_t origin = 0;    // start_ns
    std::int64_t duration = 0;  // end - start
    std::size_t lanes = 0;
    std::size_t groups = 0;
};

constexpr std::int64_t kOtherWorkLane = 0xffff;

std::uint32_t lane_from(std::int64_t v) { return v < 0 ? kNoLane : static_cast<std::uint32_t>(v); }

// A lane index: -1 (none) or a lane of the layout.
std::uint32_t read_lane_or_none(JsonReader& r, const Bounds& b) {
    return lane_from(read_int_in(r, -1, static_cast<std::int64_t>(b.lanes) - 1));
}

std::uint32_t task_from(std::int64_t v) {
    if (v == -2) return kFoldedTask;
    return v == -1 ? kNoTask : static_cast<std::uint32_t>(v);
}

enum class RowOf { Lane, Gil, Core, CoreOther };

// [start, end, state, core, task, lane] per segment, sorted and never overlapping.
ChunkedVector<Segment> read_row(JsonReader& r, const Bounds& b, RowOf kind, std::uint32_t lane_row) {
    ChunkedVector<Segment> row;
    r.begin_array();
    std::int64_t previous_end = 0;
    for (std::size_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i / 6);
        Segment s;
        s.start_ns = read_int_in(r, previous_end, b.duration);
        if (!r.next_item()) r.wrong_value();
        s.end_ns = read_int_in(r, s.start_ns + 1, b.duration);  // never empty, never past the end
        if (!r.next_item()) r.wrong_value();
        const auto state = read_int_in(r, 0, kLaneStateCount - 1);
        // GIL and core rows hold only Running time (who held the GIL, who ran on the core); a core's
        // other-programs row only other programs' time.
        if (kind == RowOf::CoreOther ? state != static_cast<std::int64_t>(LaneState::OtherWork)
                                     : kind != RowOf::Lane && state != static_cast<std::int64_t>(LaneState::Running))
            r.wrong_value();
        s.state_bits = static_cast<std::uint32_t>(state) & 0xffu;
        if (!r.next_item()) r.wrong_value();
        const auto core = read_int_in(r, -1, kMaxCpuId);
        s.core = core < 0 ? kNoCore : static_cast<std::uint16_t>(core);
        if (!r.next_item()) r.wrong_value();
        s.task = task_from(read_int_in(r, -2, static_cast<std::int64_t>(kFoldedTask) - 1)) & 0xffffffu;
        if (!r.next_item()) r.wrong_value();
        // Other programs' time is no lane's of this run (TimelineStore::add_other_work marks it 0xffff).
        const auto lane = kind == RowOf::CoreOther ? read_int_in(r, kOtherWorkLane, kOtherWorkLane)
                                                   : read_int_in(r, 0, static_cast<std::int64_t>(b.lanes) - 1);
        if (kind == RowOf::Lane && lane != lane_row) r.wrong_value();
        s.lane = static_cast<std::uint16_t>(lane);
        previous_end = s.end_ns;
        s.start_ns += b.origin;
        s.end_ns += b.origin;
        row.push_back(s);
        i += 5;
    }
    return row;
}

NameKind read_name_kind(JsonReader& r) {
    const auto kind = name_kind_from_file_name(r.read_string(kMaxNameBytes));
    if (!kind) r.wrong_value();
    return *kind;
}

void read_groups(JsonReader& r, RunLayout& layout) {
    r.begin_array();
    for (std::size_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i);
        if (i >= static_cast<std::size_t>(kMaxRows)) r.wrong_value();
        ProcessGroup g;
        r.begin_object();
        g.name = read_field(r, "name", [&] { return r.read_string(kMaxNameBytes); });
        g.pid = read_field(r, "pid", [&] { return read_int32(r, 0); });
        g.gil = read_field(r, "gil", [&] { return r.read_bool(); });
        read_optional_fields(r, [&](const std::string& key) {
            if (key == "name_kind") g.name_kind = read_name_kind(r);
            else if (key == "name_number") g.name_number = static_cast<std::uint32_t>(read_int_in(r, 0, 0xffffffffLL));
            else if (key == "gil_note") {
                const auto note = gil_note_from_file_name(r.read_string(kMaxNameBytes));
                if (!note) r.wrong_value();
                g.gil_note = *note;
            } else if (key == "python_version") g.python_version = read_int32(r, 0, 9999);
            else return false;
            return true;
        });
        layout.groups.push_back(std::move(g));
    }
}

void read_lanes(JsonReader& r, Bounds& b, TimelineParts& parts) {
    RunLayout& layout = parts.layout;
    b.lanes = 0;
    r.begin_array();
    for (std::uint32_t lane = 0; r.next_item(); ++lane) {
        JsonPlace place(r, lane);
        if (lane >= kMaxRows) r.wrong_value();
        LaneInfo info;
        LaneTotals totals;
        r.begin_object();
        info.name = read_field(r, "name", [&] { return r.read_string(kMaxNameBytes); });
        info.group = static_cast<std::uint32_t>(
            read_field(r, "group", [&] { return read_int_in(r, 0, static_cast<std::int64_t>(b.groups) - 1); }));
        info.kind = read_field(r, "kind", [&] {
            const auto kind = lane_kind_from_file_name(r.read_string(kMaxNameBytes));
            if (!kind) r.wrong_value();
            return *kind;
        });
        info.pid = read_field(r, "pid", [&] { return read_int32(r, 0); });
        info.tid = read_field(r, "tid", [&] { return read_int32(r, 0); });
        totals.cpu_ns = read_field(r, "cpu_ns", [&] { return read_non_negative(r); });
        totals.voluntary_cs = read_field(r, "voluntary_cs", [&] { return read_non_negative(r); });
        totals.involuntary_cs = read_field(r, "involuntary_cs", [&] { return read_non_negative(r); });
        totals.peak_rss_kib = read_field(r, "peak_rss_kib", [&] { return read_non_negative(r); });
        totals.begun = read_field(r, "begun", [&] { return r.read_bool(); });
        totals.ended = read_field(r, "ended", [&] { return r.read_bool(); });
        // The row's segments name this lane: the lane counts as known from here on.
        b.lanes = lane + 1;
        parts.lane_rows.push_back(read_field(r, "segments", [&] { return read_row(r, b, RowOf::Lane, lane); }));
        read_optional_fields(r, [&](const std::string& key) {
            if (key == "name_kind") info.name_kind = read_name_kind(r);
            else if (key == "name_number") info.name_number = static_cast<std::uint32_t>(read_int_in(r, 0, 0xffffffffLL));
            else if (key == "parent") {
                // A sub-row is drawn under a lane listed before it (a coroutine under its loop).
                const auto parent = read_int_in(r, -1, static_cast<std::int64_t>(lane) - 1);
                info.parent = parent < 0 ? kNoParentLane : static_cast<std::uint32_t>(parent);
            } else if (key == "worker") info.worker = r.read_bool();
            else return false;
            return true;
        });
        layout.lanes.push_back(std::move(info));
        parts.totals.push_back(totals);
    }
}

// One row per group (GIL) or per core row.
std::vector<ChunkedVector<Segment>> read_rows(JsonReader& r, const Bounds& b, RowOf kind, std::size_t count) {
    std::vector<ChunkedVector<Segment>> rows;
    r.begin_array();
    for (std::size_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i);
        if (i >= count) r.wrong_value();
        rows.push_back(read_row(r, b, kind, 0));
    }
    if (rows.size() != count) r.wrong_value();
    return rows;
}

std::vector<GilHandoff> read_handoffs(JsonReader& r, const Bounds& b) {
    std::vector<GilHandoff> handoffs;
    r.begin_array();
    for (std::size_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i);
        GilHandoff h;
        r.begin_array();
        auto next = [&] {
            if (!r.next_item()) r.wrong_value();
        };
        next();
        h.release_ns = read_time(r) + b.origin;
        next();
        h.acquire_ns = read_int_in(r, 0, b.duration) + b.origin;
        next();
        h.group = static_cast<std::uint32_t>(read_int_in(r, 0, static_cast<std::int64_t>(b.groups) - 1));
        next();
        h.from_lane = read_lane_or_none(r, b);
        next();
        h.to_lane = read_lane_or_none(r, b);
        next();
        const auto reason = gil_reason_from_file_name(r.read_string(kMaxNameBytes));
        if (!reason) r.wrong_value();
        h.reason = *reason;
        expect_array_end(r);
        handoffs.push_back(h);
    }
    return handoffs;
}

std::vector<TaskRecord> read_tasks(JsonReader& r, const Bounds& b) {
    std::vector<TaskRecord> tasks;
    r.begin_array();
    for (std::uint32_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i);
        if (i >= kFoldedTask) r.wrong_value();  // task numbers fit a segment's 24 bits
        TaskRecord t;
        t.task = i;
        auto next = [&] {
            if (!r.next_item()) r.wrong_value();
        };
        r.begin_array();
        next();
        t.lane = read_lane_or_none(r, b);
        next();
        t.begin_ns = read_time(r) + b.origin;
        next();
        t.end_ns = read_time(r) + b.origin;
        next();
        t.result = r.read_int();
        next();
        t.status = r.read_int();
        next();
        t.finished = r.read_bool();
        expect_array_end(r);
        tasks.push_back(t);
    }
    return tasks;
}

std::vector<OutputLine> read_output(JsonReader& r, const Bounds& b) {
    std::vector<OutputLine> lines;
    r.begin_array();
    for (std::size_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i);
        if (i >= TimelineStore::kMaxOutputLines) r.wrong_value();
        OutputLine line;
        r.begin_object();
        line.t_ns = read_field(r, "t_ns", [&] { return read_time(r); }) + b.origin;
        line.lane = read_field(r, "lane", [&] { return read_lane_or_none(r, b); });
        line.task = task_from(read_field(r, "task", [&] { return read_int_in(r, -2, 0xffffffffLL); }));
        line.stream = read_field(r, "stream", [&] {
            const auto stream = output_stream_from_file_name(r.read_string(kMaxNameBytes));
            if (!stream) r.wrong_value();
            return *stream;
        });
        line.code = static_cast<std::uint32_t>(read_field(r, "code", [&] { return read_int_in(r, 0, 0xffffffffLL); }));
        read_field(r, "values", [&] {
            r.begin_array();
            for (std::int64_t& v : line.values) {
                if (!r.next_item()) r.wrong_value();
                v = r.read_int();
            }
            expect_array_end(r);
        });
        line.text = read_field(r, "text", [&] { return r.read_string(kMaxTextBytes); });
        expect_object_end(r);
        lines.push_back(std::move(line));
    }
    return lines;
}

// [time, interval] in time order, each interval one the switch interval slider can set.
std::vector<SwitchIntervalChange> read_interval_changes(JsonReader& r, const Bounds& b) {
    std::vector<SwitchIntervalChange> changes;
    r.begin_array();
    for (std::size_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i);
        SwitchIntervalChange c;
        r.begin_array();
        if (!r.next_item()) r.wrong_value();
        c.t_ns = read_int_in(r, changes.empty() ? 0 : changes.back().t_ns - b.origin, b.duration) + b.origin;
        if (!r.next_item()) r.wrong_value();
        c.interval_ns = read_int_in(r, kMinSwitchIntervalNs, kMaxSwitchIntervalNs);
        expect_array_end(r);
        changes.push_back(c);
    }
    return changes;
}

void read_fold(JsonReader& r, const Bounds& b, TimelineParts& parts) {
    r.begin_object();
    const std::int64_t before = read_field(r, "before_ns", [&] { return read_int_in(r, 0, b.duration); });
    const std::int64_t block = read_field(r, "block_ns", [&] { return read_int_in(r, 0, std::int64_t{1} << 62); });
    expect_object_end(r);
    if (block == 0) {  // nothing folded
        if (before != 0) r.wrong_value();
        return;
    }
    int shift = 0;
    while ((std::int64_t{1} << shift) < block) ++shift;
    if ((std::int64_t{1} << shift) != block) r.wrong_value();  // blocks are a power of two
    parts.fold_block_shift = shift;
    parts.folded_before_ns = before + b.origin;
}

}  // namespace

TimelineStore read_timeline(JsonReader& r) {
    TimelineParts parts;
    RunLayout& layout = parts.layout;
    Bounds b;
    r.begin_object();
    b.origin = read_field(r, "start_ns", [&] { return read_int_in(r, 0, kMaxTimeMagnitude); });
    b.duration = read_field(r, "duration_ns", [&] { return read_int_in(r, 0, kMaxTimeMagnitude); });
    layout.start_ns = b.origin;
    parts.end_ns = b.origin + b.duration;
    layout.cores = read_field(r, "cores", [&] { return read_int32(r, 0, static_cast<int>(kMaxRows)); });
    read_field(r, "cpu_ids", [&] {
        r.begin_array();
        for (std::size_t i = 0; r.next_item(); ++i) {
            JsonPlace place(r, i);
            const auto id = read_int_in(r, 0, kMaxCpuId);
            // Ascending without repeats, as usable_cpus() lists them: each CPU has one row.
            if (!layout.cpu_ids.empty() && id <= layout.cpu_ids.back()) r.wrong_value();
            layout.cpu_ids.push_back(static_cast<std::uint16_t>(id));
        }
    });
    const std::int64_t task_count = read_field(r, "task_count", [&] { return read_int_in(r, 0, kFoldedTask - 1); });
    read_field(r, "groups", [&] { read_groups(r, layout); });
    b.groups = layout.groups.size();
    read_field(r, "lanes", [&] { read_lanes(r, b, parts); });
    parts.gil_rows = read_field(r, "gil_rows", [&] { return read_rows(r, b, RowOf::Gil, b.groups); });
    parts.core_rows =
        read_field(r, "core_rows", [&] { return read_rows(r, b, RowOf::Core, layout.core_row_count()); });
    parts.handoff_count = read_field(r, "handoff_count", [&] { return read_non_negative(r); });
    parts.handoffs = read_field(r, "handoffs", [&] { return read_handoffs(r, b); });
    if (parts.handoff_count < static_cast<std::int64_t>(parts.handoffs.size())) {
        JsonPlace place(r, "handoff_count");
        r.wrong_value();
    }
    parts.tasks = read_field(r, "tasks", [&] { return read_tasks(r, b); });
    if (static_cast<std::int64_t>(parts.tasks.size()) != task_count) {
        JsonPlace place(r, "task_count");  // the count claimed and the tasks held must agree
        r.wrong_value();
    }
    layout.task_count = static_cast<std::uint32_t>(task_count);
    parts.output_dropped = static_cast<std::size_t>(read_field(r, "output_dropped", [&] { return read_non_negative(r); }));
    parts.output = read_field(r, "output", [&] { return read_output(r, b); });
    read_field(r, "fold", [&] { read_fold(r, b, parts); });
    read_optional_fields(r, [&](const std::string& key) {
        if (key == "core_other_rows")
            parts.core_other_rows = read_rows(r, b, RowOf::CoreOther, layout.core_row_count());
        else if (key == "switch_interval_changes")
            parts.interval_changes = read_interval_changes(r, b);
        else
            return false;
        return true;
    });
    return TimelineStore::restore(std::move(parts));
}

}  // namespace conclab::runfile

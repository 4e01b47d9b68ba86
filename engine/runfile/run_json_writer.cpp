// One run of a saved run file: what ran, how it ended, where, its figures and its timeline (the
// layout of run_file_format.h). The reader (run_json_reader.cpp) reads exactly this.
#include "runfile/run_json_writer.h"

#include "runfile/run_file_names.h"
#include "timeline/timeline_store.h"

namespace conclab {

namespace {

// Tasks and cores as the file writes them: -1 none, -2 a folded segment's task.
std::int64_t task_value(std::uint32_t task) {
    if (task == kFoldedTask) return -2;
    return task == kNoTask ? -1 : static_cast<std::int64_t>(task);
}
std::int64_t core_value(std::uint16_t core) { return core == kNoCore ? -1 : core; }
std::int64_t lane_value(std::uint32_t lane) { return lane == kNoLane ? -1 : static_cast<std::int64_t>(lane); }

void write_message(JsonOut& j, const Message& m) {
    j.begin_object().key("code").value(message_code_name(m.code)).key("args").begin_array();
    for (const MessageArg& a : m.args) {
        j.begin_object();
        switch (a.kind) {
            case ArgKind::Text: j.key("T").value(a.text); break;
            case ArgKind::Integer: j.key("I").value(a.number); break;
            case ArgKind::Duration: j.key("D").value(a.number); break;
            case ArgKind::Errno: j.key("E").value(a.number); break;
            case ArgKind::Message:
                j.key("M");
                if (a.message) write_message(j, *a.message);
                else j.null();
                break;
        }
        j.end_object();
    }
    j.end_array().end_object();
}

void write_optional_message(JsonOut& j, const std::optional<Message>& m) {
    if (m) write_message(j, *m);
    else j.null();
}

void write_experiment(JsonOut& j, const Experiment& e) {
    j.begin_object()
        .key("workload").value(e.workload.text)
        .key("tasks").value(e.tasks)
        .key("model").value(run_model_name(e.model))
        .key("workers").value(e.workers)
        .key("gil").value(e.gil)
        .key("switch_interval_ns").value(e.switch_interval_ns)
        .key("crash_task").value(e.crash_task)
        .key("main_thread_lane").value(e.main_thread_lane)
        .end_object();
}

void write_machine(JsonOut& j, const MachineDescription& m) {
    j.begin_object().key("usable_cpus").value(m.usable_cpus).key("cpu_ids").begin_array();
    for (const int id : m.cpu_ids) j.value(id);
    j.end_array()
        .key("cpu_model").value(m.cpu_model)
        .key("os").value(m.os)
        .key("kernel").value(m.kernel)
        .key("python_version").value(m.python_version)
        .end_object();
}

void write_metrics(JsonOut& j, const RunMetrics& m) {
    j.begin_object()
        .key("wall_ns").value(m.wall_ns)
        .key("cpu_ns").value(m.cpu_ns)
        .key("gil_wait_ns").value(m.gil_wait_ns)
        .key("busy_ns").value(m.busy_ns)
        .key("handoffs").value(m.handoffs)
        .key("voluntary_cs").value(m.voluntary_cs)
        .key("involuntary_cs").value(m.involuntary_cs)
        .key("peak_rss_kib").value(m.peak_rss_kib)
        .key("lanes").value(m.lanes)
        .key("cores").value(m.cores)
        .key("tasks_done").value(m.tasks_done)
        .key("events_dropped").value(m.events_dropped)
        .key("machine_load").begin_object()
        .key("measured").value(m.machine.measured)
        .key("capacity_ns").value(m.machine.capacity_ns)
        .key("other_cpu_ns").value(m.machine.other_cpu_ns)
        .key("own_overhead_ns").value(m.machine.own_overhead_ns)
        .key("unexplained_ready_ns").value(m.machine.unexplained_ready_ns)
        .end_object()
        .end_object();
}

void write_failure(JsonOut& j, const WorkerFailure& f, std::int64_t origin) {
    j.begin_object()
        .key("lane").value(lane_value(f.lane))
        .key("pid").value(f.pid)
        .key("signal").value(f.signal)
        .key("exit_code").value(f.exit_code)
        .key("t_ns").value(f.t_ns - origin)
        .key("reason");
    write_optional_message(j, f.reason);
    j.end_object();
}

// One row: [start, end, state, core, task, lane] per segment, times since the run's start.
void write_row(JsonOut& j, const SegmentSeq& row, std::int64_t origin) {
    j.begin_array();
    for (std::size_t i = 0; i < row.size(); ++i) {
        const Segment& s = row[i];
        j.value(s.start_ns - origin)
            .value(s.end_ns - origin)
            .value(static_cast<std::int64_t>(s.state_bits))
            .value(core_value(s.core))
            .value(task_value(s.task))
            .value(static_cast<std::int64_t>(s.lane));
    }
    j.end_array();
}

void write_layout(JsonOut& j, const TimelineStore& store) {
    const RunLayout& layout = store.layout();
    const std::int64_t origin = store.start_ns();
    j.key("cores").value(layout.cores).key("cpu_ids").begin_array();
    for (const std::uint16_t id : layout.cpu_ids) j.value(static_cast<std::int64_t>(id));
    j.end_array().key("task_count").value(static_cast<std::int64_t>(layout.task_count));
    j.key("groups").begin_array();
    for (const ProcessGroup& g : layout.groups)
        j.newline()
            .begin_object()
            .key("name").value(g.name)
            .key("pid").value(g.pid)
            .key("gil").value(g.gil)
            .key("name_kind").value(name_kind_file_name(g.name_kind))
            .key("name_number").value(static_cast<std::int64_t>(g.name_number))
            .key("gil_note").value(gil_note_file_name(g.gil_note))
            .key("python_version").value(g.python_version)
            .end_object();
    j.end_array().key("lanes").begin_array();
    for (std::uint32_t lane = 0; lane < layout.lanes.size(); ++lane) {
        const LaneInfo& info = layout.lanes[lane];
        const LaneTotals& t = store.lane_totals(lane);
        j.newline()
            .begin_object()
            .key("name").value(info.name)
            .key("group").value(static_cast<std::int64_t>(info.group))
            .key("kind").value(lane_kind_file_name(info.kind))
            .key("pid").value(info.pid)
            .key("tid").value(info.tid)
            .key("cpu_ns").value(t.cpu_ns)
            .key("voluntary_cs").value(t.voluntary_cs)
            .key("involuntary_cs").value(t.involuntary_cs)
            .key("peak_rss_kib").value(t.peak_rss_kib)
            .key("begun").value(t.begun)
            .key("ended").value(t.ended)
            .key("segments");
        write_row(j, store.segments(RowRef{RowKind::Lane, lane}), origin);
        j.key("name_kind").value(name_kind_file_name(info.name_kind))
            .key("name_number").value(static_cast<std::int64_t>(info.name_number))
            .key("parent").value(lane_value(info.parent))
            .key("worker").value(info.worker)
            .end_object();
    }
    j.end_array();
}

void write_timeline(JsonOut& j, const TimelineStore& store) {
    const std::int64_t origin = store.start_ns();
    const RunLayout& layout = store.layout();
    j.begin_object().key("start_ns").value(origin).key("duration_ns").value(store.end_ns() - origin);
    write_layout(j, store);
    j.key("gil_rows").begin_array();
    for (std::uint32_t g = 0; g < layout.groups.size(); ++g) write_row(j.newline(), store.segments(RowRef{RowKind::Gil, g}), origin);
    j.end_array().key("core_rows").begin_array();
    for (std::uint32_t c = 0; c < layout.core_row_count(); ++c)
        write_row(j.newline(), store.segments(RowRef{RowKind::Core, c}), origin);
    j.end_array();
    // [release, acquire, group, from lane, to lane, reason]
    j.key("handoff_count").value(store.handoff_count()).key("handoffs").begin_array();
    for (const GilHandoff& h : store.handoffs())
        j.newline()
            .begin_array()
            .value(h.release_ns - origin)
            .value(h.acquire_ns - origin)
            .value(static_cast<std::int64_t>(h.group))
            .value(lane_value(h.from_lane))
            .value(lane_value(h.to_lane))
            .value(gil_reason_file_name(h.reason))
            .end_array();
    // [lane, begin, end, result, status, finished], one per task in task order
    j.end_array().key("tasks").begin_array();
    for (const TaskRecord& t : store.tasks())
        j.newline()
            .begin_array()
            .value(lane_value(t.lane))
            .value(t.begin_ns - origin)
            .value(t.end_ns - origin)
            .value(t.result)
            .value(t.status)
            .value(t.finished)
            .end_array();
    j.end_array().key("output_dropped").value(static_cast<std::int64_t>(store.output_dropped())).key("output").begin_array();
    for (const OutputLine& line : store.output()) {
        j.newline()
            .begin_object()
            .key("t_ns").value(line.t_ns - origin)
            .key("lane").value(lane_value(line.lane))
            .key("task").value(task_value(line.task))
            .key("stream").value(output_stream_file_name(line.stream))
            .key("code").value(static_cast<std::int64_t>(line.code))
            .key("values").begin_array().value(line.values[0]).value(line.values[1]).end_array()
            .key("text").value(line.text)
            .end_object();
    }
    j.end_array()
        .key("fold")
        .begin_object()
        .key("before_ns").value(store.folded_before_ns() - (store.folded_before_ns() == 0 ? 0 : origin))
        .key("block_ns").value(store.fold_block_ns())
        .end_object();
    // What other programs ran on each CPU while the run went (from /proc/stat), one row per core row.
    j.key("core_other_rows").begin_array();
    for (std::uint32_t c = 0; c < layout.core_row_count(); ++c)
        write_row(j.newline(), store.segments(RowRef{RowKind::CoreOther, c}), origin);
    // [time, interval] of every change of the switch interval during the run.
    j.end_array().key("switch_interval_changes").begin_array();
    for (const SwitchIntervalChange& c : store.switch_interval_changes())
        j.newline().begin_array().value(c.t_ns - origin).value(c.interval_ns).end_array();
    j.end_array().end_object();
}

}  // namespace

void write_run_json(JsonOut& j, const RunResult& run, const MachineDescription& machine, std::int64_t started_unix_ns) {
    const TimelineStore& store = run.store();
    j.newline().begin_object().key("source").value(source_kind_file_name(run.source));
    j.key("started_unix_ns").value(started_unix_ns);
    j.key("experiment");
    if (run.experiment) write_experiment(j, *run.experiment);
    else j.null();
    j.key("command").begin_array();
    for (const std::string& arg : run.command) j.value(arg);
    j.end_array();
    j.key("status").value(run_status_file_name(run.status)).key("detail");
    write_optional_message(j, run.detail);
    j.key("failure");
    if (run.failure) write_failure(j, *run.failure, store.start_ns());
    else j.null();
    j.key("machine");
    write_machine(j, machine);
    j.key("metrics");
    write_metrics(j, run.metrics);
    j.newline().key("timeline");
    write_timeline(j, store);
    j.end_object();
}

}  // namespace conclab

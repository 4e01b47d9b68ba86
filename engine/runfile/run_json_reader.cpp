// One run of a saved run file: provenance, how it ended, where it ran, its figures, its timeline.
#include "runfile/run_json_reader.h"

#include <memory>

#include "machine/cpu_list.h"
#include "runfile/json_fields.h"
#include "runfile/run_file_names.h"
#include "workload/workload_spec.h"

namespace conclab::runfile {

namespace {

std::optional<MessageCode> code_named(std::string_view name) {
    for (const MessageCode code : kAllMessageCodes)
        if (message_code_name(code) == name) return code;
    return std::nullopt;
}

Message read_message(JsonReader& r, int depth) {
    if (depth > kMaxMessageNesting) r.wrong_value();
    Message m;
    r.begin_object();
    const auto code = read_field(r, "code", [&] { return code_named(r.read_string(kMaxNameBytes)); });
    if (!code) {
        JsonPlace place(r, "code");  // a code this program does not know: not a file it wrote
        r.wrong_value();
    }
    m.code = *code;
    read_field(r, "args", [&] {
        r.begin_array();
        for (std::size_t i = 0; r.next_item(); ++i) {
            JsonPlace place(r, i);
            r.begin_object();
            std::string kind;
            if (!r.next_key(kind)) r.wrong_value();
            JsonPlace kind_place(r, kind);
            if (kind == "T") m.args.push_back(text_arg(r.read_string(kMaxTextBytes)));
            else if (kind == "I") m.args.push_back(integer_arg(r.read_int()));
            else if (kind == "D") m.args.push_back(duration_arg(r.read_int()));
            else if (kind == "E") m.args.push_back(errno_arg(read_int32(r, 0, 4095)));
            else if (kind == "M") m.args.push_back(message_arg(read_message(r, depth + 1)));
            else r.wrong_value();
            expect_object_end(r);
        }
    });
    expect_object_end(r);
    // The arguments must be the ones its code declares: the UI composes the sentence from them.
    if (!has_declared_args(m)) r.wrong_value();
    return m;
}

std::optional<Message> read_optional_message(JsonReader& r) {
    if (r.read_null_if_present()) return std::nullopt;
    return read_message(r, 0);
}

Experiment read_experiment(JsonReader& r) {
    Experiment e;
    r.begin_object();
    read_field(r, "workload", [&] {
        auto workload = parse_workload(r.read_string(kMaxNameBytes));
        if (!workload) r.wrong_value();
        e.workload = workload.value();
    });
    e.tasks = read_field(r, "tasks", [&] { return read_int32(r); });
    read_field(r, "model", [&] {
        const std::string name = r.read_string(kMaxNameBytes);
        bool known = false;
        for (const RunModel m : kAllRunModels)
            if (run_model_name(m) == name) {
                e.model = m;
                known = true;
            }
        if (!known) r.wrong_value();
    });
    e.workers = read_field(r, "workers", [&] { return read_int32(r); });
    e.gil = read_field(r, "gil", [&] { return r.read_bool(); });
    e.switch_interval_ns = read_field(r, "switch_interval_ns", [&] { return r.read_int(); });
    e.crash_task = read_field(r, "crash_task", [&] { return read_int32(r); });
    read_optional_fields(r, [&](const std::string& key) {
        if (key != "main_thread_lane") return false;
        e.main_thread_lane = r.read_bool();
        return true;
    });
    // Within the bounds every run of this program keeps: captions and table rows rely on them.
    if (e.validate()) r.wrong_value();
    return e;
}

MachineDescription read_machine(JsonReader& r) {
    MachineDescription m;
    r.begin_object();
    m.usable_cpus = read_field(r, "usable_cpus", [&] { return read_int32(r, 0, kMaxCpuId + 1); });
    read_field(r, "cpu_ids", [&] {
        r.begin_array();
        for (std::size_t i = 0; r.next_item(); ++i) {
            JsonPlace place(r, i);
            const int id = read_int32(r, 0, kMaxCpuId);
            if (!m.cpu_ids.empty() && id <= m.cpu_ids.back()) r.wrong_value();
            m.cpu_ids.push_back(id);
        }
    });
    m.cpu_model = read_field(r, "cpu_model", [&] { return r.read_string(kMaxNameBytes); });
    m.os = read_field(r, "os", [&] { return r.read_string(kMaxNameBytes); });
    m.kernel = read_field(r, "kernel", [&] { return r.read_string(kMaxNameBytes); });
    m.python_version = read_field(r, "python_version", [&] { return r.read_string(kMaxNameBytes); });
    expect_object_end(r);
    return m;
}

RunMetrics read_metrics(JsonReader& r) {
    RunMetrics m;
    r.begin_object();
    m.wall_ns = read_field(r, "wall_ns", [&] { return read_non_negative(r); });
    m.cpu_ns = read_field(r, "cpu_ns", [&] { return read_non_negative(r); });
    m.gil_wait_ns = read_field(r, "gil_wait_ns", [&] { return read_non_negative(r); });
    m.busy_ns = read_field(r, "busy_ns", [&] { return read_non_negative(r); });
    m.handoffs = read_field(r, "handoffs", [&] { return read_non_negative(r); });
    m.voluntary_cs = read_field(r, "voluntary_cs", [&] { return read_non_negative(r); });
    m.involuntary_cs = read_field(r, "involuntary_cs", [&] { return read_non_negative(r); });
    m.peak_rss_kib = read_field(r, "peak_rss_kib", [&] { return read_non_negative(r); });
    m.lanes = read_field(r, "lanes", [&] { return read_int32(r, 0, static_cast<int>(kMaxRows)); });
    m.cores = read_field(r, "cores", [&] { return read_int32(r, 0, static_cast<int>(kMaxRows)); });
    m.tasks_done = read_field(r, "tasks_done", [&] { return read_int32(r, 0); });
    m.events_dropped = read_field(r, "events_dropped", [&] { return read_non_negative(r); });
    read_field(r, "machine_load", [&] {
        MachineLoad& l = m.machine;
        r.begin_object();
        l.measured = read_field(r, "measured", [&] { return r.read_bool(); });
        l.capacity_ns = read_field(r, "capacity_ns", [&] { return read_non_negative(r); });
        l.other_cpu_ns = read_field(r, "other_cpu_ns", [&] { return read_non_negative(r); });
        l.own_overhead_ns = read_field(r, "own_overhead_ns", [&] { return read_non_negative(r); });
        l.unexplained_ready_ns = read_field(r, "unexplained_ready_ns", [&] { return read_non_negative(r); });
        expect_object_end(r);
    });
    expect_object_end(r);
    return m;
}

// The failure refers to a lane of the timeline, which comes later in the run: its index is
// checked once the timeline is read.
WorkerFailure read_failure(JsonReader& r) {
    WorkerFailure f;
    r.begin_object();
    const std::int64_t lane = read_field(r, "lane", [&] { return read_int_in(r, -1, kMaxRows - 1); });
    f.lane = lane < 0 ? kNoLane : static_cast<std::uint32_t>(lane);
    f.pid = read_field(r, "pid", [&] { return read_int32(r, 0); });
    f.signal = read_field(r, "signal", [&] { return read_int32(r, 0, 4095); });
    f.exit_code = read_field(r, "exit_code", [&] { return read_int32(r); });
    f.t_ns = read_field(r, "t_ns", [&] { return read_time(r); });  // relative until the start is known
    f.reason = read_field(r, "reason", [&] { return read_optional_message(r); });
    expect_object_end(r);
    return f;
}

RunResult read_run(JsonReader& r) {
    RunResult run;
    r.begin_object();
    run.source = read_field(r, "source", [&] {
        const auto source = source_kind_from_file_name(r.read_string(kMaxNameBytes));
        if (!source) r.wrong_value();
        return *source;
    });
    run.started_unix_ns = read_field(r, "started_unix_ns", [&] { return read_non_negative(r); });
    read_field(r, "experiment", [&] {
        if (!r.read_null_if_present()) run.experiment = read_experiment(r);
    });
    read_field(r, "command", [&] {
        r.begin_array();
        for (std::size_t i = 0; r.next_item(); ++i) {
            JsonPlace place(r, i);
            run.command.push_back(r.read_string(kMaxTextBytes));
        }
    });
    run.status = read_field(r, "status", [&] {
        const auto status = run_status_from_file_name(r.read_string(kMaxNameBytes));
        if (!status) r.wrong_value();
        return *status;
    });
    run.detail = read_field(r, "detail", [&] { return read_optional_message(r); });
    read_field(r, "failure", [&] {
        if (!r.read_null_if_present()) run.failure = read_failure(r);
    });
    run.machine = read_field(r, "machine", [&] { return read_machine(r); });
    run.metrics = read_field(r, "metrics", [&] { return read_metrics(r); });
    TimelineStore store = read_field(r, "timeline", [&] { return read_timeline(r); });
    expect_object_end(r);
    if (run.failure) {
        if (run.failure->lane != kNoLane && run.failure->lane >= store.layout().lanes.size()) {
            JsonPlace place(r, "failure");
            r.wrong_value();
        }
        run.failure->t_ns += store.start_ns();
    }
    run.timeline = std::make_shared<SharedTimeline>(std::move(store));
    return run;
}

}  // namespace

std::vector<RunResult> read_runs(JsonReader& r) {
    std::vector<RunResult> runs;
    r.begin_array();
    for (std::size_t i = 0; r.next_item(); ++i) {
        JsonPlace place(r, i);
        runs.push_back(read_run(r));
    }
    return runs;
}

}  // namespace conclab::runfile

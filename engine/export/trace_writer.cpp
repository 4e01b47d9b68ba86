// Chrome Trace Event JSON, as Perfetto and chrome://tracing read it:
//   {"traceEvents":[ one event per line ],"displayTimeUnit":"ms"}
// Every run's process groups become trace processes with synthetic pids ((run + 1) * 1000 + group),
// each lane a thread (tid = lane + 1), each GIL a "GIL" thread of its process, and the cores a
// synthetic "CPU cores" process ((run + 1) * 1000 + 999). Times are µs since the earliest run.
#include "export/trace_writer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <limits>
#include <map>

#include "export/json_text.h"

namespace conclab {

namespace {

constexpr int kCoresGroup = 999;

// Microseconds with three decimals, '.' whatever the locale.
std::string microseconds(std::int64_t ns) {
    char buf[48];
    const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<double>(ns) / 1000.0, std::chars_format::fixed, 3);
    return std::string(buf, r.ptr);
}

// A folded segment stands for several tasks' time in one state; which task ran when is not known.
std::string task_arg(std::uint32_t task) {
    if (task == kFoldedTask) return "null,\"folded\":true";
    return task == kNoTask ? "null" : std::to_string(task);
}
std::string core_arg(std::uint16_t core) { return core == kNoCore ? "null" : std::to_string(core); }

class TraceEventWriter {
public:
    TraceEventWriter(std::ostream& out, std::int64_t base_ns) : out_(out), base_ns_(base_ns) {
        out_ << "{\"traceEvents\":[\n";
    }
    // Other top-level keys (a saved run's data) come after the events and displayTimeUnit, where
    // Perfetto has read everything it shows before it meets a key it does not know.
    void finish(const std::function<void(std::ostream&)>& more_keys) {
        out_ << "\n],\"displayTimeUnit\":\"ms\"";
        if (more_keys) more_keys(out_);
        out_ << "}\n";
    }

    void metadata(const char* name, int pid, int tid, const std::string& args) {
        begin_event();
        out_ << "{\"ph\":\"M\",\"name\":\"" << name << "\",\"pid\":" << pid << ",\"tid\":" << tid
             << ",\"args\":{" << args << "}}";
    }
    void process(int pid, const std::string& name) {
        metadata("process_name", pid, 0, "\"name\":" + json_string(name));
        metadata("process_sort_index", pid, 0, "\"sort_index\":" + std::to_string(pid));
    }
    void thread(int pid, int tid, const std::string& name, int sort_index) {
        metadata("thread_name", pid, tid, "\"name\":" + json_string(name));
        metadata("thread_sort_index", pid, tid, "\"sort_index\":" + std::to_string(sort_index));
    }
    // A complete slice; clipped so that slices of one track never overlap.
    void slice(int pid, int tid, const std::string& name, const Segment& s, const std::string& args) {
        std::int64_t& track_end = track_ends_[{pid, tid}];
        const std::int64_t start = std::max(s.start_ns, track_end);
        if (s.end_ns <= start) return;
        track_end = s.end_ns;
        begin_event();
        out_ << "{\"ph\":\"X\",\"name\":" << json_string(name) << ",\"pid\":" << pid << ",\"tid\":" << tid
             << ",\"ts\":" << ts(start) << ",\"dur\":" << microseconds(s.end_ns - start) << ",\"args\":{" << args
             << "}}";
    }
    void instant(int pid, int tid, const std::string& name, std::int64_t t, const std::string& args) {
        begin_event();
        out_ << "{\"ph\":\"i\",\"s\":\"t\",\"name\":" << json_string(name) << ",\"pid\":" << pid << ",\"tid\":" << tid
             << ",\"ts\":" << ts(t) << ",\"args\":{" << args << "}}";
    }
    void counter(int pid, const std::string& name, std::int64_t t, long long value) {
        begin_event();
        out_ << "{\"ph\":\"C\",\"name\":" << json_string(name) << ",\"pid\":" << pid << ",\"tid\":0,\"ts\":" << ts(t)
             << ",\"args\":{\"value\":" << value << "}}";
    }

private:
    void begin_event() {
        if (!first_) out_ << ",\n";
        first_ = false;
    }
    std::string ts(std::int64_t t) const { return microseconds(t - base_ns_); }

    std::ostream& out_;
    std::int64_t base_ns_;
    bool first_ = true;
    std::map<std::pair<int, int>, std::int64_t> track_ends_;
};

// Closed segments of a row plus the open one (exports of a run still going show it up to now).
template <class Fn>
void for_each_segment(const TimelineStore& timeline, RowRef row, Fn fn) {
    const SegmentSeq& seq = timeline.segments(row);
    for (std::size_t i = 0; i < seq.size(); ++i) fn(seq[i]);
    if (auto open = timeline.open_segment(row)) fn(*open);
}

std::string lane_name(const RunLayout& layout, std::uint32_t lane) {
    return lane < layout.lanes.size() ? layout.lanes[lane].name : "lane " + std::to_string(lane);
}

// What a run is called in the viewer: its model and GIL, or the observed program's command line.
std::string run_label(const RunResult& run) {
    if (run.experiment) {
        const Experiment& e = *run.experiment;
        return std::string(run_model_name(e.model)) + (e.gil ? " \u00b7 GIL on" : " \u00b7 GIL off");
    }
    std::string label(source_kind_name(run.source));
    for (const std::string& arg : run.command) label += " " + arg;
    return label;
}

class RunExporter {
public:
    RunExporter(TraceEventWriter& w, const RunResult& run, int run_index)
        : w_(w), run_(run), store_(run.store()), layout_(store_.layout()), pid_base_((run_index + 1) * 1000) {
        label_ = run_label(run);
        // A partial run must not pass for a whole one in the viewer.
        if (run.status != RunStatus::Completed) label_ += " \u00b7 " + std::string(run_status_name(run.status));
    }

    void write() {
        for (std::uint32_t g = 0; g < layout_.groups.size(); ++g) write_group(g);
        write_cores();
        write_running_counter();
    }

private:
    int group_pid(std::uint32_t g) const { return pid_base_ + static_cast<int>(g); }

    void write_group(std::uint32_t g) {
        const ProcessGroup& group = layout_.groups[g];
        std::string name = label_ + " \u00b7 " + group.name;
        if (group.pid != 0) name += " (pid " + std::to_string(group.pid) + ")";
        w_.process(group_pid(g), name);
        for (std::uint32_t lane = 0; lane < layout_.lanes.size(); ++lane)
            if (layout_.lanes[lane].group == g) write_lane(lane);
        if (group.gil) write_gil(g);
    }

    void write_lane(std::uint32_t lane) {
        const int pid = group_pid(layout_.lanes[lane].group);
        const int tid = static_cast<int>(lane) + 1;
        w_.thread(pid, tid, layout_.lanes[lane].name, static_cast<int>(lane));
        for_each_segment(store_, RowRef{RowKind::Lane, lane}, [&](const Segment& s) {
            w_.slice(pid, tid, std::string(lane_state_name(s.state())), s,
                     "\"task\":" + task_arg(s.task) + ",\"core\":" + core_arg(s.core));
        });
        // Where the worker whose death failed the run ended: "killed by SIGKILL", with the figures
        // as fields (the sentence a person reads is the UI's, in their language).
        if (run_.failure && run_.failure->lane == lane) {
            const WorkerFailure& f = *run_.failure;
            w_.instant(pid, tid, failure_cause(f), f.t_ns,
                       "\"pid\":" + std::to_string(f.pid) + ",\"signal\":" + json_string(signal_name(f.signal)) +
                           ",\"exit_code\":" + std::to_string(f.exit_code));
        }
    }

    void write_gil(std::uint32_t g) {
        const int pid = group_pid(g);
        const int tid = static_cast<int>(layout_.lanes.size()) + 1;  // after every lane's tid
        w_.thread(pid, tid, "GIL", -1);                                // shown above the lanes
        for_each_segment(store_, RowRef{RowKind::Gil, g}, [&](const Segment& s) {
            w_.slice(pid, tid, "GIL held by " + lane_name(layout_, s.lane), s, "\"task\":" + task_arg(s.task));
        });
        for (const GilHandoff& h : store_.handoffs()) {
            if (h.group != g) continue;
            w_.instant(pid, tid, "GIL hand-off", h.acquire_ns,
                       "\"from\":" + json_string(lane_name(layout_, h.from_lane)) +
                           ",\"to\":" + json_string(lane_name(layout_, h.to_lane)) +
                           ",\"reason\":" + json_string(gil_reason_name(h.reason)) +
                           ",\"latency_us\":" + microseconds(h.acquire_ns - h.release_ns));
        }
    }

    void write_cores() {
        const int pid = pid_base_ + kCoresGroup;
        w_.process(pid, label_ + " \u00b7 CPU cores");
        // One track per core row, named by the CPU id it shows ("CPU 2" under taskset -c 2,3).
        for (std::uint32_t row = 0; row < layout_.core_row_count(); ++row) {
            const int tid = static_cast<int>(row) + 1;
            w_.thread(pid, tid, "CPU " + std::to_string(layout_.core_row_cpu(row)), static_cast<int>(row));
            for_each_segment(store_, RowRef{RowKind::Core, row}, [&](const Segment& s) {
                w_.slice(pid, tid, lane_name(layout_, s.lane), s,
                         "\"task\":" + task_arg(s.task) + ",\"lane\":" + std::to_string(s.lane));
            });
        }
    }

    // How many workers were Running at each moment: one counter sample per change.
    void write_running_counter() {
        std::map<std::int64_t, long long> change;
        for (std::uint32_t lane = 0; lane < layout_.lanes.size(); ++lane) {
            if (!layout_.lanes[lane].worker) continue;  // an asyncio task's row repeats its loop's time
            for_each_segment(store_, RowRef{RowKind::Lane, lane}, [&](const Segment& s) {
                if (s.state() != LaneState::Running) return;
                ++change[s.start_ns];
                --change[s.end_ns];
            });
        }
        const int pid = pid_base_ + kCoresGroup;
        w_.counter(pid, "running workers", store_.start_ns(), 0);
        long long running = 0;
        for (const auto& [t, delta] : change) {
            running += delta;
            w_.counter(pid, "running workers", t, running);
        }
    }

    TraceEventWriter& w_;
    const RunResult& run_;
    const TimelineStore& store_;
    const RunLayout& layout_;
    int pid_base_;
    std::string label_;
};

}  // namespace

void write_trace_json(std::ostream& out, const std::vector<const RunResult*>& runs,
                      const std::function<void(std::ostream&)>& more_keys) {
    std::int64_t base_ns = std::numeric_limits<std::int64_t>::max();
    for (const RunResult* run : runs)
        if (run != nullptr) base_ns = std::min(base_ns, run->store().start_ns());
    if (base_ns == std::numeric_limits<std::int64_t>::max()) base_ns = 0;

    TraceEventWriter writer(out, base_ns);
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (runs[i] != nullptr) RunExporter(writer, *runs[i], static_cast<int>(i)).write();
    writer.finish(more_keys);
}

}  // namespace conclab

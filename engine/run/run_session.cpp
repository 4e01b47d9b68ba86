#include "run/run_session.h"

#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include "core/clock.h"
#include "gil/simulated_gil.h"
#include "record/collector.h"
#include "record/shared_region.h"
#include "run/machine_load_recorder.h"
#include "run/model_context.h"
#include "run/run_layout_builder.h"
#include "workload/cpu_kernel.h"
#include "workload/echo_server.h"
#include "workload/io_ops.h"
#include "workload/private_temp_dir.h"

namespace conclab {
namespace {

// Events a lane can hold between two drains (~16 ms). A lane records a few hundred state changes
// a second, so this is far more than needed; pages are only touched when used.
constexpr std::size_t kRingCapacity = 16384;

// Peak resident memory of this process since the last reset_peak_rss(), in KiB.
std::int64_t read_peak_rss_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::atoll(line.c_str() + 6);
    return 0;
}

void reset_peak_rss() {
    // Writing 5 to clear_refs resets VmHWM (Linux ≥ 4.0), so the peak is this run's, not the
    // program's; where that is refused the figure is the process's peak so far.
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

std::optional<Message> describe_task_error(const TimelineStore& timeline) {
    for (const TaskRecord& t : timeline.tasks()) {
        if (!t.finished || t.status == 0) continue;
        if (t.status == kStatusCorrupt) return Message{MessageCode::TaskDataCorrupt, {integer_arg(t.task)}};
        return Message{MessageCode::TaskFailed, {integer_arg(t.task), errno_arg(static_cast<int>(t.status))}};
    }
    return std::nullopt;
}

}  // namespace

double cpu_ticks_per_ms() {
    static const double ticks = measure_cpu_ticks_per_ms();
    return ticks;
}

class RunSession::Impl {
public:
    Impl(Experiment e, EventBatchSink sink, RunFinishedCallback on_finished)
        : experiment_(std::move(e)), sink_(std::move(sink)), on_finished_(std::move(on_finished)) {
        if (auto problem = experiment_.validate()) throw MessageError(std::move(*problem));
        if (experiment_.crash_task >= 0 && !uses_processes(experiment_.model))
            throw MessageError(Message{MessageCode::CrashNeedsProcessModel, {}});
        layout_ = build_run_layout(experiment_, usable_cpus());
    }

    ~Impl() {
        request_stop();
        if (coordinator_.joinable()) coordinator_.join();
    }

    void start() {
        if (started_) return;
        started_ = true;
        const double ticks_per_ms = cpu_ticks_per_ms();
        // request_stop() may come from another thread meanwhile: it sees either no region yet
        // (and leaves the stop to us, below) or the whole set-up.
        std::lock_guard lock(stop_mutex_);
        region_ = std::make_unique<SharedRegion>(layout_.lanes.size(), kRingCapacity,
                                                 uses_processes(experiment_.model) ? RegionSharing::WithSpawnedProcesses
                                                                                   : RegionSharing::ThisProcess);
        ctx_.env.experiment = &experiment_;
        ctx_.env.ticks_per_ms = ticks_per_ms;
        ctx_.env.ticks_per_observation = std::max<std::int64_t>(1, static_cast<std::int64_t>(ticks_per_ms / 10));
        ctx_.env.control = &region_->control();
        ctx_.env.counter = &counter_;  // the main process's memory (counter workloads)
        bool has_file = false, has_net = false;
        for (std::uint32_t part = 0; part < std::max<std::size_t>(1, experiment_.workload.parts.size()); ++part)
            for (const WorkloadStep& s : experiment_.workload.steps_for(part)) {
                has_file |= s.kind == StepKind::FileBytes || s.kind == StepKind::FileDuration;
                has_net |= s.kind == StepKind::Net;
            }
        if (has_file) {
            temp_dir_.emplace();
            ctx_.env.temp_dir = temp_dir_->path();
        }
        if (has_net) {
            echo_server_.emplace();
            ctx_.env.echo_port = echo_server_->port();
        }
        ctx_.region = region_.get();
        ctx_.layout = &layout_;
        region_->control().switch_interval_ns.store(start_interval_ns_);
        if (experiment_.gil && !uses_processes(experiment_.model)) {
            gil_ = std::make_unique<SimulatedGil>(region_->control());
            ctx_.shared_gil = gil_.get();
        }
        // Stopped before it started (Ctrl+C during the ~0.1 s calibration of the first run): the
        // workers start into a stopped run and end at once, rather than the stop being lost.
        if (stop_requested_.load()) region_->control().stop.store(1);
        reset_peak_rss();
        layout_.start_ns = now_ns();
        timeline_ = std::make_shared<SharedTimeline>(layout_);
        machine_load_.emplace(layout_);
        if (start_interval_ns_ != experiment_.switch_interval_ns)
            queue_interval_change(layout_.start_ns, start_interval_ns_);  // set before start()
        coordinator_ = std::thread([this] { coordinate(); });
    }

    void request_stop() {
        std::lock_guard lock(stop_mutex_);
        if (stop_requested_.exchange(true) || !region_) return;  // before start(): start() applies it
        region_->control().stop.store(1);
        if (gil_) gil_->wake_all();
    }

    bool set_switch_interval(std::int64_t ns) {
        if (ns < kMinSwitchIntervalNs || ns > kMaxSwitchIntervalNs) return false;
        std::lock_guard lock(stop_mutex_);  // region_ appears under it
        if (!region_) {
            start_interval_ns_ = ns;
            return true;
        }
        RunControl& control = region_->control();
        if (control.switch_interval_ns.exchange(ns) != ns && !finished()) queue_interval_change(now_ns(), ns);
        return true;
    }

    bool finished() const { return finished_.load(std::memory_order_acquire); }

    bool wait_for(std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex_);
        return done_cv_.wait_for(lock, timeout, [this] { return finished(); });
    }

    double progress() const {
        if (!region_) return 0.0;
        const double done = static_cast<double>(region_->control().tasks_done.load(std::memory_order_relaxed));
        return std::clamp(done / std::max(1, experiment_.tasks), 0.0, 1.0);
    }

    RunResult take_result() {
        wait_for(std::chrono::hours(24 * 365));
        if (coordinator_.joinable()) coordinator_.join();
        if (result_taken_) throw std::logic_error("RunSession::take_result called twice");
        result_taken_ = true;
        return std::move(result_);
    }

    const Experiment& experiment() const { return experiment_; }
    const RunLayout& layout() const { return layout_; }
    // Set once in start(), before the coordinator thread exists; read from any thread after.
    std::shared_ptr<const SharedTimeline> timeline() const {
        std::lock_guard lock(stop_mutex_);
        return timeline_;
    }

private:
    // Interval changes come from the thread that moved the slider, not from a lane's ring: they
    // join the next batch the collector delivers.
    void queue_interval_change(std::int64_t t, std::int64_t ns) {
        std::lock_guard lock(interval_events_mutex_);
        interval_events_.push_back(switch_interval_event(t, ns));
    }

    void deliver(std::vector<Event>&& batch) {
        {
            std::lock_guard lock(interval_events_mutex_);
            batch.insert(batch.end(), interval_events_.begin(), interval_events_.end());
            interval_events_.clear();
        }
        if (batch.empty()) return;
        machine_load_->on_events(batch);
        timeline_->append(batch);
        machine_load_->feed(*timeline_);
        if (sink_) sink_(std::move(batch));
    }

    void coordinate() {
        Collector collector(
            *region_, [this](std::vector<Event>&& batch) { deliver(std::move(batch)); }, std::chrono::milliseconds(16));
        collector.start();
        std::optional<WorkerFailure> failure;
        if (uses_processes(experiment_.model)) failure = run_process_model(ctx_);
        else if (experiment_.model == RunModel::Async) failure = run_async_model(ctx_);
        else failure = run_thread_model(ctx_);
        const std::int64_t end = now_ns();
        collector.finish();
        deliver({});  // an interval change no lane event carried along
        echo_server_.reset();
        temp_dir_.reset();

        timeline_->finish(end);
        const TimelineStore& store = timeline_->store();  // finished: nothing writes it any more
        result_.source = SourceKind::Simulated;
        result_.experiment = experiment_;
        result_.metrics = compute_metrics(store, read_peak_rss_kib());
        RunMetrics& m = result_.metrics;
        // Worker threads count in this process's CPU time, reaped worker processes in its children's.
        m.machine = machine_load_->finish(*timeline_, layout_.start_ns, end, m.cpu_ns, true);
        m.machine.unexplained_ready_ns = unexplained_ready_ns(store, layout_.cores);
        m.events_dropped = region_->control().events_dropped.load();
        // Memory as summed PSS of the run's processes: a worker process's RSS counts every page it
        // shares with its parent again. The VmHWM sum above stays only where PSS was not readable.
        if (const MemoryPeak peak = machine_load_->memory_peak(); peak.samples > 0 && peak.figure == MemoryFigure::Pss)
            m.peak_rss_kib = peak.kib;
        if (failure) {
            result_.status = RunStatus::Failed;
            result_.detail = describe_failure(store.layout(), *failure);  // with the pids the workers reported
            result_.failure = failure;
        } else if (stop_requested_.load()) {
            result_.status = RunStatus::Stopped;
            result_.detail = Message{MessageCode::RunStopped, {duration_arg(end - layout_.start_ns)}};
        } else if (collector.out_of_memory()) {
            result_.status = RunStatus::Failed;
            result_.detail = Message{MessageCode::RunOutOfMemory, {}};
        } else if (auto error = describe_task_error(store)) {
            result_.status = RunStatus::Failed;
            result_.detail = std::move(error);
        }
        result_.timeline = timeline_;
        {
            std::lock_guard lock(mutex_);
            finished_.store(true, std::memory_order_release);
        }
        done_cv_.notify_all();
        if (on_finished_) on_finished_();
    }

    Experiment experiment_;
    EventBatchSink sink_;
    RunFinishedCallback on_finished_;
    RunLayout layout_;
    ModelContext ctx_;
    std::unique_ptr<SharedRegion> region_;
    std::unique_ptr<SimulatedGil> gil_;
    std::optional<PrivateTempDir> temp_dir_;
    std::optional<EchoServer> echo_server_;
    SharedCounter counter_;  // counter workloads: the counter in the main process's memory
    std::shared_ptr<SharedTimeline> timeline_;
    std::optional<MachineLoadRecorder> machine_load_;
    RunResult result_;
    std::thread coordinator_;
    std::mutex mutex_;
    mutable std::mutex stop_mutex_;  // request_stop(), timeline() and set_switch_interval() against start()
    std::int64_t start_interval_ns_ = experiment_.switch_interval_ns;  // under stop_mutex_
    std::mutex interval_events_mutex_;
    std::vector<Event> interval_events_;  // SwitchInterval events not yet delivered
    std::condition_variable done_cv_;
    std::atomic<bool> finished_{false};
    std::atomic<bool> stop_requested_{false};
    bool started_ = false;
    bool result_taken_ = false;
};

RunSession::RunSession(Experiment experiment, EventBatchSink live_sink, RunFinishedCallback on_finished)
    : impl_(std::make_unique<Impl>(std::move(experiment), std::move(live_sink), std::move(on_finished))) {}
RunSession::~RunSession() = default;
const Experiment& RunSession::experiment() const { return impl_->experiment(); }
const RunLayout& RunSession::layout() const { return impl_->layout(); }
void RunSession::start() { impl_->start(); }
void RunSession::request_stop() { impl_->request_stop(); }
bool RunSession::set_switch_interval(std::int64_t ns) { return impl_->set_switch_interval(ns); }
bool RunSession::finished() const { return impl_->finished(); }
bool RunSession::wait_for(std::chrono::milliseconds timeout) { return impl_->wait_for(timeout); }
double RunSession::progress() const { return impl_->progress(); }
RunResult RunSession::take_result() { return impl_->take_result(); }
std::shared_ptr<const SharedTimeline> RunSession::timeline() const { return impl_->timeline(); }

}  // namespace conclab

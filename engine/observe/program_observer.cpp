#include "observe/program_observer.h"

#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "core/clock.h"
#include "machine/usable_cpus.h"
#include "observe/waiting_threads.h"
#include "run/machine_load_recorder.h"

namespace conclab::observe {
namespace {

constexpr std::int64_t kFlushEveryNs = 16'000'000;    // events reach the timeline ~60 times a second
constexpr std::int64_t kOutputDrainNs = 200'000'000;  // after the program ended, for its last output

std::int64_t ns(std::chrono::nanoseconds d) { return d.count(); }

void sleep_until(std::int64_t deadline_ns) {
    timespec ts{};
    ts.tv_sec = deadline_ns / 1'000'000'000;
    ts.tv_nsec = deadline_ns % 1'000'000'000;
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

Message describe_exit(const ExitInfo& exit) {
    if (exit.exited) return Message{MessageCode::ProgramExited, {integer_arg(exit.code)}};
    if (const char* name = sigabbrev_np(exit.signal); name != nullptr)
        return Message{MessageCode::ProgramKilled, {text_arg(std::string("SIG") + name)}};
    return Message{MessageCode::ProgramKilledBySignalNumber, {integer_arg(exit.signal)}};
}

Message describe_launch_failure(const LaunchFailure& f) {
    switch (f.code) {
        case LaunchError::EmptyCommand: return Message{MessageCode::ProgramMissing, {}};
        case LaunchError::NotFound: return Message{MessageCode::ProgramNotFound, {quoted_arg(f.subject)}};
        case LaunchError::NotExecutable:
            return Message{MessageCode::ProgramNotExecutable, {quoted_arg(f.subject), errno_arg(f.error)}};
        case LaunchError::NoWorkingFolder: return Message{MessageCode::WorkingFolderMissing, {quoted_arg(f.subject)}};
        case LaunchError::SystemRefused: break;
    }
    return Message{MessageCode::ProgramStartFailed, {quoted_arg(f.subject), errno_arg(f.error)}};
}

}  // namespace

std::string_view observe_end_name(ObserveEnd e) {
    switch (e) {
        case ObserveEnd::Exited: return "exited";
        case ObserveEnd::Stopped: return "stopped";
        case ObserveEnd::TimeLimit: return "time-limit";
        case ObserveEnd::LaunchFailed: return "launch-failed";
    }
    return "?";
}

void describe_gil(ProcessGroup& group, const PythonRuntime& python) {
    group.python_version = python.version.major * 100 + python.version.minor;
    switch (python.access) {
        case GilAccess::Readable: group.gil = true; group.gil_note = GilNote::None; break;
        case GilAccess::NotPython:
        case GilAccess::Starting: group.gil = false; group.gil_note = GilNote::None; group.python_version = 0; break;
        case GilAccess::UnsupportedVersion:
        case GilAccess::LayoutMismatch:
        case GilAccess::UnsupportedPlatform: group.gil = true; group.gil_note = GilNote::NotReadable; break;
        case GilAccess::FreeThreaded: group.gil = true; group.gil_note = GilNote::FreeThreaded; break;
        case GilAccess::NotPermitted: group.gil = true; group.gil_note = GilNote::NotPermitted; break;
    }
}

class ProgramObserver::Impl {
public:
    explicit Impl(ObserveOptions options) : options_(std::move(options)) {}

    ~Impl() {
        request_stop();
        if (sampler_.joinable()) sampler_.join();
    }

    void start() {
        if (started_) return;
        started_ = true;
        // The program inherits this process's CPU affinity: its threads run where ours may, so
        // its core rows are the CPUs we may use (machine/usable_cpus.h), by CPU id.
        const UsableCpus cpus = usable_cpus();
        RunLayout layout;
        layout.cores = cpus.count;
        for (const int cpu : cpus.cpu_ids) layout.cpu_ids.push_back(static_cast<std::uint16_t>(cpu));
        layout.start_ns = now_ns();
        {
            std::lock_guard lock(timeline_mutex_);
            timeline_ = std::make_shared<SharedTimeline>(std::move(layout));
        }
        sampler_ = std::thread([this] { run(); });
    }

    void request_stop() { stop_requested_.store(true); }
    bool finished() const { return finished_.load(std::memory_order_acquire); }

    bool wait_for(std::chrono::milliseconds timeout) {
        std::unique_lock lock(done_mutex_);
        return done_cv_.wait_for(lock, timeout, [this] { return finished(); });
    }

    std::shared_ptr<const SharedTimeline> timeline() const {
        std::lock_guard lock(timeline_mutex_);
        return timeline_;
    }

    RunResult take_result() {
        while (!wait_for(std::chrono::hours(24))) {
        }
        if (sampler_.joinable()) sampler_.join();
        if (result_taken_) throw std::logic_error("ProgramObserver::take_result called twice");
        result_taken_ = true;
        return std::move(result_);
    }

    const ObservedProgram& program() const {
        if (!finished()) throw std::logic_error("ProgramObserver::program before the observation finished");
        return program_;
    }

private:
    // The capture thread queues lines; the sampler thread (the timeline's one writer) adds them.
    void on_output(OutputLine line) {
        if (options_.on_output) options_.on_output(line);
        std::lock_guard lock(output_mutex_);
        pending_output_.push_back(std::move(line));
    }

    void flush(std::vector<Event>& events) {
        if (!events.empty()) timeline_->append(events);
        events.clear();
        // What other programs took of the cores, as for a simulated run (drawn half a second behind).
        if (machine_load_) machine_load_->feed(*timeline_);
        std::deque<OutputLine> lines;
        {
            std::lock_guard lock(output_mutex_);
            lines.swap(pending_output_);
        }
        for (OutputLine& line : lines) timeline_->add_output_text(line.t_ns, line.stream, std::move(line.text));
    }

    void run() {
        program_.argv = options_.launch.argv;
        program_.working_dir = options_.launch.working_dir;
        program_.intervals = options_.intervals;
        auto launched = LaunchedProgram::start(options_.launch);
        if (auto* failure = std::get_if<LaunchFailure>(&launched)) {
            program_.end = ObserveEnd::LaunchFailed;
            program_.launch_failure = *failure;
            finish_result(timeline_->store().start_ns());
            return;
        }
        LaunchedProgram& child = std::get<LaunchedProgram>(launched);
        std::int64_t end = 0;
        try {
            OutputCapture capture(child.take_stdout(), child.take_stderr(),
                                  [this](OutputLine line) { on_output(std::move(line)); });
            end = observe(child);
            // Everything the program started has ended: its last output is in the pipes (or held
            // by a process that escaped; then it is cut after a moment).
            const std::int64_t drain_until = now_ns() + kOutputDrainNs;
            while (!capture.done() && now_ns() < drain_until) sleep_until(std::min(drain_until, now_ns() + 5'000'000));
            capture.finish();
            std::vector<Event> none;
            flush(none);
        } catch (const std::exception& e) {
            // Out of memory, most likely. The run ends failed with what was recorded, and the
            // program ends with it (LaunchedProgram kills its group and reaps it).
            observer_failure_ = e.what();
            end = now_ns();
        }
        finish_result(end);
    }

    // Samples until the program and every process it started have ended; returns the end time.
    std::int64_t observe(LaunchedProgram& child) {
        const std::int64_t thread_every = std::max<std::int64_t>(ns(options_.intervals.threads), 100'000);
        const std::int64_t gil_every = std::max<std::int64_t>(ns(options_.intervals.gil), 50'000);
        const std::int64_t discover_every = std::max<std::int64_t>(ns(options_.intervals.discovery), 1'000'000);
        SharedTimeline& shared = *timeline_;
        ProgramTracker tracker(
            ProgramTracker::Hooks{[&](ProcessGroup g) { return shared.add_group(std::move(g)); },
                                  [&](LaneInfo l) { return shared.add_lane(std::move(l)); },
                                  [&](std::uint32_t g, const PythonRuntime& python) {
                                      ProcessGroup group = shared.store().layout().groups.at(g);  // the writer's own thread
                                      describe_gil(group, python);
                                      shared.set_group(g, std::move(group));
                                  },
                                  [&](std::uint32_t lane, std::string name) { shared.set_lane_name(lane, std::move(name)); },
                                  [&](std::uint32_t g, std::string name) {
                                      ProcessGroup group = shared.store().layout().groups.at(g);
                                      group.name = std::move(name);
                                      shared.set_group(g, std::move(group));
                                  }},
            options_.limits);
        std::vector<Event> events;
        // Other programs' share of the cores, from /proc/stat less the program's own Running time,
        // as for simulated runs: an observed run on a busy machine is marked so, with the figure.
        machine_load_.emplace(shared.store().layout());
        const std::int64_t cpu_before = thread_cpu_ns();
        std::int64_t t = now_ns();
        tracker.add_root(child.pid(), child.pidfd(), t, events);
        std::int64_t next_threads = t + thread_every, next_gil = t + gil_every, next_discover = t + discover_every;
        std::int64_t next_flush = t + kFlushEveryNs;
        const std::int64_t limit_at = shared.store().start_ns() + ns(options_.time_limit);
        std::int64_t kill_at = 0;
        bool stopping = false;
        for (;;) {
            t = now_ns();
            if (!stopping && (stop_requested_.load() || t >= limit_at)) {
                stopping = true;
                program_.end = stop_requested_.load() ? ObserveEnd::Stopped : ObserveEnd::TimeLimit;
                // Every process of the program: its group (while it may still have members; a
                // group id is not reused while it does), and those that left it (by pidfd).
                if (!child.reaped() || tracker.any_alive()) child.signal_group(SIGTERM);
                tracker.signal_all(SIGTERM);
                kill_at = t + ns(options_.stop_grace);
            }
            if (kill_at > 0 && t >= kill_at) {
                if (!child.reaped() || tracker.any_alive()) child.signal_group(SIGKILL);
                tracker.signal_all(SIGKILL);
                kill_at = 0;  // once; the loop goes on until every process is gone
            }
            // A task due within half a GIL interval runs now: one wake-up serves all that are due.
            const std::int64_t soon = t + gil_every / 2;
            // The GIL at its own interval while threads wait for it; otherwise its holder changes
            // only when a thread blocks or wakes, and it is read with the thread states.
            const bool gil_fast = tracker.gil_contended();
            const bool thread_round = soon >= next_threads;
            if ((gil_fast && soon >= next_gil) || (thread_round && tracker.any_gil())) {
                tracker.sample_gil(t, events);
                ++program_.gil_samples;
                next_gil = std::max(next_gil + gil_every, t + gil_every / 2);
            }
            if (thread_round) {
                tracker.sample_threads(t, events);
                ++program_.thread_samples;
                // Reaped only once its zombie's final counters were read (the tracker ended it).
                if (!child.reaped() && (tracker.root_ended() || (child.pidfd() < 0 && child.has_exited())))
                    program_.exit = child.reap();
                next_threads = std::max(next_threads + thread_every, t + thread_every / 2);
            }
            if (soon >= next_discover) {
                tracker.discover(t, events);
                next_discover = std::max(next_discover + discover_every, t + discover_every / 2);
            }
            if (child.reaped() && !tracker.any_alive()) break;
            if (t >= next_flush || events.size() > 4096) {
                flush(events);
                next_flush = t + kFlushEveryNs;
            }
            std::int64_t wake = std::min(next_threads, next_discover);
            if (tracker.gil_contended()) wake = std::min(wake, next_gil);
            if (kill_at > 0) wake = std::min(wake, kill_at);
            sleep_until(wake);
        }
        const std::int64_t end = now_ns();
        // The program and every process followed have ended. Members of its group that were not
        // followed (started beyond TrackerLimits, or gone from its children before they were
        // seen) are ended too: nothing the program started outlives its observation.
        child.signal_group(SIGKILL);
        tracker.end_all(end, events);
        flush(events);
        program_.processes = tracker.processes();
        program_.limit_reached = tracker.limit_reached();
        program_.sampler_cpu_ns = thread_cpu_ns() - cpu_before;
        return end;
    }

    // Status and detail from how the observation ended.
    void describe_end(std::int64_t wall) {
        switch (program_.end) {
            case ObserveEnd::LaunchFailed:
                result_.status = RunStatus::Failed;
                result_.detail = describe_launch_failure(*program_.launch_failure);
                break;
            case ObserveEnd::Stopped:
                result_.status = RunStatus::Stopped;
                result_.detail = Message{MessageCode::RunStopped, {duration_arg(wall)}};
                break;
            case ObserveEnd::TimeLimit:
                result_.status = RunStatus::Stopped;
                result_.detail = Message{MessageCode::ProgramTimeLimit, {duration_arg(ns(options_.time_limit))}};
                break;
            case ObserveEnd::Exited:
                if (program_.exit && (!program_.exit->exited || program_.exit->code != 0)) {
                    result_.status = RunStatus::Failed;
                    result_.detail = describe_exit(*program_.exit);
                }
                break;
        }
    }

    void finish_result(std::int64_t end) {
        SharedTimeline& shared = *timeline_;
        shared.finish(std::max(end, shared.store().start_ns()));
        result_.source = SourceKind::Observed;
        result_.command = program_.argv;
        result_.timeline = timeline_;
        // The main thread waiting in join() explains the run, as a simulated run's main-thread lane
        // does; counted as a worker it halved the GIL wait share of 2 CPU-bound threads (21.7 %
        // observed against 49.7 % simulated), its lock wait taken for work.
        for (const std::uint32_t lane : threads_that_waited_for_others(shared.store())) shared.set_lane_worker(lane, false);
        result_.metrics = compute_metrics(shared.store(), 0);  // peak memory: the processes' own, from their lanes
        if (machine_load_) {
            // The program's threads are not this process's: all of this process's CPU time (the
            // sampler, the output readers) is the observer's own, not other programs'.
            result_.metrics.machine =
                machine_load_->finish(shared, shared.store().start_ns(), shared.store().end_ns(), 0, false);
            result_.metrics.machine.unexplained_ready_ns = unexplained_ready_ns(shared.store(), result_.metrics.cores);
        }
        const std::int64_t wall = shared.store().end_ns() - shared.store().start_ns();
        if (!observer_failure_.empty()) {
            result_.status = RunStatus::Failed;
            result_.detail = Message{MessageCode::ObserverFailed, {text_arg(observer_failure_)}};
        } else {
            describe_end(wall);
        }
        {
            std::lock_guard lock(done_mutex_);
            finished_.store(true, std::memory_order_release);
        }
        done_cv_.notify_all();
    }

    ObserveOptions options_;
    mutable std::mutex timeline_mutex_;  // timeline_ is set by start() and read by any thread
    std::shared_ptr<SharedTimeline> timeline_;
    std::mutex output_mutex_;
    std::deque<OutputLine> pending_output_;
    ObservedProgram program_;
    std::string observer_failure_;  // why the sampler itself stopped (empty: it did not)
    std::optional<MachineLoadRecorder> machine_load_;  // the sampler thread's, from the program's start
    RunResult result_;
    std::thread sampler_;
    std::mutex done_mutex_;
    std::condition_variable done_cv_;
    std::atomic<bool> finished_{false};
    std::atomic<bool> stop_requested_{false};
    bool started_ = false;
    bool result_taken_ = false;
};

ProgramObserver::ProgramObserver(ObserveOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
ProgramObserver::~ProgramObserver() = default;
void ProgramObserver::start() { impl_->start(); }
void ProgramObserver::request_stop() { impl_->request_stop(); }
bool ProgramObserver::finished() const { return impl_->finished(); }
bool ProgramObserver::wait_for(std::chrono::milliseconds timeout) { return impl_->wait_for(timeout); }
std::shared_ptr<const SharedTimeline> ProgramObserver::timeline() const { return impl_->timeline(); }
RunResult ProgramObserver::take_result() { return impl_->take_result(); }
const ObservedProgram& ProgramObserver::program() const { return impl_->program(); }

}  // namespace conclab::observe

#include "observe/program_observer.h"

#include <signal.h>
#include <cstring>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/clock.h"

namespace conclab::observe {
namespace {

constexpr std::int64_t kFlushEveryNs = 16'000'000;          // events reach the timeline ~60 times a second
constexpr std::int64_t kOutputDrainNs = 200'000'000;        // after the program ended, for its last output

std::int64_t ns(std::chrono::nanoseconds d) { return d.count(); }

void sleep_until(std::int64_t deadline_ns) {
    timespec ts{};
    ts.tv_sec = deadline_ns / 1'000'000'000;
    ts.tv_nsec = deadline_ns % 1'000'000'000;
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

std::string seconds(std::int64_t ns_value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f s", static_cast<double>(ns_value) / 1e9);
    return text;
}

std::string describe_exit(const ExitInfo& exit) {
    if (exit.exited) return "exited with status " + std::to_string(exit.code);
    const char* name = sigabbrev_np(exit.signal);
    return std::string("killed by ") + (name != nullptr ? std::string("SIG") + name : "signal " + std::to_string(exit.signal));
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
        sampler_ = std::thread([this] { run(); });
    }

    void request_stop() { stop_requested_.store(true); }

    bool finished() const { return finished_.load(std::memory_order_acquire); }

    bool wait_for(std::chrono::milliseconds timeout) {
        std::unique_lock lock(done_mutex_);
        return done_cv_.wait_for(lock, timeout, [this] { return finished(); });
    }

    ObservedRun take_result() {
        while (!wait_for(std::chrono::hours(24))) {
        }
        if (sampler_.joinable()) sampler_.join();
        if (result_taken_) throw std::logic_error("ProgramObserver::take_result called twice");
        result_taken_ = true;
        return std::move(result_);
    }

private:
    // The run's layout and events as they are recorded (until the event-source seam's timeline).
    std::uint32_t add_group(ProcessGroup g) {
        layout_.groups.push_back(std::move(g));
        return static_cast<std::uint32_t>(layout_.groups.size() - 1);
    }
    std::uint32_t add_lane(LaneInfo l) {
        layout_.lanes.push_back(std::move(l));
        return static_cast<std::uint32_t>(layout_.lanes.size() - 1);
    }
    void on_python(std::uint32_t group, const PythonRuntime& python) {
        if (group < layout_.groups.size()) layout_.groups[group].gil = python.access == GilAccess::Readable;
    }
    void on_output(OutputLine line) {
        if (options_.on_output) options_.on_output(line);
        std::lock_guard lock(output_mutex_);
        if (output_.size() >= kMaxOutputLines) {
            ++output_dropped_;
            return;
        }
        output_.push_back(std::move(line));
    }

    void run() {
        ObservedProgram& program = result_.program;
        program.argv = options_.launch.argv;
        program.working_dir = options_.launch.working_dir;
        program.intervals = options_.intervals;
        layout_.cores = std::max(1, static_cast<int>(sysconf(_SC_NPROCESSORS_CONF)));
        layout_.start_ns = now_ns();
        auto launched = LaunchedProgram::start(options_.launch);
        if (auto* failure = std::get_if<LaunchFailure>(&launched)) {
            program.end = ObserveEnd::LaunchFailed;
            program.launch_failure = *failure;
            finish_result(layout_.start_ns);
            return;
        }
        LaunchedProgram& child = std::get<LaunchedProgram>(launched);
        OutputCapture capture(child.take_stdout(), child.take_stderr(), [this](OutputLine line) { on_output(std::move(line)); });
        observe(child);
        // The program and everything it started have ended: its last output is in the pipes (or
        // held by a process that escaped; then it is cut after a moment).
        const std::int64_t drain_until = now_ns() + kOutputDrainNs;
        while (!capture.done() && now_ns() < drain_until) sleep_until(std::min(drain_until, now_ns() + 5'000'000));
        capture.finish();
        finish_result(end_ns_);
    }

    void observe(LaunchedProgram& child) {
        const std::int64_t thread_every = std::max<std::int64_t>(ns(options_.intervals.threads), 100'000);
        const std::int64_t gil_every = std::max<std::int64_t>(ns(options_.intervals.gil), 50'000);
        const std::int64_t discover_every = std::max<std::int64_t>(ns(options_.intervals.discovery), 1'000'000);
        ProgramTracker tracker(ProgramTracker::Hooks{[this](ProcessGroup g) { return add_group(std::move(g)); },
                                                     [this](LaneInfo l) { return add_lane(std::move(l)); },
                                                     [this](std::uint32_t g, const PythonRuntime& p) { on_python(g, p); }},
                               options_.limits);
        std::vector<Event> events;
        std::int64_t t = now_ns();
        tracker.add_root(child.pid(), child.pidfd(), t, events);
        std::int64_t next_threads = t + thread_every, next_gil = t + gil_every, next_discover = t + discover_every;
        std::int64_t next_flush = t + kFlushEveryNs;
        const std::int64_t limit_at = layout_.start_ns + ns(options_.time_limit);
        std::int64_t kill_at = 0;
        bool stopping = false;
        const std::int64_t cpu_before = thread_cpu_ns();
        for (;;) {
            t = now_ns();
            if (!stopping && (stop_requested_.load() || t >= limit_at)) {
                stopping = true;
                result_.program.end = stop_requested_.load() ? ObserveEnd::Stopped : ObserveEnd::TimeLimit;
                // Every process of the program: its group, and those that left it (by pidfd).
                if (!child.reaped()) child.signal_group(SIGTERM);
                tracker.signal_all(SIGTERM);
                kill_at = t + ns(options_.stop_grace);
            }
            if (stopping && kill_at > 0 && t >= kill_at) {
                if (!child.reaped()) child.signal_group(SIGKILL);
                tracker.signal_all(SIGKILL);
                kill_at = 0;  // once; the loop goes on until every process is gone
            }
            if (t >= next_gil) {
                tracker.sample_gil(t, events);
                ++result_.program.gil_samples;
                next_gil = std::max(next_gil + gil_every, t + gil_every / 2);
            }
            if (t >= next_threads) {
                // Exited before this round's samples: they read its final counters (a zombie's).
                const bool root_exited = !child.reaped() && child.has_exited();
                tracker.sample_threads(t, events);
                ++result_.program.thread_samples;
                if (root_exited) result_.program.exit = child.reap();
                next_threads = std::max(next_threads + thread_every, t + thread_every / 2);
            }
            if (t >= next_discover) {
                tracker.discover(t, events);
                next_discover = std::max(next_discover + discover_every, t + discover_every / 2);
            }
            if (child.reaped() && !tracker.any_alive()) break;
            if (t >= next_flush || events.size() > 4096) {
                flush(events);
                next_flush = t + kFlushEveryNs;
            }
            sleep_until(std::min({next_threads, next_gil, next_discover, stopping && kill_at > 0 ? kill_at : next_threads}));
        }
        end_ns_ = now_ns();
        tracker.end_all(end_ns_, events);
        flush(events);
        result_.program.processes = tracker.processes();
        result_.program.limit_reached = tracker.limit_reached();
        result_.program.sampler_cpu_ns = thread_cpu_ns() - cpu_before;
    }

    void flush(std::vector<Event>& events) {
        recorded_.insert(recorded_.end(), events.begin(), events.end());
        events.clear();
    }

    void finish_result(std::int64_t end) {
        ObservedProgram& program = result_.program;
        TimelineStore store(layout_);
        store.append(recorded_);
        store.finish(std::max(end, layout_.start_ns));
        result_.metrics = compute_metrics(store, 0);
        const std::int64_t wall = store.end_ns() - store.start_ns();
        switch (program.end) {
            case ObserveEnd::LaunchFailed:
                result_.status = RunStatus::Failed;
                result_.detail = "could not start " + (program.launch_failure->subject.empty() ? std::string("the program")
                                                                                               : "'" + program.launch_failure->subject + "'") +
                                 ": " + std::strerror(program.launch_failure->error);
                break;
            case ObserveEnd::Stopped:
                result_.status = RunStatus::Stopped;
                result_.detail = "stopped after " + seconds(wall);
                break;
            case ObserveEnd::TimeLimit:
                result_.status = RunStatus::Stopped;
                result_.detail = "stopped at the time limit of " + seconds(ns(options_.time_limit));
                break;
            case ObserveEnd::Exited:
                if (program.exit && (!program.exit->exited || program.exit->code != 0)) {
                    result_.status = RunStatus::Failed;
                    result_.detail = describe_exit(*program.exit);
                }
                break;
        }
        result_.timeline = std::move(store);
        {
            std::lock_guard lock(output_mutex_);
            result_.output = std::move(output_);
            program.output_lines_dropped = output_dropped_;
        }
        {
            std::lock_guard lock(done_mutex_);
            finished_.store(true, std::memory_order_release);
        }
        done_cv_.notify_all();
    }

    ObserveOptions options_;
    RunLayout layout_;
    std::vector<Event> recorded_;
    std::mutex output_mutex_;
    std::vector<OutputLine> output_;
    std::size_t output_dropped_ = 0;
    std::int64_t end_ns_ = 0;
    ObservedRun result_;
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
ObservedRun ProgramObserver::take_result() { return impl_->take_result(); }

}  // namespace conclab::observe

#include "run/worker.h"

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <string>

#include "workload/cpu_kernel.h"
#include "workload/io_ops.h"
#include "workload/output_codes.h"

namespace conclab {
namespace {

// Off-core time within one observation window above which the lane is shown as Ready. Shorter
// gaps are interrupts and clock-reading noise, not the scheduler giving the core to someone else.
constexpr std::int64_t kReadyThresholdNs = 100'000;

std::uint16_t current_core() {
    const int cpu = sched_getcpu();
    return cpu < 0 ? kNoCore : static_cast<std::uint16_t>(cpu);
}

rusage thread_usage() {
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return u;
}

}  // namespace

std::uint64_t mix_io_step(std::uint64_t acc, std::size_t step_index) {
    return acc * 0x100000001B3ull + step_index + 1;
}

Worker::Worker(const RunEnvironment& env, LaneRecorder recorder, SimulatedGil* gil)
    : env_(env), rec_(recorder), gil_(gil) {}

void Worker::begin(std::int64_t spawn_requested_ns) {
    const std::int64_t started = now_ns();
    if (spawn_requested_ns > 0 && spawn_requested_ns < started) rec_.state(LaneState::Overhead, spawn_requested_ns);
    rec_.lane_begin(started, getpid(), gettid());
    cpu_at_begin_ = thread_cpu_ns();
    const rusage u = thread_usage();
    voluntary_at_begin_ = u.ru_nvcsw;
    involuntary_at_begin_ = u.ru_nivcsw;
    if (take_gil()) mark_running();
}

void Worker::end(std::int64_t peak_rss_kib) {
    // From here on the thread only tears itself down: that is overhead, and it no longer runs
    // Python code, so another thread may hold the GIL meanwhile.
    rec_.state(LaneState::Overhead, drop_gil(GilReason::Exit));
    const rusage u = thread_usage();
    rec_.lane_end(now_ns(), thread_cpu_ns() - cpu_at_begin_, peak_rss_kib, u.ru_nvcsw - voluntary_at_begin_,
                  u.ru_nivcsw - involuntary_at_begin_);
}

bool Worker::take_gil() {
    if (!gil_) return true;
    const GilTake t = gil_->take(rec_.lane());
    if (!t.acquired) return false;
    if (t.waited) rec_.state(LaneState::WaitingGil, t.begin_ns);
    rec_.gil_acquire(t.acquired_ns, t.previous_holder, t.previous_reason, t.previous_release_ns);
    holding_gil_ = true;
    return true;
}

std::int64_t Worker::drop_gil(GilReason reason) {
    if (!gil_ || !holding_gil_) return now_ns();
    holding_gil_ = false;
    const GilDrop d = gil_->drop(rec_.lane(), reason);
    rec_.gil_release(d.released_ns, reason);
    // Another lane had asked for the GIL: this one waited inside the GIL until that lane took it
    // (forced switching) before it could go on to its I/O, exit or next take.
    if (d.waited_for_switch) rec_.state(LaneState::WaitingGil, d.released_ns);
    return d.returned_ns;
}

void Worker::mark_running() {
    observed_wall_ = now_ns();
    observed_cpu_ = thread_cpu_ns();
    rec_.state(LaneState::Running, observed_wall_, current_core());
}

void Worker::observe_core_and_ready(LaneState off_core) {
    const std::int64_t wall = now_ns();
    const std::int64_t cpu = thread_cpu_ns();
    const std::int64_t ran = cpu - observed_cpu_;
    if ((wall - observed_wall_) - ran > kReadyThresholdNs) {
        // The thread was runnable all along (it only computes) but got less CPU than wall time:
        // the OS kept it off-core. Where in the window that happened is not known finer than the
        // window (~100 µs); we place the run first and the wait after it.
        rec_.state(off_core, observed_wall_ + ran);
    }
    rec_.state(LaneState::Running, wall, current_core());
    observed_wall_ = wall;
    observed_cpu_ = cpu;
}

void Worker::yield_gil_on_request() {
    // Another lane waited a whole switch interval: drop (waiting until it has taken the GIL) and
    // queue up again, as CPython's eval loop does on a drop request.
    rec_.state(LaneState::WaitingGil, drop_gil(GilReason::Interval));
    if (take_gil()) mark_running();
}

bool Worker::cpu_burst(std::int64_t ticks, std::uint64_t& acc) {
    if (rec_.current_state() != LaneState::Running) mark_running();
    std::int64_t until_observation = env_.ticks_per_observation;
    for (std::int64_t i = 0; i < ticks; ++i) {
        acc = cpu_tick(acc);
        if (gil_ && holding_gil_ && gil_->drop_requested()) yield_gil_on_request();
        if (stopping()) return false;
        if (--until_observation == 0) {
            observe_core_and_ready();
            until_observation = env_.ticks_per_observation;
        }
    }
    return true;
}

bool Worker::counter_burst(std::int64_t additions, bool locked, std::int64_t& done) {
    if (rec_.current_state() != LaneState::Running) mark_running();
    // An addition takes tens of nanoseconds: look at the clock (core, time off-core) and the stop
    // flag every few thousand, about as often as cpu_burst() does.
    constexpr std::int64_t kObserveEvery = 4096;
    SharedCounter& counter = *env_.counter;
    bool stopped = false;
    std::int64_t i = 0;
    for (; i < additions; ++i) {
        if (locked) counter.add_locked();
        else counter.add_unlocked();
        // One addition is one tick: a switch can only happen here, between two additions.
        if (gil_ && holding_gil_ && gil_->drop_requested()) yield_gil_on_request();
        if ((i + 1) % kObserveEvery == 0) {
            if (stopping()) {
                stopped = true;
                ++i;
                break;
            }
            // Under a contended lock the time off-core is the wait for the lock, not a wait for a core.
            observe_core_and_ready(locked ? LaneState::WaitingLock : LaneState::Ready);
        }
    }
    counter.note_additions(i);
    done += i;
    return !stopped;
}

void Worker::print_step(const WorkloadStep& step, std::uint32_t task, std::int64_t counter_additions) {
    const std::int64_t t = now_ns();
    const auto n = static_cast<std::int64_t>(task);
    switch (step.kind) {
        case StepKind::PrintNumber:
            rec_.output(t, static_cast<std::uint32_t>(OutputCode::Number), step.amount, n);
            break;
        case StepKind::PrintSquare:
            rec_.output(t, static_cast<std::uint32_t>(OutputCode::Square), n, n * n);
            break;
        case StepKind::PrintCounter:
            rec_.output(t, static_cast<std::uint32_t>(OutputCode::CounterInWorker), env_.counter->value(), counter_additions);
            break;
        default: break;
    }
}

void Worker::print_counter_final() {
    if (!env_.counter) return;
    rec_.output(now_ns(), static_cast<std::uint32_t>(OutputCode::CounterFinal), env_.counter->value(), env_.counter->additions());
}

bool Worker::run_task(std::uint32_t task) {
    const Experiment& exp = *env_.experiment;
    rec_.task_begin(task, now_ns());
    if (rec_.current_state() != LaneState::Running) mark_running();
    std::uint64_t acc = cpu_seed(task);
    std::int64_t counter_additions = 0;
    int status = 0;
    const auto& steps = exp.workload.steps_for(task);
    for (std::size_t s = 0; s < steps.size() && status == 0; ++s) {
        const WorkloadStep& step = steps[s];
        if (static_cast<int>(task) == exp.crash_task && s == steps.size() / 2) {
            // Test hook / lesson option: this worker process dies as a crashing C extension would.
            rlimit no_core{0, 0};
            setrlimit(RLIMIT_CORE, &no_core);
            abort();
        }
        switch (step.kind) {
            case StepKind::Cpu:
                if (!cpu_burst(ticks_for_ns(step.amount, env_.ticks_per_ms), acc)) status = kStatusStopped;
                break;
            case StepKind::Sleep:
                status = blocking_call([&] { return sleep_for(step.amount, &env_.control->stop); });
                break;
            case StepKind::FileBytes:
            case StepKind::FileDuration: {
                const std::string path = env_.temp_dir + "/task-" + std::to_string(task) + "-lane-" +
                                         std::to_string(rec_.lane()) + ".dat";
                if (step.kind == StepKind::FileBytes) {
                    status = blocking_call([&] { return file_round_trip(path, step.amount, &env_.control->stop); });
                } else {
                    // Rounds of 64 KiB until the duration is spent: each round is one blocking call.
                    const std::int64_t until = now_ns() + step.amount;
                    while (status == 0 && now_ns() < until) {
                        status = blocking_call([&] { return file_round_trip(path, 64 * 1024, &env_.control->stop); });
                        if (status == 0 && stopping()) status = kStatusStopped;
                    }
                }
                break;
            }
            case StepKind::Net: {
                EchoConnection connection;
                status = blocking_call([&] { return connection.connect_to(env_.echo_port); });
                for (std::int64_t i = 0; status == 0 && i < step.amount; ++i)
                    status = blocking_call([&] {
                        return connection.round_trip(static_cast<std::uint64_t>(i), step.server_ns, &env_.control->stop);
                    });
                break;
            }
            case StepKind::CounterAdd:
            case StepKind::CounterAddLocked:
                if (!counter_burst(step.amount, step.kind == StepKind::CounterAddLocked, counter_additions)) status = kStatusStopped;
                break;
            case StepKind::PrintNumber:
            case StepKind::PrintSquare:
            case StepKind::PrintCounter:
                print_step(step, task, counter_additions);
                break;
        }
        if (status == 0 && step.kind != StepKind::Cpu) acc = mix_io_step(acc, s);
    }
    if (status == kStatusStopped) return false;
    rec_.task_end(task, now_ns(), static_cast<std::int64_t>(acc), status);
    env_.control->tasks_done.fetch_add(1, std::memory_order_relaxed);
    return true;
}

void Worker::run_pool_tasks() {
    RunControl& control = *env_.control;
    const std::int64_t tasks = env_.experiment->tasks;
    while (!stopping()) {
        const std::int64_t task = control.next_task.fetch_add(1, std::memory_order_relaxed);
        if (task >= tasks) break;
        if (!run_task(static_cast<std::uint32_t>(task))) break;
    }
    idle_until_all_done();
}

void Worker::idle_until_all_done() {
    const std::int64_t total = env_.experiment->tasks;
    // The pool has no more tasks for this worker; it blocks on the empty queue, GIL released.
    rec_.state(LaneState::Idle, drop_gil(GilReason::Exit));
    const timespec pause{0, 2'000'000};
    while (!stopping() && env_.control->tasks_done.load(std::memory_order_relaxed) < total) nanosleep(&pause, nullptr);
}

}  // namespace conclab

// Async: one thread runs an event loop over all tasks, like asyncio.gather(). A task runs until
// it awaits I/O; sleeps and socket replies are waited for together (they overlap), computation
// never overlaps. File steps block the loop, as plain open()/write() inside a coroutine does.
//
// Each task (coroutine) has a sub-row of its own under the loop's lane when the layout has them
// (Experiment::coroutine_rows): Running while the loop runs it, Blocked on I/O while it awaits a
// timer or a reply (or blocks the loop in a file step), Ready while it waits in the loop's ready
// queue. The loop's thread records them: it is the one producer of their rings.
#include <sys/epoll.h>
#include <unistd.h>

#include <deque>
#include <queue>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "run/model_context.h"
#include "workload/cpu_kernel.h"
#include "workload/io_ops.h"

namespace conclab {
namespace {

struct AsyncTask {
    std::uint32_t id = 0;
    std::size_t step = 0;
    std::int64_t round_trips_done = 0;
    std::uint64_t acc = 0;
    std::int64_t counter_additions = 0;
    bool started = false;
    EchoConnection connection;
};

// The sub-rows of the tasks, if the layout has them: row i belongs to task i.
class CoroutineRows {
public:
    explicit CoroutineRows(const ModelContext& ctx) {
        for (std::uint32_t lane = 0; lane < ctx.layout->lanes.size(); ++lane)
            if (ctx.layout->lanes[lane].kind == LaneKind::Coroutine) rows_.push_back(ctx.recorder(lane));
        ended_.assign(rows_.size(), false);
    }
    // Every task is created at once (asyncio.gather) and waits in the ready queue.
    void begin_all(std::int64_t t) {
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            rows_[i].lane_begin(t, getpid(), gettid());
            rows_[i].resume_task(static_cast<std::uint32_t>(i), t);
            rows_[i].state(LaneState::Ready, t);
        }
    }
    void state(std::size_t task, LaneState s, std::int64_t t) {
        if (task < rows_.size() && !ended_[task]) rows_[task].state(s, t);
    }
    void end(std::size_t task, std::int64_t t) {
        if (task >= rows_.size() || ended_[task]) return;
        ended_[task] = true;
        rows_[task].lane_end(t, 0, 0, 0, 0);
    }
    void end_all(std::int64_t t) {
        for (std::size_t i = 0; i < rows_.size(); ++i) end(i, t);
    }

private:
    std::vector<LaneRecorder> rows_;
    std::vector<bool> ended_;
};

class EventLoop {
public:
    EventLoop(const ModelContext& ctx, Worker& worker)
        : ctx_(ctx), worker_(worker), rows_(ctx), epoll_fd_(epoll_create1(EPOLL_CLOEXEC)) {
        const int n = ctx.env.experiment->tasks;
        tasks_ = std::vector<AsyncTask>(static_cast<std::size_t>(n));  // sized once: tasks never move
        for (int i = 0; i < n; ++i) {
            tasks_[static_cast<std::size_t>(i)].id = static_cast<std::uint32_t>(i);
            tasks_[static_cast<std::size_t>(i)].acc = cpu_seed(static_cast<std::uint32_t>(i));
            ready_.push_back(static_cast<std::size_t>(i));
        }
    }
    ~EventLoop() { close(epoll_fd_); }
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    void run() {
        rows_.begin_all(now_ns());
        while (finished_ < tasks_.size() && !worker_.stopping()) {
            if (!ready_.empty()) {
                const std::size_t t = ready_.front();
                ready_.pop_front();
                advance(t);
            } else {
                wait_for_io();
            }
        }
        rows_.end_all(now_ns());  // a stopped run's tasks end with it
    }

private:
    using Timer = std::pair<std::int64_t, std::size_t>;  // (wake-up time, task)

    // Runs task t until it awaits I/O or finishes.
    void advance(std::size_t t) {
        AsyncTask& task = tasks_[t];
        LaneRecorder& rec = worker_.recorder();
        if (!task.started) {
            task.started = true;
            rec.task_begin(task.id, now_ns());
        } else {
            rec.resume_task(task.id, now_ns());
        }
        rows_.state(t, LaneState::Running, now_ns());
        const auto& steps = ctx_.env.experiment->workload.steps_for(task.id);
        while (task.step < steps.size()) {
            const WorkloadStep& step = steps[task.step];
            int status = 0;
            switch (step.kind) {
                case StepKind::Cpu:
                    if (!worker_.cpu_burst(ticks_for_ns(step.amount, ctx_.env.ticks_per_ms), task.acc)) return;
                    break;
                case StepKind::CounterAdd:
                case StepKind::CounterAddLocked:
                    if (!worker_.counter_burst(step.amount, step.kind == StepKind::CounterAddLocked, task.counter_additions)) return;
                    break;
                case StepKind::PrintNumber:
                case StepKind::PrintSquare:
                case StepKind::PrintCounter:
                    worker_.print_step(step, task.id, task.counter_additions);
                    break;
                case StepKind::Sleep:
                    timers_.push({now_ns() + step.amount, t});
                    task.acc = mix_io_step(task.acc, task.step);
                    ++task.step;  // the step is over once the timer fires and the task runs again
                    rows_.state(t, LaneState::BlockedIo, now_ns());  // await asyncio.sleep()
                    return;
                case StepKind::FileBytes:
                case StepKind::FileDuration: {
                    const std::string path = ctx_.env.temp_dir + "/async-task-" + std::to_string(task.id) + ".dat";
                    const std::int64_t bytes = step.kind == StepKind::FileBytes ? step.amount : 64 * 1024;
                    const std::int64_t until = now_ns() + (step.kind == StepKind::FileDuration ? step.amount : 0);
                    // A blocking call inside the coroutine: the task waits on the file, and the loop
                    // with it, so every other task stays in the ready queue meanwhile.
                    rows_.state(t, LaneState::BlockedIo, now_ns());
                    do {
                        status = worker_.blocking_call([&] { return file_round_trip(path, bytes, &ctx_.env.control->stop); });
                    } while (status == 0 && now_ns() < until && !worker_.stopping());
                    rows_.state(t, LaneState::Running, now_ns());
                    break;
                }
                case StepKind::Net:
                    if (task.connection.fd() < 0) {
                        status = task.connection.connect_to(ctx_.env.echo_port);
                        if (status == 0) {
                            epoll_event ev{};
                            ev.events = EPOLLIN;
                            ev.data.u64 = t;
                            epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, task.connection.fd(), &ev);
                        }
                    }
                    if (status == 0 && task.round_trips_done < step.amount) {
                        status = task.connection.send_probe(static_cast<std::uint64_t>(task.round_trips_done),
                                                            step.server_ns);
                        if (status == 0) {
                            rows_.state(t, LaneState::BlockedIo, now_ns());  // awaiting the echo
                            return;
                        }
                    }
                    break;
            }
            if (status == kStatusStopped) return;  // a stopped task did not end: no TaskEnd, as in the other models
            if (status != 0) {
                finish(task, status);
                return;
            }
            if (step.kind != StepKind::Cpu) task.acc = mix_io_step(task.acc, task.step);
            ++task.step;
            task.round_trips_done = 0;
        }
        finish(task, 0);
    }

    void finish(AsyncTask& task, int status) {
        worker_.recorder().task_end(task.id, now_ns(), static_cast<std::int64_t>(task.acc), status);
        rows_.end(task.id, now_ns());
        ctx_.env.control->tasks_done.fetch_add(1, std::memory_order_relaxed);
        ++finished_;
    }

    // Nothing is ready: the loop idles in epoll_wait (GIL released) until a reply or a timer.
    void wait_for_io() {
        int timeout_ms = 10;  // short enough to notice a stop request quickly
        if (!timers_.empty()) {
            const std::int64_t left = timers_.top().first - now_ns();
            timeout_ms = left <= 0 ? 0 : static_cast<int>(std::min<std::int64_t>((left + 999'999) / 1'000'000, 10));
        }
        LaneRecorder& rec = worker_.recorder();
        epoll_event events[64];
        int n = 0;
        if (timeout_ms > 0) {
            rec.state(LaneState::Idle, worker_.drop_gil(GilReason::Io));
            n = epoll_wait(epoll_fd_, events, 64, timeout_ms);
            if (!worker_.take_gil()) return;
            worker_.mark_running();
        }
        for (int i = 0; i < n; ++i) on_reply(static_cast<std::size_t>(events[i].data.u64));
        while (!timers_.empty() && timers_.top().first <= now_ns()) {
            ready_.push_back(timers_.top().second);
            rows_.state(timers_.top().second, LaneState::Ready, now_ns());
            timers_.pop();
        }
    }

    void on_reply(std::size_t t) {
        AsyncTask& task = tasks_[t];
        worker_.recorder().resume_task(task.id, now_ns());
        const std::int64_t server_ns = ctx_.env.experiment->workload.steps_for(task.id)[task.step].server_ns;
        const int status = task.connection.receive_probe(static_cast<std::uint64_t>(task.round_trips_done), server_ns,
                                                        &ctx_.env.control->stop);
        if (status != 0) {
            if (status != kStatusStopped) finish(task, status);
            return;
        }
        ++task.round_trips_done;
        ready_.push_back(t);  // sends the next probe or moves on to the next step
        rows_.state(t, LaneState::Ready, now_ns());
    }

    const ModelContext& ctx_;
    Worker& worker_;
    CoroutineRows rows_;
    int epoll_fd_;
    std::vector<AsyncTask> tasks_;
    std::deque<std::size_t> ready_;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers_;
    std::size_t finished_ = 0;
};

}  // namespace

std::optional<WorkerFailure> run_async_model(const ModelContext& ctx) {
    const std::int64_t spawn_requested = now_ns();
    std::vector<std::thread> loop_thread;
    auto failure = start_worker_thread(loop_thread, ctx, 0, [&ctx, spawn_requested] {
        Worker worker(ctx.env, ctx.recorder(0), ctx.shared_gil);
        worker.begin(spawn_requested);
        {
            EventLoop loop(ctx, worker);
            loop.run();
        }
        // asyncio.run() has returned: the main thread prints the counter its tasks added to.
        if (ctx.env.experiment->workload.has_counter() && !worker.stopping()) worker.print_counter_final();
        worker.end(0);
    });
    for (auto& t : loop_thread) t.join();
    return failure;
}

}  // namespace conclab

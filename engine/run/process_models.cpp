// Processes (one worker process per task, like multiprocessing.Process) and process-pool
// (max_workers worker processes taking tasks from a shared queue, like ProcessPoolExecutor).
// Every worker process has its own simulated GIL, so the GIL never serialises them.
//
// Workers are spawned (posix_spawn of conclab-worker, as Python's "spawn" start method does), not
// forked: a fork() of this program copies locks that its other threads (the GUI's, the
// collector's, a test's) may hold at that instant, and a child that then allocates can hang on
// one for ever. A spawned worker starts from a fresh program with nothing but its command line
// and the run's shared region (spawn/worker_command.h).
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/clock.h"
#include "run/main_thread_lane.h"
#include "run/model_context.h"
#include "spawn/process_spawner.h"
#include "spawn/spawn_messages.h"
#include "spawn/worker_command.h"
#include "spawn/worker_executable.h"

namespace conclab {
namespace {

struct Child {
    pid_t pid = -1;
    std::uint32_t lane = 0;
    std::int64_t spawn_requested_ns = 0;
    bool reaped = false;
    int pidfd = -1;  // readable once the process has exited (Linux ≥ 5.3), else -1

    void close_pidfd() {
        if (pidfd >= 0) close(pidfd);
        pidfd = -1;
    }
};

// Sleeps until a worker process exits (its pidfd turns readable) or `timeout_ms` passes. Without
// pidfds (old kernels) it can only sleep: the caller then polls with a short timeout. Waking the
// parent every millisecond took CPU from the workers it was measuring.
void wait_for_an_exit(const std::vector<Child>& children, int timeout_ms) {
    std::vector<pollfd> fds;
    for (const Child& c : children)
        if (!c.reaped && c.pidfd >= 0) fds.push_back({c.pidfd, POLLIN, 0});
    if (fds.empty()) timeout_ms = 1;
    poll(fds.data(), fds.size(), timeout_ms);
}

// The parent writes the LaneEnd of a worker that died without writing its own: the dead process
// was the ring's only producer, so the parent may take that role now.
// Its CPU time is what the kernel accounted to it until it died (wait4's rusage).
void record_death(const ModelContext& ctx, const Child& child, std::int64_t t, const rusage& usage) {
    auto ns = [](const timeval& tv) { return static_cast<std::int64_t>(tv.tv_sec) * 1'000'000'000 + tv.tv_usec * 1000; };
    LaneRecorder rec = ctx.recorder(child.lane);
    // Killed (a stop's grace ran out, or from outside) before it had recorded anything: it was
    // still starting, and that is what its lane shows, from the spawn request to its death.
    if (ctx.region->ring(child.lane).header()->head.load(std::memory_order_acquire) == 0)
        rec.state(LaneState::Overhead, child.spawn_requested_ns);
    rec.gil_release(t, GilReason::Exit);
    rec.lane_end(t, ns(usage.ru_utime) + ns(usage.ru_stime), usage.ru_maxrss, usage.ru_nvcsw, usage.ru_nivcsw);
}

// Everything a worker is told but its lane and the moment it was asked for.
WorkerCommand command_template(const ModelContext& ctx) {
    WorkerCommand c;
    c.experiment = *ctx.env.experiment;
    c.ticks_per_ms = ctx.env.ticks_per_ms;
    c.ticks_per_observation = ctx.env.ticks_per_observation;
    c.temp_dir = ctx.env.temp_dir;
    c.echo_port = ctx.env.echo_port;
    c.parent_pid = getpid();
    return c;
}

}  // namespace

std::optional<WorkerFailure> run_process_model(const ModelContext& ctx) {
    RunControl& control = ctx.region->control();
    std::vector<Child> children;
    std::optional<WorkerFailure> failure;
    const WorkerExecutable worker = locate_worker_executable();
    if (!worker.found()) {
        // No worker program: not one process can start. The run fails naming the places tried.
        control.stop.store(1);
        WorkerFailure f{0, 0, 0, ENOENT, now_ns(), {}};
        f.reason = worker.error;
        return f;
    }
    WorkerCommand command = command_template(ctx);
    MainThreadLane main_thread(ctx);
    const auto workers = static_cast<std::uint32_t>(ctx.env.experiment->lane_count());  // other lanes follow them
    for (std::uint32_t lane = 0; lane < workers; ++lane) {
        // Stopped (or a worker already died in a pool) while still spawning: spawn no more.
        if (control.stop.load(std::memory_order_relaxed) != 0) break;
        command.spawn_requested_ns = now_ns();
        command.lane = lane;
        const SpawnedProcess spawned = spawn_worker_process(worker.path, worker_arguments(command), ctx.region->fd());
        if (spawned.pid < 0) {
            // Out of processes (or the program vanished): the run fails, the workers already started stop.
            failure = WorkerFailure{lane, 0, 0, spawned.error, now_ns(), {}};
            failure->reason = Message{MessageCode::WorkerSpawnFailed, {text_arg(worker.path), errno_arg(spawned.error)}};
            control.stop.store(1);
            break;
        }
        children.push_back({spawned.pid, lane, command.spawn_requested_ns, false,
                            static_cast<int>(syscall(SYS_pidfd_open, spawned.pid, 0))});
    }
    // Every worker holds its own copy of the region's descriptor now: the run keeps none open.
    ctx.region->close_descriptor();

    main_thread.joining();
    std::int64_t stop_seen_at = 0;
    std::size_t alive = children.size();
    while (alive > 0) {
        for (Child& child : children) {
            if (child.reaped) continue;
            int status = 0;
            rusage usage{};
            const pid_t r = wait4(child.pid, &status, WNOHANG, &usage);
            if (r == 0) continue;
            child.reaped = true;
            child.close_pidfd();
            --alive;
            const bool clean_exit = r == child.pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
            if (clean_exit) continue;
            const std::int64_t t = now_ns();
            record_death(ctx, child, t, usage);
            // Dying once the run is stopping is part of the stop: we may have killed it ourselves
            // after the grace time, or it died while the stop was on its way. Read the flag, not
            // stop_seen_at, which is set only further down this loop: a death reaped in between
            // would otherwise fail a run the user had stopped.
            if (control.stop.load() != 0) continue;
            if (!failure) {
                failure = WorkerFailure{child.lane, child.pid, WIFSIGNALED(status) ? WTERMSIG(status) : 0,
                                        WIFEXITED(status) ? WEXITSTATUS(status) : 0, t, {}};
            }
            // A pool whose worker died is broken (as ProcessPoolExecutor's BrokenProcessPool):
            // the task it held is lost and the others would idle forever waiting for it.
            if (ctx.env.experiment->model == RunModel::ProcessPool) control.stop.store(1);
        }
        if (alive == 0) break;
        if (control.stop.load() != 0) {
            const std::int64_t t = now_ns();
            if (stop_seen_at == 0) stop_seen_at = t;
            if (t - stop_seen_at > ctx.stop_grace_ns)
                for (const Child& child : children)
                    if (!child.reaped) kill(child.pid, SIGKILL);
        }
        // Exits wake us at once; the timeout only paces the stop grace check.
        wait_for_an_exit(children, 10);
    }
    main_thread.finish();
    return failure;
}

}  // namespace conclab

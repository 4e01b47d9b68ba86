// Processes (one forked process per task, like multiprocessing.Process) and process-pool
// (max_workers forked processes taking tasks from a shared queue, like ProcessPoolExecutor).
// Every worker process has its own simulated GIL, so the GIL never serialises them.
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <system_error>
#include <vector>

#include "core/clock.h"
#include "core/fork_guard.h"
#include "run/model_context.h"

namespace conclab {
namespace {

// Ctrl+C and SIGTERM sent to the whole process group (a terminal, timeout(1), a service manager)
// reach the workers too. The parent turns them into a stop request that the workers see through
// the shared stop flag, so they must not die of them: a worker killed by the group's SIGTERM
// would turn a stop into a "failed" run. Blocked in the forking thread from just before fork()
// until the child has set them to ignored, so none can arrive in between.
class StopSignalsBlocked {
public:
    StopSignalsBlocked() {
        sigset_t stop_signals;
        sigemptyset(&stop_signals);
        sigaddset(&stop_signals, SIGINT);
        sigaddset(&stop_signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &stop_signals, &previous_);
    }
    ~StopSignalsBlocked() { restore(); }
    StopSignalsBlocked(const StopSignalsBlocked&) = delete;
    StopSignalsBlocked& operator=(const StopSignalsBlocked&) = delete;
    void restore() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

private:
    sigset_t previous_;
};

// Runs in the forked child: never returns.
[[noreturn]] void run_child(const ModelContext& ctx, std::uint32_t lane, std::int64_t fork_requested, pid_t parent,
                            StopSignalsBlocked& stop_signals) {
    // Die with the parent, so a killed GUI or CLI leaves no orphans behind.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(0);
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    stop_signals.restore();  // those that arrived meanwhile are discarded now: ignored
    // A crash must end this worker by its signal, not run handlers the parent (a test framework,
    // a crash reporter) installed for itself.
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) signal(sig, SIG_DFL);
    const Experiment& exp = *ctx.env.experiment;
    std::unique_ptr<SimulatedGil> own_gil;
    if (exp.gil) own_gil = std::make_unique<SimulatedGil>(ctx.region->control());
    Worker worker(ctx.env, ctx.recorder(lane), own_gil.get());
    worker.begin(fork_requested);
    if (exp.model == RunModel::Processes) worker.run_task(lane);
    else worker.run_pool_tasks();
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    worker.end(self.ru_maxrss);
    _exit(0);
}

struct Child {
    pid_t pid = -1;
    std::uint32_t lane = 0;
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
void record_death(const ModelContext& ctx, const Child& child, std::int64_t t, const rusage& usage) {
    LaneRecorder rec = ctx.recorder(child.lane);
    rec.gil_release(t, GilReason::Exit);
    rec.lane_end(t, 0, usage.ru_maxrss, usage.ru_nvcsw, usage.ru_nivcsw);
}

}  // namespace

std::optional<WorkerFailure> run_process_model(const ModelContext& ctx) {
    RunControl& control = ctx.region->control();
    const pid_t parent = getpid();
    std::vector<Child> children;
    std::optional<WorkerFailure> failure;
    for (std::uint32_t lane = 0; lane < ctx.layout->lanes.size(); ++lane) {
        // Stopped (or a worker already died in a pool) while still forking: fork no more. Each
        // fork of a large parent costs milliseconds, 64 of them more than the whole stop may take.
        if (control.stop.load(std::memory_order_relaxed) != 0) break;
        const std::int64_t fork_requested = now_ns();
        StopSignalsBlocked stop_signals;
        std::unique_lock no_allocation_in_flight(fork_guard());
        const pid_t pid = fork();
        if (pid == 0) run_child(ctx, lane, fork_requested, parent, stop_signals);  // never touches the guard
        no_allocation_in_flight.unlock();
        if (pid < 0) {
            // Out of processes: end the run as failed, the workers already started stop.
            failure = WorkerFailure{lane, 0, 0, errno, now_ns()};
            control.stop.store(1);
            break;
        }
        children.push_back({pid, lane, false, static_cast<int>(syscall(SYS_pidfd_open, pid, 0))});
    }

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
                                        WIFEXITED(status) ? WEXITSTATUS(status) : 0, t};
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
    return failure;
}

}  // namespace conclab

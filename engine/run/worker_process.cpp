#include "run/worker_process.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <memory>
#include <string_view>
#include <vector>

#include "gil/simulated_gil.h"
#include "record/shared_region.h"
#include "run/worker.h"
#include "spawn/worker_command.h"

namespace conclab {
namespace {

// Ctrl+C and SIGTERM sent to the whole process group (a terminal, timeout(1), a service manager)
// reach the workers too. The parent turns them into a stop request that the workers see through
// the shared stop flag, so they must not die of them: a worker killed by the group's SIGTERM
// would turn a stop into a "failed" run. They arrive blocked (process_spawner.cpp); once ignored,
// unblocking discards any that came meanwhile.
void ignore_group_stop_signals() {
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    sigprocmask(SIG_UNBLOCK, &stop_signals, nullptr);
}

int bad_start(const std::string& why) {
    std::fprintf(stderr, "conclab-worker: %s\n", why.c_str());
    return kWorkerBadStart;
}

}  // namespace

int worker_process_main(int argc, char** argv) {
    const std::vector<std::string_view> arguments(argv + (argc > 0 ? 1 : 0), argv + argc);
    auto parsed = parse_worker_arguments(arguments);
    if (!parsed) return bad_start(parsed.error());
    const WorkerCommand& command = parsed.value();
    // Die with the parent, so a killed GUI or CLI leaves no orphans behind. If it died before
    // this line, the kernel will send nothing: the parent is no longer the one that spawned us.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != command.parent_pid) return 0;
    ignore_group_stop_signals();
    // A crash must end this worker by its signal, not run handlers a sanitizer runtime installed
    // at start-up: the parent names the worker and its signal.
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) signal(sig, SIG_DFL);

    std::unique_ptr<SharedRegion> region;
    try {
        region = SharedRegion::attach(command.region_fd);
    } catch (const std::exception& e) {
        return bad_start(e.what());
    }
    if (command.lane >= region->lanes())
        return bad_start("lane " + std::to_string(command.lane) + " is not in the run's region of " +
                         std::to_string(region->lanes()) + " lanes");
    RunControl& control = region->control();
    const Experiment& exp = command.experiment;
    RunEnvironment env;
    env.experiment = &exp;
    env.ticks_per_ms = command.ticks_per_ms;
    env.ticks_per_observation = command.ticks_per_observation;
    env.control = &control;
    env.temp_dir = command.temp_dir;
    env.echo_port = command.echo_port;
    // This process's own memory: its counter starts at 0 and only this worker adds to it.
    SharedCounter own_counter;
    env.counter = &own_counter;

    // Each worker process has its own GIL, as each Python process has its own interpreter.
    std::unique_ptr<SimulatedGil> own_gil;
    if (exp.gil) own_gil = std::make_unique<SimulatedGil>(exp.switch_interval_ns, &control.stop);
    LaneRecorder recorder(region->ring(command.lane), command.lane, &control.stop, &control.events_dropped);
    Worker worker(env, recorder, own_gil.get());
    worker.begin(command.spawn_requested_ns);
    if (exp.model == RunModel::Processes) worker.run_task(command.lane);
    else worker.run_pool_tasks();
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    worker.end(self.ru_maxrss);
    return 0;
}

}  // namespace conclab

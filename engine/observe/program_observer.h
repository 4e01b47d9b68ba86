#pragma once
// Observes a real program as an event source: starts it (program_launch.h), follows its threads
// and child processes in /proc and, for CPython, its GIL in the interpreter's memory
// (program_tracker.h), captures its output (output_capture.h), and records all of it as the
// run's timeline, live.
//
//   ProgramObserver obs(options);      // an EventSource, like RunSession
//   obs.start();                       // returns at once; a sampler thread does the work
//   auto timeline = obs.timeline();    // draw it while it fills (lanes appear as threads start)
//   ... obs.request_stop() from any thread: SIGTERM to every process of the program, SIGKILL
//       after options.stop_grace; obs.finished(), obs.wait_for(ms) ...
//   RunResult run = obs.take_result(); // source Observed, command = the argument list
//   const ObservedProgram& p = obs.program();  // exit status, CPython per process, sampler cost
//
// Sampling intervals (SamplingIntervals): thread states every 2 ms, the GIL every 1 ms while
// threads wait for it (else every 2 ms), new threads and processes every 10 ms. The sampler sleeps between samples (clock_nanosleep to an
// absolute deadline), so it takes a few % of one core and the program keeps the rest: an
// observer that kept a core busy would change what it measures (on 2 cores, CPython's 5 ms GIL
// holds stretch to the next scheduler tick when the thread that wants the GIL finds no free core).
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "observe/output_capture.h"
#include "observe/program_launch.h"
#include "observe/program_tracker.h"
#include "core/message.h"
#include "run/event_source.h"

namespace conclab::observe {

// The defaults keep the observer near 3-4 % of one core for a program of 8 threads on the
// development VM, where each wake-up of a sleeping thread costs ~30 us of CPU (timer and
// scheduler work; ~10x bare metal): a wake-up every 1 ms is most of the cost, the reads are
// ~2 us each (observe_benchmark prints the figures). Samples due within half a GIL interval of
// each other share one wake-up, so thread states ride on every second GIL sample.
struct SamplingIntervals {
    std::chrono::microseconds threads{2000};    // each thread's /proc state and CPU counters
    // Each Python process's GIL holder, at this interval while one of its threads waits for the
    // GIL (then holders change every switch interval), else with the thread states.
    std::chrono::microseconds gil{1000};
    std::chrono::microseconds discovery{10000}; // new threads and child processes, "is it Python yet"
};

struct ObserveOptions {
    LaunchRequest launch;
    SamplingIntervals intervals;
    std::chrono::milliseconds time_limit{std::chrono::minutes(10)};  // then stopped as by Stop
    std::chrono::milliseconds stop_grace{1000};                      // SIGTERM, then SIGKILL after this
    TrackerLimits limits;
    // Called on the output thread for every line as it arrives (the CLI passes output through).
    std::function<void(const OutputLine&)> on_output;
};

// How the observation ended, beside RunStatus (the UI composes the sentence from the code).
enum class ObserveEnd : std::uint8_t {
    Exited,        // the program exited by itself (exit code or signal in `exit`)
    Stopped,       // Stop was requested
    TimeLimit,     // it ran longer than options.time_limit and was stopped
    LaunchFailed,  // it could not be started (`launch_failure`)
};
std::string_view observe_end_name(ObserveEnd e);

// What the observer learned beyond the timeline: how the program ended, and per process what its
// GIL row can show (CPython version, readable or why not) and CPython's own switch counter.
struct ObservedProgram {
    std::vector<std::string> argv;
    std::string working_dir;
    ObserveEnd end = ObserveEnd::Exited;
    std::optional<LaunchFailure> launch_failure;
    std::optional<ExitInfo> exit;            // how the program's first process ended
    std::vector<ObservedProcess> processes;  // every process seen, the program's own first
    bool limit_reached = false;              // more threads/processes than TrackerLimits: the rest not drawn
    SamplingIntervals intervals;
    std::int64_t sampler_cpu_ns = 0;         // CPU time the observer's sampler thread used
    std::int64_t thread_samples = 0;         // sampling rounds done
    std::int64_t gil_samples = 0;
};

// Until it is finished the program is observed; then take_result() gives the run (source
// Observed, command = argv, no experiment) and program() what else was learned.
class ProgramObserver : public EventSource {
public:
    explicit ProgramObserver(ObserveOptions options);
    ~ProgramObserver() override;  // stops the program if it still runs and waits for the sampler
    ProgramObserver(const ProgramObserver&) = delete;
    ProgramObserver& operator=(const ProgramObserver&) = delete;

    void start() override;          // the timeline exists when this returns; the sampler thread starts the program
    void request_stop() override;   // thread-safe, returns at once
    bool finished() const override;
    bool wait_for(std::chrono::milliseconds timeout) override;
    double progress() const override { return -1.0; }  // a program does not say how far it is
    std::shared_ptr<const SharedTimeline> timeline() const override;  // null before start()
    RunResult take_result() override;                  // once finished(); at most once
    const ObservedProgram& program() const;            // once finished()
    using EventSource::wait;

    class Impl;

private:
    std::unique_ptr<Impl> impl_;
};

// What a group of the run's layout says about a process's GIL (gil row, note, version).
void describe_gil(ProcessGroup& group, const PythonRuntime& python);

}  // namespace conclab::observe

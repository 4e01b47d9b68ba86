#pragma once
// Helpers for the tests that observe real programs: which Python interpreters this machine has,
// observing a command with a "no hang" bound, and reading figures off the recorded timeline.
#include <string>
#include <vector>

#include "observe/program_observer.h"

namespace conclab::observe::testing {

// A finished observation: the run as every source gives it, and what the observer learned besides.
struct ObservedRun {
    RunResult result;
    ObservedProgram program;
    RunStatus status = RunStatus::Completed;
    std::string detail;

    const TimelineStore& store() const { return result.store(); }
    const std::vector<OutputLine>& output() const { return result.store().output(); }
};

// Runs an observer to its end (stopping it after `stop_after` when that is not zero).
ObservedRun observe_with(ObserveOptions options, std::chrono::milliseconds stop_after = std::chrono::milliseconds(0));

struct Interpreter {
    std::string command;  // what is started: a path, or a name looked up in PATH
    std::string label;    // for messages
};

// /usr/bin/python3 (Debian's: a fixed-address executable) and the python3 found in PATH when it
// is another one (e.g. pyenv's shim, which execs a build with a shared libpython).
std::vector<Interpreter> main_interpreters();
// Every other CPython 3.11+ found under ~/.pyenv/versions (3.12, 3.13 ...), for the quick checks.
std::vector<Interpreter> other_interpreters();

std::string script(const std::string& name);  // resources/python/<name>

// Observes `argv` to its end; a program still running after `no_hang_bound` is stopped (and the
// test then fails on the status).
ObservedRun observe_command(const std::vector<std::string>& argv,
                            std::chrono::milliseconds no_hang_bound = std::chrono::seconds(60));

// Figures read off a recorded run.
std::vector<std::uint32_t> lanes_of_group(const TimelineStore& timeline, std::uint32_t group);
std::int64_t state_ns(const TimelineStore& timeline, std::uint32_t lane, LaneState state);
// The stretches of time during which at least `count` of `lanes` were in `state` at once, and
// their total length.
std::vector<std::pair<std::int64_t, std::int64_t>> stretches_with_at_least(const TimelineStore& timeline,
                                                                           const std::vector<std::uint32_t>& lanes,
                                                                           LaneState state, int count);
std::int64_t time_with_at_least(const TimelineStore& timeline, const std::vector<std::uint32_t>& lanes,
                                LaneState state, int count);
// Lengths of the holds of a process's GIL (consecutive segments of one lane joined).
std::vector<std::int64_t> gil_holds(const TimelineStore& timeline, std::uint32_t group);
std::string output_text(const ObservedRun& run);

}  // namespace conclab::observe::testing

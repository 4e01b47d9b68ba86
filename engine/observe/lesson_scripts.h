#pragma once
// The Python scripts shipped with the program (resources/python, installed to
// share/conclab/python): one per workload of the lessons, doing the same work as a simulated
// experiment under real CPython, so the two can be compared side by side.
//
//   cpu:50ms            → cpu_bound.py  --size 50ms          (50 ms of this machine's CPU, calibrated)
//   io:200ms            → io_sleep.py   --size 200ms
//   net:20@10ms, net:20 → io_network.py --requests 20 --size 10ms (0ms)
// each with --model <the experiment's model> --tasks N --workers W.
#include <optional>
#include <string>
#include <vector>

#include "core/parse_result.h"
#include "experiment/experiment.h"

namespace conclab::observe {

// Where the scripts are: $CONCLAB_PYTHON_DIR if set, else share/conclab/python next to the
// installed binary (<bin>/../share/conclab/python), else the source tree's resources/python (a
// build that is run where it was built). Nothing if none holds cpu_bound.py.
std::optional<std::string> lesson_scripts_dir();

// The interpreter `python` really is (its sys.executable), asked once: a launcher such as pyenv's
// shim (a shell script that runs a dozen helper processes, ~1 s, before it execs the interpreter)
// would otherwise be part of every real run, in its wall time, its lanes and its speedup.
// `python` itself when it cannot say within a few seconds (it is then run as given).
std::string python_executable(const std::string& python);

// The command that does the experiment's work under `python` (e.g. "python3"), or why no script
// does that workload (file I/O, mixed steps).
ParseResult<std::vector<std::string>> lesson_command(const Experiment& e, const std::string& python,
                                                     const std::string& scripts_dir);

}  // namespace conclab::observe

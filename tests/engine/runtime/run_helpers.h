#pragma once
// Helpers shared by the runtime tests: build experiments, run them, and ask questions of the
// recorded timeline that a teacher would ask of the picture.
#include <functional>
#include <string>

#include "run/run_session.h"

namespace conclab::testing {

Experiment make_experiment(const std::string& workload, int tasks, RunModel model, int workers = 4, bool gil = true,
                           std::int64_t switch_interval_ns = 5'000'000);

// Runs to completion (the test fails if it does not end within `limit`).
RunResult run_to_end(const Experiment& e);

// The largest number of worker lanes (optionally only those of one process group) that were in a
// state satisfying `pred` at the same instant, from a sweep over all their segments.
int max_simultaneous(const TimelineStore& t, const std::function<bool(const Segment&)>& pred, int group = -1);

bool is_running(const Segment& s);
bool is_busy(const Segment& s);  // anything but Idle

}  // namespace conclab::testing

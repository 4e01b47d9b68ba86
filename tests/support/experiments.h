#pragma once
// Experiments for tests, written the way a user types them: "cpu:20ms", 4 tasks, threads.
// Header-only, so the engine and UI tests build them the same way.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "experiment/experiment.h"
#include "workload/workload_spec.h"

namespace conclab::testing {

inline Experiment make_experiment(const std::string& workload, int tasks, RunModel model, int workers = 4,
                                  bool gil = true, std::int64_t switch_interval_ns = 5'000'000) {
    auto spec = parse_workload(workload);
    if (!spec) throw std::invalid_argument(debug_text(spec.error()));
    Experiment e;
    e.workload = spec.value();
    e.tasks = tasks;
    e.model = model;
    e.workers = workers;
    e.gil = gil;
    e.switch_interval_ns = switch_interval_ns;
    return e;
}

}  // namespace conclab::testing

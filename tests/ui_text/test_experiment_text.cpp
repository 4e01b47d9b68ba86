// An experiment in one line, composed from its fields (what Experiment::describe() used to write
// in English only): the status bar, the command line's summary and `conclab shot` show it.
#include <catch2/catch.hpp>

#include "experiment/experiment.h"
#include "ui/text/experiment_text.h"

using namespace conclab;
using conclab::ui::experiment_summary;

TEST_CASE("an experiment reads as workload, tasks, model, workers of a pool and the GIL", "[text][experiment]") {
    const Experiment e = default_experiment();
    CHECK(experiment_summary(e) == QStringLiteral("cpu:50ms \u00d7 4 tasks \u00b7 threads \u00b7 GIL on (5 ms)"));

    Experiment pool = e;
    pool.model = RunModel::ThreadPool;
    pool.tasks = 1;
    pool.workers = 2;
    pool.gil = false;
    CHECK(experiment_summary(pool) == QStringLiteral("cpu:50ms \u00d7 1 task \u00b7 thread pool \u00b7 2 workers \u00b7 GIL off"));

    Experiment one = pool;
    one.model = RunModel::ProcessPool;
    one.workers = 1;
    one.gil = true;
    one.switch_interval_ns = 100'000;
    CHECK(experiment_summary(one) ==
          QStringLiteral("cpu:50ms \u00d7 1 task \u00b7 process pool \u00b7 1 worker \u00b7 GIL on (0.1 ms)"));
}

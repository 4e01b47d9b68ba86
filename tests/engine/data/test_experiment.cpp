// Run models, experiment bounds, lane counts and the one-line description.
#include <catch2/catch.hpp>

#include <string>

#include "experiment/experiment.h"

using namespace conclab;

namespace {
bool mentions(const std::string& message, const std::string& part) { return message.find(part) != std::string::npos; }

Experiment experiment(RunModel model, int tasks, int workers) {
    Experiment e = default_experiment();
    e.model = model;
    e.tasks = tasks;
    e.workers = workers;
    return e;
}
}  // namespace

TEST_CASE("run model names round-trip, and the Python spellings are accepted") {
    for (RunModel m : kAllRunModels) {
        const auto r = parse_run_model(run_model_name(m));
        REQUIRE(r);
        CHECK(r.value() == m);
    }
    CHECK(parse_run_model("thread_pool").value() == RunModel::ThreadPool);
    CHECK(parse_run_model("threadpool").value() == RunModel::ThreadPool);
    CHECK(parse_run_model("Thread-Pool").value() == RunModel::ThreadPool);
    CHECK(parse_run_model("process_pool").value() == RunModel::ProcessPool);
    const auto pool = parse_run_model("pool");  // ambiguous: which pool?
    REQUIRE_FALSE(pool);
    CHECK(pool.error() ==
          "unknown run model 'pool': valid models are sequential, threads, thread-pool, processes, process-pool, async");
}

TEST_CASE("which models use processes and pools") {
    CHECK(uses_processes(RunModel::Processes));
    CHECK(uses_processes(RunModel::ProcessPool));
    CHECK_FALSE(uses_processes(RunModel::Threads));
    CHECK(uses_pool(RunModel::ThreadPool));
    CHECK(uses_pool(RunModel::ProcessPool));
    CHECK_FALSE(uses_pool(RunModel::Processes));
    CHECK_FALSE(uses_pool(RunModel::Async));
}

TEST_CASE("lane count per model") {
    struct Row {
        RunModel model;
        int tasks;
        int workers;
        int lanes;
    };
    const Row row = GENERATE(values<Row>({
        {RunModel::Sequential, 8, 4, 1},  {RunModel::Threads, 8, 4, 8},     {RunModel::ThreadPool, 8, 4, 4},
        {RunModel::ThreadPool, 2, 4, 2},  {RunModel::Processes, 8, 4, 8},   {RunModel::ProcessPool, 8, 3, 3},
        {RunModel::ProcessPool, 1, 3, 1}, {RunModel::Async, 8, 4, 1},
    }));
    CHECK(experiment(row.model, row.tasks, row.workers).lane_count() == row.lanes);
}

TEST_CASE("the default experiment is valid and described in one line") {
    const Experiment e = default_experiment();
    CHECK(e.workload.text == "cpu:50ms");
    CHECK(e.tasks == 4);
    CHECK(e.model == RunModel::Threads);
    CHECK(e.workers == 4);
    CHECK(e.gil);
    CHECK(e.switch_interval_ns == 5'000'000);
    CHECK(e.validate().empty());
    CHECK(e.describe() == "cpu:50ms \u00d7 4 tasks \u00b7 threads \u00b7 GIL on (5ms)");

    Experiment pool = experiment(RunModel::ThreadPool, 1, 2);
    pool.gil = false;
    CHECK(pool.describe() == "cpu:50ms \u00d7 1 task \u00b7 thread-pool \u00b7 2 workers \u00b7 GIL off");
}

TEST_CASE("experiments out of bounds are refused with the value and the bound") {
    struct Row {
        RunModel model;
        int tasks;
        int workers;
        std::int64_t interval;
        int crash;
        const char* message_part;
    };
    const Row row = GENERATE(values<Row>({
        {RunModel::Threads, 0, 4, 5'000'000, -1, "tasks 0 is out of range: use 1 to 100000"},
        {RunModel::ThreadPool, 100'001, 4, 5'000'000, -1, "tasks 100001 is out of range: use 1 to 100000"},
        {RunModel::Threads, 4, 0, 5'000'000, -1, "workers 0 is out of range"},
        {RunModel::Sequential, 4, 0, 5'000'000, -1, "workers 0 is out of range"},
        {RunModel::ProcessPool, 4, -2, 5'000'000, -1, "workers -2 is out of range"},
        {RunModel::ThreadPool, 4, 257, 5'000'000, -1, "workers 257 is over the limit of 256"},
        {RunModel::ProcessPool, 4, 65, 5'000'000, -1, "workers 65 is over the limit of 64"},
        {RunModel::Threads, 257, 4, 5'000'000, -1, "tasks 257 is over the limit of 256"},
        {RunModel::Processes, 65, 4, 5'000'000, -1, "tasks 65 is over the limit of 64"},
        {RunModel::Threads, 4, 4, 99'999, -1, "switch interval 99.999us is out of range: use 100us to 100ms"},
        {RunModel::Threads, 4, 4, 100'000'001, -1, "out of range: use 100us to 100ms"},
        {RunModel::Threads, 4, 4, 5'000'000, 4, "crash task 4 does not exist: tasks are numbered 0 to 3"},
        {RunModel::Threads, 4, 4, 5'000'000, -2, "crash task -2 does not exist"},
    }));
    Experiment e = experiment(row.model, row.tasks, row.workers);
    e.switch_interval_ns = row.interval;
    e.crash_task = row.crash;
    const std::string error = e.validate();
    CAPTURE(error);
    CHECK(mentions(error, row.message_part));
}

TEST_CASE("bounds themselves are accepted") {
    struct Row {
        RunModel model;
        int tasks;
        int workers;
        std::int64_t interval;
        int crash;
    };
    const Row row = GENERATE(values<Row>({
        {RunModel::Threads, 256, 1, 100'000, -1},
        {RunModel::ThreadPool, 100'000, 256, 100'000'000, 0},
        {RunModel::Processes, 64, 4, 5'000'000, 63},
        {RunModel::ProcessPool, 1000, 64, 5'000'000, 999},
        {RunModel::Async, 1, 1, 5'000'000, -1},
    }));
    Experiment e = experiment(row.model, row.tasks, row.workers);
    e.switch_interval_ns = row.interval;
    e.crash_task = row.crash;
    CHECK(e.validate() == "");
}

TEST_CASE("an experiment without workload steps is refused") {
    Experiment e = default_experiment();
    e.workload = WorkloadSpec{};
    CHECK(mentions(e.validate(), "no steps"));
}

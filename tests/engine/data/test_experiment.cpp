// Run models, experiment bounds and lane counts.
#include <catch2/catch.hpp>

#include <string>

#include "experiment/experiment.h"

using namespace conclab;

namespace {
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
          Message{MessageCode::RunModelUnknown,
                  {text_arg("'pool'"), text_arg("sequential, threads, thread-pool, processes, process-pool, async")}});
    CHECK(parse_run_model(" ").error().code == MessageCode::RunModelEmpty);
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

TEST_CASE("the default experiment is valid") {
    const Experiment e = default_experiment();
    CHECK(e.workload.text == "cpu:50ms");
    CHECK(e.tasks == 4);
    CHECK(e.model == RunModel::Threads);
    CHECK(e.workers == 4);
    CHECK(e.gil);
    CHECK(e.switch_interval_ns == 5'000'000);
    CHECK_FALSE(e.validate());
}

TEST_CASE("experiments out of bounds are refused with the value and the bound") {
    struct Row {
        RunModel model;
        int tasks;
        int workers;
        std::int64_t interval;
        int crash;
        Message refusal;
    };
    using C = MessageCode;
    const auto n = [](std::int64_t value) { return integer_arg(value); };
    const auto t = [](const char* text) { return text_arg(text); };
    const Row row = GENERATE_COPY(values<Row>({
        {RunModel::Threads, 0, 4, 5'000'000, -1, {C::TasksOutOfRange, {n(0), n(1), n(100'000)}}},
        {RunModel::ThreadPool, 100'001, 4, 5'000'000, -1, {C::TasksOutOfRange, {n(100'001), n(1), n(100'000)}}},
        {RunModel::Threads, 4, 0, 5'000'000, -1, {C::WorkersBelowMinimum, {n(0), n(1)}}},
        {RunModel::Sequential, 4, 0, 5'000'000, -1, {C::WorkersBelowMinimum, {n(0), n(1)}}},
        {RunModel::ProcessPool, 4, -2, 5'000'000, -1, {C::WorkersBelowMinimum, {n(-2), n(1)}}},
        {RunModel::ThreadPool, 4, 257, 5'000'000, -1, {C::WorkersOverThreadLimit, {n(257), n(256)}}},
        {RunModel::ProcessPool, 4, 65, 5'000'000, -1, {C::WorkersOverProcessLimit, {n(65), n(64)}}},
        {RunModel::Threads, 257, 4, 5'000'000, -1, {C::TasksOverThreadLimit, {n(257), n(256)}}},
        {RunModel::Processes, 65, 4, 5'000'000, -1, {C::TasksOverProcessLimit, {n(65), n(64)}}},
        {RunModel::Threads, 4, 4, 99'999, -1, {C::SwitchIntervalOutOfRange, {t("99.999us"), t("100us"), t("100ms")}}},
        {RunModel::Threads, 4, 4, 100'000'001, -1,
         {C::SwitchIntervalOutOfRange, {t("100.000001ms"), t("100us"), t("100ms")}}},
        {RunModel::Threads, 4, 4, 5'000'000, 4, {C::CrashTaskMissing, {n(4), n(3)}}},
        {RunModel::Threads, 4, 4, 5'000'000, -2, {C::CrashTaskMissing, {n(-2), n(3)}}},
    }));
    Experiment e = experiment(row.model, row.tasks, row.workers);
    e.switch_interval_ns = row.interval;
    e.crash_task = row.crash;
    const auto problem = e.validate();
    REQUIRE(problem);
    CHECK(*problem == row.refusal);
    CHECK(has_declared_args(*problem));
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
    CHECK_FALSE(e.validate());
}

TEST_CASE("an experiment without workload steps is refused") {
    Experiment e = default_experiment();
    e.workload = WorkloadSpec{};
    CHECK(e.validate() == Message{MessageCode::WorkloadHasNoSteps, {}});
}

// Every run model does the same work: the same checked result per task, every task exactly once.
#include <catch2/catch.hpp>
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/clock.h"
#include "run_helpers.h"
#include "timeline/lane_names.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

std::map<std::uint32_t, std::int64_t> results_by_task(const RunResult& r) {
    std::map<std::uint32_t, std::int64_t> out;
    for (const TaskRecord& t : r.store().tasks()) {
        REQUIRE(t.finished);
        REQUIRE(t.status == 0);
        out[t.task] = t.result;
    }
    return out;
}

}  // namespace

TEST_CASE("each task's checked result equals the sequential result in every model", "[models]") {
    const std::string workload = GENERATE(as<std::string>{}, "mixed:2ms/1msx2", "file:64KiB", "net:20");
    const auto sequential = results_by_task(run_to_end(make_experiment(workload, 5, RunModel::Sequential)));
    REQUIRE(sequential.size() == 5);
    for (RunModel model : {RunModel::Threads, RunModel::ThreadPool, RunModel::Processes, RunModel::ProcessPool,
                           RunModel::Async}) {
        for (bool gil : {true, false}) {
            INFO(workload << " under " << run_model_name(model) << (gil ? " with" : " without") << " GIL");
            const RunResult r = run_to_end(make_experiment(workload, 5, model, 2, gil));
            CHECK(r.status == RunStatus::Completed);
            CHECK(results_by_task(r) == sequential);
        }
    }
}

TEST_CASE("a pool of N workers keeps N lanes, reuses them, and runs one task at a time on each", "[models][pool]") {
    const auto model = GENERATE(RunModel::ThreadPool, RunModel::ProcessPool);
    const RunResult r = run_to_end(make_experiment("cpu:3ms", 7, model, 3, false));
    REQUIRE(r.status == RunStatus::Completed);
    REQUIRE(r.store().layout().lanes.size() == 3);
    std::map<std::uint32_t, std::vector<TaskRecord>> tasks_per_lane;
    for (const TaskRecord& t : r.store().tasks()) {
        REQUIRE(t.lane < 3);
        tasks_per_lane[t.lane].push_back(t);
    }
    std::size_t most = 0;
    for (auto& [lane, tasks] : tasks_per_lane) {
        most = std::max(most, tasks.size());
        // A worker takes its next task only once it has finished the one before.
        std::sort(tasks.begin(), tasks.end(), [](const TaskRecord& a, const TaskRecord& b) { return a.begin_ns < b.begin_ns; });
        for (std::size_t i = 1; i < tasks.size(); ++i) CHECK(tasks[i - 1].end_ns <= tasks[i].begin_ns);
    }
    CHECK(most >= 2);  // 7 tasks on 3 workers: some worker ran more than one
}

TEST_CASE("stopping a run ends it quickly and keeps what was recorded", "[models][stop]") {
    const auto model = GENERATE(RunModel::Threads, RunModel::Processes, RunModel::Async);
    RunSession session(make_experiment("mixed:20ms/30msx100", 4, model, 4, true));
    session.start();
    const std::int64_t started = now_ns();
    while (session.progress() == 0.0 && now_ns() - started < 100'000'000) {}
    session.request_stop();
    const std::int64_t asked = now_ns();
    REQUIRE(session.wait_for(std::chrono::seconds(5)));
    const std::int64_t took = now_ns() - asked;
    const RunResult r = session.take_result();
    CHECK(r.status == RunStatus::Stopped);
    CHECK(took < 1'000'000'000);  // a generous no-hang bound (engine_benchmark measures the latency)
    std::size_t segments = 0;
    for (std::uint32_t lane = 0; lane < r.store().layout().lanes.size(); ++lane)
        segments += r.store().segments({RowKind::Lane, lane}).size();
    CHECK(segments > 0);
}

TEST_CASE("a crashing worker process fails the run with its name and signal, and the others finish", "[models][crash]") {
    Experiment e = make_experiment("cpu:20ms", 4, RunModel::Processes, 4, true);
    e.crash_task = 2;
    const RunResult r = run_to_end(e);
    CHECK(r.status == RunStatus::Failed);
    REQUIRE(r.detail);
    CHECK(r.detail->code == MessageCode::WorkerKilled);
    // The worker is named as the window names it (Process-3, or প্রসেস-৩ in Bengali): its lane's name.
    const auto& lanes = r.store().layout().lanes;
    const auto third = std::find_if(lanes.begin(), lanes.end(), [](const LaneInfo& l) { return l.name == "Process-3"; });
    REQUIRE(third != lanes.end());
    CHECK(r.detail->args.at(0) == message_arg(lane_name(r.store().layout(), static_cast<std::uint32_t>(third - lanes.begin()))));
    CHECK(r.detail->args.at(2) == text_arg("SIGABRT"));
    int finished = 0;
    for (const TaskRecord& t : r.store().tasks()) finished += t.finished;
    CHECK(finished == 3);
    CHECK(r.store().lane_totals(2).ended);  // the parent closed the dead worker's lane
}

TEST_CASE("out-of-bounds experiments are refused before anything starts", "[models][limits]") {
    const auto refusal = [](const Experiment& x) -> std::optional<Message> {
        try {
            RunSession session(x);
        } catch (const MessageError& error) {
            return error.message();
        }
        return std::nullopt;
    };
    Experiment e = make_experiment("cpu:1ms", 1, RunModel::ThreadPool, 0, true);
    CHECK(refusal(e) == e.validate());
    CHECK(refusal(e) == Message{MessageCode::WorkersBelowMinimum, {integer_arg(0), integer_arg(1)}});
    e = make_experiment("cpu:1ms", 2, RunModel::Threads, 2, true);
    e.crash_task = 1;  // would abort the whole program from a thread
    CHECK(refusal(e) == Message{MessageCode::CrashNeedsProcessModel, {}});
}

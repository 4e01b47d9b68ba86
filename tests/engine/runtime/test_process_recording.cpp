// Events recorded inside worker processes arrive in the parent intact, and what the workers say
// about themselves agrees with what the kernel says about them.
#include <sys/resource.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <set>

#include "run_helpers.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

std::int64_t children_cpu_ns() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    auto ns = [](const timeval& tv) { return static_cast<std::int64_t>(tv.tv_sec) * 1'000'000'000 + tv.tv_usec * 1000; };
    return ns(u.ru_utime) + ns(u.ru_stime);
}

}  // namespace

TEST_CASE("process workers' events arrive intact and their CPU time is what the kernel accounted to them",
          "[process][recording]") {
    const auto model = GENERATE(RunModel::Processes, RunModel::ProcessPool);
    INFO(run_model_name(model));
    const std::int64_t children_before = children_cpu_ns();
    // 6 tasks of 3 × 4 ms of computation, with sleeps between, on 3 processes.
    const RunResult r = run_to_end(make_experiment("mixed:4ms/2msx3", 6, model, 3, true));
    const std::int64_t children_cpu = children_cpu_ns() - children_before;
    REQUIRE(r.status == RunStatus::Completed);
    const TimelineStore& t = r.store();
    // Every task's begin and end crossed from its worker process to the parent.
    REQUIRE(t.tasks().size() == 6);
    for (const TaskRecord& task : t.tasks()) CHECK(task.finished);

    std::set<int> pids;
    std::int64_t lanes_cpu = 0;
    for (std::uint32_t lane = 0; lane < t.layout().lanes.size(); ++lane) {
        const LaneInfo& info = t.layout().lanes[lane];
        INFO(info.name);
        // The pid each worker reported in its LaneBegin: its own, not this process's.
        CHECK(info.pid > 0);
        CHECK(info.pid != getpid());
        pids.insert(info.pid);
        CHECK(t.lane_totals(lane).ended);
        CHECK(t.lane_totals(lane).peak_rss_kib > 0);  // measured inside the worker (getrusage)
        // Starting the process is shown: the lane opens with Overhead from the spawn request.
        const SegmentSeq& segs = t.segments({RowKind::Lane, lane});
        REQUIRE(segs.size() > 0);
        CHECK(segs[0].state() == LaneState::Overhead);
        CHECK(segs[0].start_ns >= t.start_ns());
        lanes_cpu += t.lane_totals(lane).cpu_ns;
    }
    CHECK(pids.size() == t.layout().lanes.size());  // one OS process per lane
    // The CPU time the workers measured on themselves (their main thread, from LaneBegin to
    // LaneEnd) is part of what the kernel accounted to them as processes: never more (1 ms of
    // rounding per worker), and it holds the 72 ms of computation the tasks asked for (at least
    // half of it, whatever the clock speed did since calibration).
    CHECK(lanes_cpu <= children_cpu + 1'000'000 * static_cast<std::int64_t>(pids.size()));
    CHECK(lanes_cpu >= 72'000'000 / 2);
}

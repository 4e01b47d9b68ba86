// Events recorded inside forked worker processes arrive in the parent intact.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <set>

#include "run_helpers.h"

using namespace conclab;
using namespace conclab::testing;

TEST_CASE("process workers' events arrive intact: every task's begin and end, times monotonic per lane",
          "[process][recording]") {
    const auto model = GENERATE(RunModel::Processes, RunModel::ProcessPool);
    const RunResult r = run_to_end(make_experiment("mixed:4ms/2msx3", 6, model, 3, true));
    REQUIRE(r.status == RunStatus::Completed);
    const TimelineStore& t = r.store();
    for (const TaskRecord& task : t.tasks()) {
        CHECK(task.finished);
        CHECK(task.begin_ns >= t.start_ns());
        CHECK(task.begin_ns < task.end_ns);
        CHECK(task.end_ns <= t.end_ns());
    }
    std::set<int> pids;
    for (std::uint32_t lane = 0; lane < t.layout().lanes.size(); ++lane) {
        const LaneInfo& info = t.layout().lanes[lane];
        CHECK(info.pid != 0);
        CHECK(info.pid != getpid());
        pids.insert(info.pid);
        CHECK(t.lane_totals(lane).ended);
        CHECK(t.lane_totals(lane).cpu_ns > 0);
        const SegmentSeq& segs = t.segments({RowKind::Lane, lane});
        REQUIRE(segs.size() > 0);
        for (std::size_t i = 0; i < segs.size(); ++i) {
            CHECK(segs[i].start_ns < segs[i].end_ns);
            if (i > 0) CHECK(segs[i - 1].end_ns <= segs[i].start_ns);
        }
    }
    CHECK(pids.size() == t.layout().lanes.size());  // one OS process per lane
    CHECK(r.metrics.peak_rss_kib > 0);
}

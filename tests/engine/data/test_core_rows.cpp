// Core rows are the CPUs a run could use, named by their logical CPU id: under taskset -c 2,3 the
// rows are CPU 2 and CPU 3, and a worker that ran on CPU 3 lands on the second row.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "event_builders.h"
#include "export/trace_writer.h"
#include "timeline/shared_timeline.h"
#include "mini_json.h"
#include "run/run_layout_builder.h"
#include "timeline/timeline_store.h"

using namespace conclab;
using namespace conclab::test;

namespace {


RunLayout taskset_2_3_layout() {
    RunLayout layout = thread_layout(2, 2);
    layout.cpu_ids = {2, 3};
    return layout;
}

}  // namespace

TEST_CASE("a layout maps CPU ids to core rows and back") {
    const RunLayout layout = taskset_2_3_layout();
    CHECK(layout.core_row_count() == 2);
    CHECK(layout.core_row_cpu(0) == 2);
    CHECK(layout.core_row_cpu(1) == 3);
    CHECK(layout.core_row_of(2) == 0u);
    CHECK(layout.core_row_of(3) == 1u);
    CHECK_FALSE(layout.core_row_of(0));  // a CPU the run could not use has no row
    CHECK_FALSE(layout.core_row_of(kNoCore));

    // A layout made by hand without ids: rows 0 .. cores-1 are CPUs 0 .. cores-1.
    const RunLayout plain = thread_layout(1, 4);
    CHECK(plain.core_row_count() == 4);
    CHECK(plain.core_row_cpu(3) == 3);
    CHECK(plain.core_row_of(3) == 3u);
    CHECK_FALSE(plain.core_row_of(4));
}

TEST_CASE("Running segments land on the row of the CPU they ran on, keeping the CPU id") {
    TimelineStore store(taskset_2_3_layout());
    const std::vector<Event> events{running(0, 0, 3), running(0, 1, 2), state_event(100, 0, LaneState::Idle),
                                    running(120, 1, 5)};  // CPU 5: not one of the run's CPUs
    store.append(events);
    store.finish(200);
    const SegmentSeq& cpu2 = store.segments(core_row(0));
    const SegmentSeq& cpu3 = store.segments(core_row(1));
    REQUIRE(cpu2.size() == 1);
    REQUIRE(cpu3.size() == 1);
    CHECK(cpu2[0].lane == 1);
    CHECK(cpu2[0].core == 2);
    CHECK(cpu3[0].lane == 0);
    CHECK(cpu3[0].core == 3);
    CHECK(cpu3[0].end_ns == 100);
    // The lane keeps its segment on CPU 5 (what happened), but no core row shows it.
    CHECK(store.segments(RowRef{RowKind::Lane, 1}).size() == 2);
    CHECK(store.segments(core_row(2)).empty());
}

TEST_CASE("a live core row shows the worker running on that CPU now") {
    TimelineStore store(taskset_2_3_layout());
    const std::vector<Event> events{running(10, 0, 3)};
    store.append(events);
    CHECK_FALSE(store.open_segment(core_row(0)));
    const auto open = store.open_segment(core_row(1));
    REQUIRE(open);
    CHECK(open->lane == 0);
    CHECK(open->core == 3);
}

TEST_CASE("the trace names each core track by its CPU id") {
    RunResult run;
    run.experiment = default_experiment();
    run.timeline = std::make_shared<SharedTimeline>(taskset_2_3_layout());
    const std::vector<Event> events{running(0, 0, 3), state_event(100, 0, LaneState::Idle)};
    run.timeline->append(events);
    run.timeline->finish(200);
    std::ostringstream out;
    write_trace_json(out, {&run});
    const std::string text = out.str();
    JsonParser parser(text);
    const auto doc = parser.parse();
    REQUIRE(doc);
    std::set<std::string> names;
    int cpu3_tid = -1;
    for (const JsonValue& e : (*doc)["traceEvents"].array) {
        if (e["ph"].string == "M" && e["name"].string == "thread_name") {
            names.insert(e["args"]["name"].string);
            if (e["args"]["name"].string == "CPU 3") cpu3_tid = static_cast<int>(e["tid"].number);
        }
    }
    CHECK(names.count("CPU 2") == 1);
    CHECK(names.count("CPU 3") == 1);
    CHECK(names.count("CPU 0") == 0);
    // The slice of the worker that ran on CPU 3 is on CPU 3's track.
    int slices_on_cpu3 = 0;
    for (const JsonValue& e : (*doc)["traceEvents"].array)
        if (e["ph"].string == "X" && e["pid"].number == 1999 && static_cast<int>(e["tid"].number) == cpu3_tid) ++slices_on_cpu3;
    CHECK(slices_on_cpu3 == 1);
}

TEST_CASE("a run's layout carries the usable CPUs: their count and their ids as rows") {
    UsableCpus cpus;
    cpus.cpu_ids = {2, 3, 6};
    cpus.count = 2;  // e.g. a quota of 1.5 CPUs: threads still move over all three
    const RunLayout layout = build_run_layout(default_experiment(), cpus);
    CHECK(layout.cores == 2);
    CHECK(layout.cpu_ids == std::vector<std::uint16_t>{2, 3, 6});
    CHECK(layout.core_row_count() == 3);
}

TEST_CASE("the main thread's lane and the parent process are named as the workers are, in the reader's language") {
    UsableCpus cpus;
    cpus.cpu_ids = {0, 1};
    cpus.count = 2;
    for (const RunModel model : {RunModel::Threads, RunModel::Processes}) {
        CAPTURE(static_cast<int>(model));
        Experiment e = default_experiment();
        e.model = model;
        e.main_thread_lane = true;
        const RunLayout layout = build_run_layout(e, cpus);
        REQUIRE_FALSE(layout.lanes.empty());
        const LaneInfo& main = layout.lanes.back();
        CHECK(main.kind == LaneKind::MainThread);
        // A name kind, not only the English text: the UI words it (মেইন থ্রেড in Bengali).
        CHECK(main.name_kind == NameKind::MainThread);
        if (model == RunModel::Processes) CHECK(layout.groups[main.group].name_kind == NameKind::MainProcess);
    }
}

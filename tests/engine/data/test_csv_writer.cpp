// The comparison table as CSV: a fixed header, one line per row, RFC 4180 quoting, '.' decimals.
#include <catch2/catch.hpp>

#include <locale>
#include <sstream>

#include "export/csv_writer.h"

using namespace conclab;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

ComparisonRow sample_row() {
    Experiment e = default_experiment();
    e.model = RunModel::ThreadPool;
    e.workers = 3;
    e.switch_interval_ns = 100'000;
    ComparisonRow r = simulated_row(e, RunStatus::Completed, {});
    r.metrics.wall_ns = 201'500'000;
    r.metrics.cpu_ns = 400'000'000;
    r.metrics.gil_wait_ns = 1;
    r.metrics.busy_ns = 4;
    r.metrics.handoffs = 12;
    r.metrics.voluntary_cs = 30;
    r.metrics.involuntary_cs = 1234567;
    r.metrics.peak_rss_kib = 3 * 1024 + 512;
    r.speedup = 0.995;
    r.efficiency = 1.0 / 3.0;
    return r;
}

// A locale that writes numbers the German way (1.234.567,5): the file must not follow it.
struct GermanPunct : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

}  // namespace

TEST_CASE("the CSV has the documented header and one line per row") {
    const std::string header =
        "model,gil,workers,tasks,workload,switch_interval_ms,status,wall_ms,cpu_ms,speedup,efficiency,"
        "gil_wait_share,gil_handoffs,voluntary_cs,involuntary_cs,peak_rss_mib,source,command,"
        "other_programs_share,unexplained_ready_share,machine_busy,events_dropped";
    std::ostringstream out;
    out.imbue(std::locale(std::locale::classic(), new GermanPunct));
    ComparisonRow sequential = sample_row();
    sequential.experiment->model = RunModel::Sequential;
    sequential.speedup.reset();
    sequential.efficiency.reset();
    sequential.status = RunStatus::Stopped;
    sequential.experiment->gil = false;
    write_comparison_csv(out, {sample_row(), sequential});

    const auto lines = lines_of(out.str());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == header);
    CHECK(comparison_csv_header().size() == 22);
    CHECK(lines[1] ==
          "thread-pool,on,3,4,cpu:50ms,0.1,completed,201.500,400.000,0.995,0.333,0.2500,12,30,1234567,3.50,simulated,,,0.0000,no,0");
    // Missing speedup and efficiency are empty cells; workers only make sense for pools.
    CHECK(lines[2] == "sequential,off,,4,cpu:50ms,0.1,stopped,201.500,400.000,,,0.2500,12,30,1234567,3.50,simulated,,,0.0000,no,0");
}

TEST_CASE("an observed program's row leaves the settings empty and names its command") {
    ComparisonRow r = sample_row();
    r.experiment.reset();
    r.source = SourceKind::Observed;
    r.command = {"python3", "cpu_bound.py", "--model", "threads"};
    std::ostringstream out;
    write_comparison_csv(out, {r});
    const auto lines = lines_of(out.str());
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == ",,,,,,completed,201.500,400.000,0.995,0.333,0.2500,12,30,1234567,3.50,observed,"
                      "python3 cpu_bound.py --model threads,,0.0000,no,0");
}

TEST_CASE("a run on a busy machine says so in its row, with the share other programs took") {
    ComparisonRow r = sample_row();
    r.metrics.machine.measured = true;
    r.metrics.machine.capacity_ns = 1'000'000'000;
    r.metrics.machine.other_cpu_ns = 400'000'000;  // 40% of the CPUs went to other programs
    r.metrics.events_dropped = 7;
    REQUIRE(r.metrics.machine_busy());
    std::ostringstream out;
    write_comparison_csv(out, {r});
    const auto lines = lines_of(out.str());
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].ends_with(",simulated,,0.4000,0.0000,yes,7"));
}

TEST_CASE("cells with commas, quotes or line breaks are quoted as RFC 4180 says") {
    ComparisonRow r = sample_row();
    r.experiment->workload.text = GENERATE(as<std::string>{}, "a,b", "say \"hi\"", "two\nlines");
    std::ostringstream out;
    write_comparison_csv(out, {r});
    std::string quoted = "\"";
    for (char c : r.experiment->workload.text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += "\"";
    CHECK(out.str().find("," + quoted + ",") != std::string::npos);
}

TEST_CASE("an empty comparison is just the header") {
    std::ostringstream out;
    write_comparison_csv(out, {});
    CHECK(lines_of(out.str()).size() == 1);
}

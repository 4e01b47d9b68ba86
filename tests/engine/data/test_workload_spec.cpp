// The workload grammar: what a task does, as the user types it.
#include <catch2/catch.hpp>

#include <string>

#include "workload/workload_spec.h"

using namespace conclab;

namespace {
bool mentions(const std::string& message, const std::string& part) { return message.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("each workload kind parses into its steps and a canonical text") {
    struct Row {
        const char* text;
        WorkloadKind kind;
        StepKind step;
        std::int64_t amount;
        const char* canonical;
        bool cpu;
        bool io;
    };
    const Row row = GENERATE(values<Row>({
        {"cpu:50ms", WorkloadKind::Cpu, StepKind::Cpu, 50'000'000, "cpu:50ms", true, false},
        {"cpu:0.05s", WorkloadKind::Cpu, StepKind::Cpu, 50'000'000, "cpu:50ms", true, false},
        {" CPU : 1.5s ", WorkloadKind::Cpu, StepKind::Cpu, 1'500'000'000, "cpu:1.5s", true, false},
        {"io:200ms", WorkloadKind::Io, StepKind::Sleep, 200'000'000, "io:200ms", false, true},
        {"file:4MiB", WorkloadKind::File, StepKind::FileBytes, 4 << 20, "file:4MiB", false, true},
        {"file:4096KiB", WorkloadKind::File, StepKind::FileBytes, 4 << 20, "file:4MiB", false, true},
        {"file:4000000", WorkloadKind::File, StepKind::FileBytes, 4'000'000, "file:4MB", false, true},
        {"file:100", WorkloadKind::File, StepKind::FileBytes, 100, "file:100B", false, true},
        {"file:50ms", WorkloadKind::File, StepKind::FileDuration, 50'000'000, "file:50ms", false, true},
        {"net:100", WorkloadKind::Net, StepKind::Net, 100, "net:100", false, true},
        {"net:100@0ms", WorkloadKind::Net, StepKind::Net, 100, "net:100", false, true},
        {"cpu:10m", WorkloadKind::Cpu, StepKind::Cpu, 600'000'000'000, "cpu:600s", true, false},
    }));
    CAPTURE(row.text);
    const auto r = parse_workload(row.text);
    REQUIRE(r);
    const WorkloadSpec& spec = r.value();
    CHECK(spec.kind == row.kind);
    REQUIRE(spec.steps.size() == 1);
    CHECK(spec.steps[0] == WorkloadStep{row.step, row.amount});
    CHECK(spec.text == row.canonical);
    CHECK(spec.has_cpu() == row.cpu);
    CHECK(spec.has_io() == row.io);
    // The canonical text is itself valid input for the same workload.
    const auto again = parse_workload(spec.text);
    REQUIRE(again);
    CHECK(again.value() == spec);
}

TEST_CASE("a mixed workload alternates computation and sleep N times") {
    const auto r = parse_workload("mixed:10ms/20msx5");
    REQUIRE(r);
    const WorkloadSpec& spec = r.value();
    CHECK(spec.kind == WorkloadKind::Mixed);
    REQUIRE(spec.steps.size() == 10);
    for (std::size_t i = 0; i < spec.steps.size(); i += 2) {
        CHECK(spec.steps[i] == WorkloadStep{StepKind::Cpu, 10'000'000});
        CHECK(spec.steps[i + 1] == WorkloadStep{StepKind::Sleep, 20'000'000});
    }
    CHECK(spec.text == "mixed:10ms/20msx5");
    CHECK(spec.has_cpu());
    CHECK(spec.has_io());
    CHECK(parse_workload(spec.text).value() == spec);
    // Without a repeat count it runs once.
    CHECK(parse_workload("mixed:1ms/2ms").value().text == "mixed:1ms/2msx1");
}

TEST_CASE("bad workloads are refused with the value, the reason and any bound") {
    struct Row {
        const char* text;
        const char* message_part;
    };
    const Row row = GENERATE(values<Row>({
        {"cpu:-5ms", "duration '-5ms' is negative"},
        {"cpu:0ms", "is zero"},
        {"io:0s", "is zero"},
        {"cpu:11m", "over the limit of 600s"},
        {"cpu:abc", "cannot read duration 'abc'"},
        {"cpu:50", "has no unit"},
        {"cpu:", "duration is empty"},
        {"gpu:5ms", "unknown workload kind 'gpu' in 'gpu:5ms': valid kinds are cpu, io, file, net, mixed"},
        {"50ms", "cannot read workload '50ms'"},
        {"", "workload is empty"},
        {"file:2GiB", "over the limit of 1GiB"},
        {"file:0", "is zero"},
        {"file:lots", "cannot read file amount 'lots'"},
        {"file:11m", "over the limit of 600s"},
        {"net:0", "is zero"},
        {"net:-1", "count '-1' is negative"},
        {"net:10000001", "over the limit of 10000000"},
        {"net:1.5", "cannot read count '1.5'"},
        {"net:20@", "duration is empty"},
        {"net:20@-1ms", "negative"},
        {"net:20@fast", "cannot read duration 'fast'"},
        {"net:20@11s", "over the limit of 10s"},
        {"net:@5ms", "round trips in 'net:@5ms'"},
        {"mixed:10ms", "expected mixed:<cpu time>/<sleep time>x<repeats>"},
        {"mixed:10ms/20msx0", "is zero"},
        {"mixed:10ms/20msx10001", "over the limit of 10000"},
        {"mixed:10ms/20msxy", "cannot read repeats 'y'"},
        {"mixed:-1ms/20msx2", "negative"},
        {"mixed:1ms/0msx2", "is zero"},
        // Numbers beyond 64 bits name the workload's bound, not an overflow (found by the CLI tests).
        {"cpu:99999999999999999999ms", "over the limit of 600s"},
        {"io:99999999999999999999s", "over the limit of 600s"},
        {"file:99999999999999999999GiB", "over the limit of 1GiB"},
        {"file:99999999999999999999ms", "over the limit of 600s"},
        {"net:99999999999999999999", "over the limit of 10000000"},
        {"net:1@99999999999999999999s", "over the limit of 10s"},
        {"mixed:1ms/1msx99999999999999999999", "over the limit of 10000"},
        {"mixed:99999999999999999999ms/1ms", "over the limit of 600s"},
        {"cpu:5\x01ms", "'5\\x01ms'"},
    }));
    CAPTURE(row.text);
    const auto r = parse_workload(row.text);
    REQUIRE_FALSE(r);
    CAPTURE(r.error());
    CHECK(mentions(r.error(), row.message_part));
    CHECK(r.error().find('\n') == std::string::npos);
}

TEST_CASE("a network workload can name how long the server takes to answer each request") {
    const auto r = parse_workload("net:20@5ms");
    REQUIRE(r);
    REQUIRE(r.value().steps.size() == 1);
    const WorkloadStep& step = r.value().steps[0];
    CHECK(step.kind == StepKind::Net);
    CHECK(step.amount == 20);
    CHECK(step.server_ns == 5'000'000);
    CHECK(r.value().text == "net:20@5ms");
    const auto again = parse_workload(r.value().text);
    REQUIRE(again);
    CHECK(again.value() == r.value());
    CHECK_FALSE(parse_workload("net:20@6ms").value() == r.value());
}

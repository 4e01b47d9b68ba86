// The workload grammar: what a task does, as the user types it.
#include <catch2/catch.hpp>

#include <string>

#include "workload/workload_spec.h"

using namespace conclab;

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
    using C = MessageCode;
    const auto q = [](const char* text) { return text_arg(std::string("'") + text + "'"); };
    const auto t = [](const char* text) { return text_arg(text); };
    const auto because = [](Message m) { return message_arg(std::move(m)); };
    const MessageArg kinds = t("cpu, io, file, net, mixed, numbers, square, counter");
    const MessageArg ten_minutes = integer_arg(10);
    struct Row {
        const char* text;
        Message refusal;
    };
    const Row row = GENERATE_COPY(values<Row>({
        {"cpu:-5ms", {C::DurationNegative, {q("-5ms")}}},
        {"cpu:0ms", {C::CpuTimeZero, {q("cpu:0ms")}}},
        {"io:0s", {C::SleepTimeZero, {q("io:0s")}}},
        {"file:0s", {C::FileTimeZero, {q("file:0s")}}},
        {"cpu:11m", {C::CpuTimeOverLimit, {q("11m"), q("cpu:11m"), t("600s"), ten_minutes}}},
        {"cpu:abc", {C::DurationUnreadable, {q("abc")}}},
        {"cpu:50", {C::DurationNoUnit, {q("50"), t("50")}}},
        {"cpu:", {C::DurationEmpty, {}}},
        {"gpu:5ms", {C::WorkloadUnknownKind, {q("gpu"), q("gpu:5ms"), kinds}}},
        {"50ms", {C::WorkloadUnreadable, {q("50ms"), kinds}}},
        {"", {C::WorkloadEmpty, {kinds}}},
        {"file:2GiB", {C::FileSizeOverLimit, {q("2GiB"), q("file:2GiB"), t("1GiB")}}},
        {"file:0", {C::FileSizeZero, {q("file:0")}}},
        {"file:lots", {C::FileAmountUnreadable, {q("lots"), q("file:lots")}}},
        {"file:11m", {C::FileTimeOverLimit, {q("11m"), q("file:11m"), t("600s"), ten_minutes}}},
        {"net:0", {C::RoundTripsZero, {q("net:0")}}},
        {"net:-1", {C::RoundTripsInvalid, {because({C::CountNegative, {q("-1")}}), q("net:-1")}}},
        {"net:10000001", {C::RoundTripsOverLimit, {q("10000001"), q("net:10000001"), integer_arg(10'000'000)}}},
        {"net:1.5", {C::RoundTripsInvalid, {because({C::CountUnreadable, {q("1.5")}}), q("net:1.5")}}},
        {"net:20@", {C::ServerTimeInvalid, {because({C::DurationEmpty, {}}), q("net:20@")}}},
        {"net:20@-1ms", {C::ServerTimeInvalid, {because({C::DurationNegative, {q("-1ms")}}), q("net:20@-1ms")}}},
        {"net:20@fast", {C::ServerTimeInvalid, {because({C::DurationUnreadable, {q("fast")}}), q("net:20@fast")}}},
        {"net:20@11s", {C::ServerTimeOverLimit, {q("11s"), q("net:20@11s"), t("10s")}}},
        {"net:@5ms", {C::RoundTripsInvalid, {because({C::CountEmpty, {}}), q("net:@5ms")}}},
        {"mixed:10ms", {C::MixedUnreadable, {q("mixed:10ms")}}},
        {"mixed:10ms/20msx0", {C::RepeatsZero, {q("mixed:10ms/20msx0")}}},
        {"mixed:10ms/20msx10001",
         {C::RepeatsOverLimit, {q("10001"), q("mixed:10ms/20msx10001"), integer_arg(10'000)}}},
        {"mixed:10ms/20msxy", {C::RepeatsUnreadable, {q("y"), q("mixed:10ms/20msxy")}}},
        {"mixed:-1ms/20msx2", {C::DurationNegative, {q("-1ms")}}},
        {"mixed:1ms/0msx2", {C::SleepTimeZero, {q("mixed:1ms/0msx2")}}},
        // Numbers beyond 64 bits name the workload's bound, not an overflow (found by the CLI tests).
        {"cpu:99999999999999999999ms",
         {C::CpuTimeOverLimit, {q("99999999999999999999ms"), q("cpu:99999999999999999999ms"), t("600s"), ten_minutes}}},
        {"io:99999999999999999999s",
         {C::SleepTimeOverLimit, {q("99999999999999999999s"), q("io:99999999999999999999s"), t("600s"), ten_minutes}}},
        {"file:99999999999999999999GiB",
         {C::FileSizeOverLimit, {q("99999999999999999999GiB"), q("file:99999999999999999999GiB"), t("1GiB")}}},
        {"file:99999999999999999999ms",
         {C::FileTimeOverLimit,
          {q("99999999999999999999ms"), q("file:99999999999999999999ms"), t("600s"), ten_minutes}}},
        {"net:99999999999999999999",
         {C::RoundTripsOverLimit, {q("99999999999999999999"), q("net:99999999999999999999"), integer_arg(10'000'000)}}},
        {"net:1@99999999999999999999s",
         {C::ServerTimeOverLimit, {q("99999999999999999999s"), q("net:1@99999999999999999999s"), t("10s")}}},
        {"mixed:1ms/1msx99999999999999999999",
         {C::RepeatsOverLimit,
          {q("99999999999999999999"), q("mixed:1ms/1msx99999999999999999999"), integer_arg(10'000)}}},
        {"mixed:99999999999999999999ms/1ms",
         {C::CpuTimeOverLimit,
          {q("99999999999999999999ms"), q("mixed:99999999999999999999ms/1ms"), t("600s"), ten_minutes}}},
        {"cpu:5\x01ms", {C::DurationUnknownUnit, {q("5\\x01ms"), q("\\x01ms")}}},
    }));
    CAPTURE(row.text);
    const auto r = parse_workload(row.text);
    REQUIRE_FALSE(r);
    CHECK(r.error() == row.refusal);
    CHECK(has_declared_args(r.error()));
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

TEST_CASE("the lessons' workloads: printing numbers, squares, the shared counter and alternating parts") {
    const auto numbers = parse_workload("numbers:1sx3");
    REQUIRE(numbers);
    CHECK(numbers.value().kind == WorkloadKind::Numbers);
    REQUIRE(numbers.value().steps.size() == 6);  // sleep, print, three times
    CHECK(numbers.value().steps[1] == WorkloadStep{StepKind::PrintNumber, 0});
    CHECK(numbers.value().steps[5] == WorkloadStep{StepKind::PrintNumber, 2});
    CHECK(numbers.value().has_io());
    CHECK_FALSE(numbers.value().has_cpu());

    const auto counter = parse_workload("counter:1000/LOCK");
    REQUIRE(counter);
    CHECK(counter.value().text == "counter:1000/lock");
    CHECK(counter.value().steps[0] == WorkloadStep{StepKind::CounterAddLocked, 1000});
    CHECK(counter.value().has_counter());
    CHECK_FALSE(parse_workload("counter:0"));
    CHECK_FALSE(parse_workload("counter:10/mutex"));
    CHECK_FALSE(parse_workload("counter:1000000000"));

    const auto turns = parse_workload("net:20@1ms | cpu:2s");
    REQUIRE(turns);
    CHECK(turns.value().kind == WorkloadKind::Alternating);
    CHECK(turns.value().text == "net:20@1ms|cpu:2s");
    CHECK(turns.value().steps_for(0)[0].kind == StepKind::Net);
    CHECK(turns.value().steps_for(1)[0].kind == StepKind::Cpu);
    CHECK(turns.value().steps_for(2)[0].kind == StepKind::Net);
    CHECK(parse_workload(turns.value().text).value() == turns.value());
    CHECK_FALSE(parse_workload("cpu:1s|"));
    CHECK_FALSE(parse_workload("cpu:1s|io:1s|io:1s|io:1s|io:1s"));
}

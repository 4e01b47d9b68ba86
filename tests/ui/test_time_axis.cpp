// Axis ticks: nice steps, readable units, labels that never touch.
#include <catch2/catch.hpp>

#include "ui/text/display_format.h"
#include "ui/experiment/switch_interval_scale.h"
#include "ui/timeline/time_axis.h"
#include "ui_test_support.h"

using namespace conclab::ui;

TEST_CASE("nice tick steps", "[axis]") {
    auto [ns_per_px, spacing, step] = GENERATE(table<double, int, std::int64_t>({
        {1000.0, 100, 100'000},        // 100 µs
        {1000.0, 120, 200'000},        // 120 µs -> 200 µs
        {1e6, 90, 100'000'000},        // 90 ms -> 100 ms
        {1e6, 260, 500'000'000},       // 260 ms -> 500 ms
        {1e7, 150, 2'000'000'000},     // 1.5 s -> 2 s
        {0.5, 10, 5},                  // 5 ns
    }));
    CHECK(nice_step_ns(ns_per_px, spacing) == step);
}

TEST_CASE("axis ticks are relative to the run start and evenly spaced", "[axis]") {
    const std::int64_t start = 7'000'000'000;
    const TimeView view{start + 30'000'000, start + 130'000'000, 1000};  // 30..130 ms over 1000 px
    const auto ticks = axis_ticks(view, start, 90);  // >= 9 ms apart -> 10 ms steps
    REQUIRE(ticks.size() == 11);
    CHECK(ticks.front().label == QStringLiteral("30 ms"));
    CHECK(ticks.back().label == QStringLiteral("130 ms"));
    CHECK(ticks[1].x - ticks[0].x == Approx(100.0));
}

TEST_CASE("durations read in sensible units", "[format]") {
    auto [ns, text] = GENERATE(table<std::int64_t, const char*>({
        {0, "0 ns"},
        {850, "850 ns"},
        {850'000, "850 \xC2\xB5s"},
        {12'500'000, "12.5 ms"},
        {1'250'000'000, "1.25 s"},
        {812'000'000, "812 ms"},
    }));
    CHECK(format_duration(ns) == QString::fromUtf8(text));
}

TEST_CASE("axis labels carry the decimals the step needs", "[format]") {
    CHECK(format_axis_time(250'000'000, 50'000'000) == QStringLiteral("250 ms"));
    CHECK(format_axis_time(1'500'000'000, 500'000'000) == QStringLiteral("1.5 s"));
    CHECK(format_axis_time(1'000'000, 200'000) == QStringLiteral("1.0 ms"));
}

TEST_CASE("switch interval slider is logarithmic from 0.1 ms to 100 ms", "[panel]") {
    CHECK(switch_interval_for_position(0) == 100'000);
    CHECK(switch_interval_for_position(kSwitchIntervalSteps) == 100'000'000);
    CHECK(switch_interval_for_position(kSwitchIntervalSteps / 3) == 1'000'000);
    CHECK(switch_interval_for_position(position_for_switch_interval(5'000'000)) == 5'000'000);
    for (int p = 0; p <= kSwitchIntervalSteps; p += 7)
        CHECK(position_for_switch_interval(switch_interval_for_position(p)) == Approx(p).margin(1));
    CHECK(format_switch_interval(5'000'000) == QStringLiteral("5 ms"));
    CHECK(format_switch_interval(100'000) == QStringLiteral("0.1 ms"));
    CHECK(format_switch_interval(2'500'000) == QStringLiteral("2.5 ms"));
    REQUIRE_NO_QT_WARNINGS();
}

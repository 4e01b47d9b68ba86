// The switch interval slider stays movable while a run goes, and the run takes the new interval:
// the lesson's "move the slider during the run" (sys.setswitchinterval() in a running program).
#include <QSlider>
#include <QSpinBox>
#include <catch2/catch.hpp>

#include "../support/experiments.h"
#include "timeline/timeline_store.h"
#include "ui/comparison/comparison_model.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/run/run_controller.h"
#include "ui/window/main_window.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::wait_until;
using conclab::testing::make_experiment;

TEST_CASE("moving the switch interval during a run changes the run's interval and is recorded", "[window][gil]") {
    MainWindow window;
    Experiment e = make_experiment("cpu:300ms", 2, RunModel::Threads, 2, true);
    e.switch_interval_ns = 5'000'000;
    window.panel()->setExperiment(e);
    window.runExperiment();
    REQUIRE(window.controller()->isRunning());
    // Every other setting waits for the end of the run; the interval does not.
    auto* slider = window.panel()->findChild<QSlider*>();
    REQUIRE(slider != nullptr);
    CHECK(slider->isEnabled());
    CHECK_FALSE(window.panel()->findChild<QSpinBox*>()->isEnabled());
    slider->setValue(slider->minimum());  // 0.1 ms
    constexpr int kNoHangMs = 60'000;  // a generous "no hang" bound, not a timing
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, kNoHangMs));
    const auto result = window.comparison()->result(0);
    REQUIRE(result);
    const auto& changes = result->store().switch_interval_changes();
    REQUIRE_FALSE(changes.empty());
    CHECK(changes.back().interval_ns == kMinSwitchIntervalNs);
    CHECK(changes.back().t_ns > result->store().start_ns());
    CHECK(window.panel()->findChild<QSpinBox*>()->isEnabled());  // the run ended: all settings again
    REQUIRE_NO_QT_WARNINGS();
}

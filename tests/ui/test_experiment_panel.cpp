// The experiment panel holds exactly one Experiment; settings remember it.
#include <QLineEdit>
#include <QSettings>
#include <catch2/catch.hpp>

#include "ui/experiment/experiment_panel.h"
#include "ui/experiment/experiment_settings.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;

namespace {
Experiment sample() {
    Experiment e = default_experiment();
    e.workload = parse_workload("io:120ms").value();
    e.tasks = 16;
    e.model = RunModel::ThreadPool;
    e.workers = 8;
    e.gil = false;
    e.switch_interval_ns = 2'500'000;
    return e;
}
}  // namespace

TEST_CASE("the panel shows and returns one experiment", "[panel]") {
    ExperimentPanel panel;
    CHECK(panel.problem().isEmpty());
    const Experiment e = sample();
    panel.setExperiment(e);
    CHECK(panel.experiment() == e);
    CHECK(panel.problem().isEmpty());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the panel says what is wrong with a workload size", "[panel]") {
    ExperimentPanel panel;
    panel.setExperiment(sample());
    int changes = 0;
    QObject::connect(&panel, &ExperimentPanel::experimentChanged, [&] { ++changes; });
    auto* size = panel.findChild<QLineEdit*>();
    REQUIRE(size != nullptr);
    size->setText(QStringLiteral("twelve"));
    CHECK_FALSE(panel.problem().isEmpty());
    CHECK(panel.experiment().workload.text == "io:120ms");  // the last valid one is kept
    size->setText(QStringLiteral("30ms"));
    CHECK(panel.problem().isEmpty());
    CHECK(panel.experiment().workload.text == parse_workload("io:30ms").value().text);
    CHECK(changes >= 2);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the last experiment is remembered in QSettings", "[panel][settings]") {
    QSettings settings;
    settings.clear();
    save_experiment(settings, sample());
    CHECK(load_experiment(settings, default_experiment()).experiment == sample());
    CHECK(load_experiment(settings, default_experiment()).problems.isEmpty());
    settings.setValue(QStringLiteral("experiment/tasks"), -3);  // a broken value falls back, the others stay
    Experiment expected = sample();
    expected.tasks = default_experiment().tasks;
    CHECK(load_experiment(settings, default_experiment()).experiment == expected);
    settings.clear();
    REQUIRE_NO_QT_WARNINGS();
}

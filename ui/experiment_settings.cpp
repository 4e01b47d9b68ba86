#include "ui/experiment_settings.h"

namespace conclab::ui {

void save_experiment(QSettings& s, const Experiment& e) {
    s.setValue(QStringLiteral("experiment/workload"), QString::fromStdString(e.workload.text));
    s.setValue(QStringLiteral("experiment/tasks"), e.tasks);
    s.setValue(QStringLiteral("experiment/model"), QString::fromUtf8(run_model_name(e.model).data(),
                                                                      static_cast<qsizetype>(run_model_name(e.model).size())));
    s.setValue(QStringLiteral("experiment/workers"), e.workers);
    s.setValue(QStringLiteral("experiment/gil"), e.gil);
    s.setValue(QStringLiteral("experiment/switch_interval_ns"), QVariant::fromValue<qlonglong>(e.switch_interval_ns));
}

Experiment load_experiment(const QSettings& s, const Experiment& fallback) {
    Experiment e = fallback;
    if (auto w = parse_workload(s.value(QStringLiteral("experiment/workload")).toString().toStdString())) e.workload = w.value();
    e.tasks = s.value(QStringLiteral("experiment/tasks"), e.tasks).toInt();
    if (auto m = parse_run_model(s.value(QStringLiteral("experiment/model")).toString().toStdString())) e.model = m.value();
    e.workers = s.value(QStringLiteral("experiment/workers"), e.workers).toInt();
    e.gil = s.value(QStringLiteral("experiment/gil"), e.gil).toBool();
    e.switch_interval_ns = s.value(QStringLiteral("experiment/switch_interval_ns"), QVariant::fromValue<qlonglong>(e.switch_interval_ns)).toLongLong();
    return e.validate().empty() ? e : fallback;
}

}  // namespace conclab::ui

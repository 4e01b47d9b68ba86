#pragma once
// The last experiment, remembered in QSettings (the same text the command line accepts).
#include <QSettings>

#include "run/experiment.h"

namespace conclab::ui {

void save_experiment(QSettings& settings, const Experiment& e);
// The saved experiment, or `fallback` for anything missing or no longer valid.
Experiment load_experiment(const QSettings& settings, const Experiment& fallback);

}  // namespace conclab::ui

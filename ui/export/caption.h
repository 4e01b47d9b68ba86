#pragma once
// The caption under which a picture leaves the program: what was run, how, on what machine, when.
#include <QDateTime>
#include <QString>

#include "metrics/run_metrics.h"
#include "experiment/experiment.h"
#include "run/run_result.h"

namespace conclab::ui {

QString caption_text(const Experiment& e, int machine_cores, const QDateTime& when,
                     RunStatus status = RunStatus::Completed);
// The same for any run: an experiment's settings, or the program that was observed.
QString caption_text(const RunDescription& what, int machine_cores, const QDateTime& when,
                     RunStatus status = RunStatus::Completed);

}  // namespace conclab::ui

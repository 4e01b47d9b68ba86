#pragma once
// An experiment in one line, for status texts and the command line's summary, composed from its
// fields in the reader's language: "cpu:50ms × 4 tasks · thread pool · 2 workers · GIL on (5 ms)".
#include <QString>

#include "experiment/experiment.h"

namespace conclab::ui {

QString experiment_summary(const Experiment& e);

}  // namespace conclab::ui

#pragma once
// Names and groups the lanes of an experiment the way Python would name its threads/processes.
#include "experiment/experiment.h"
#include "timeline/run_layout.h"

namespace conclab {

RunLayout build_run_layout(const Experiment& experiment, int cores);
int machine_cores();

}  // namespace conclab

#pragma once
// Names and groups the lanes of an experiment the way Python would name its threads/processes.
#include "experiment/experiment.h"
#include "machine/usable_cpus.h"
#include "timeline/run_layout.h"

namespace conclab {

// `cpus` gives the layout its core count and the CPU id of each core row (usable_cpus()).
RunLayout build_run_layout(const Experiment& experiment, const UsableCpus& cpus);

}  // namespace conclab

#pragma once
// The runs a comparison is made of, shared by `conclab compare` and the window's Compare all.
#include <vector>

#include "experiment/experiment.h"

namespace conclab {

// Sequential as the baseline, threads with and without the GIL, the thread pool, processes, the
// process pool and the event loop: every model, Python-like (GIL on) unless it says otherwise.
std::vector<Experiment> comparison_lineup(const Experiment& base);

}  // namespace conclab

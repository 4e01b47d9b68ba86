#include "experiment/comparison_lineup.h"

namespace conclab {

std::vector<Experiment> comparison_lineup(const Experiment& base) {
    std::vector<Experiment> lineup;
    auto add = [&](RunModel model, bool gil) {
        Experiment e = base;
        e.model = model;
        e.gil = gil;
        e.crash_task = -1;
        lineup.push_back(e);
    };
    add(RunModel::Sequential, true);
    add(RunModel::Threads, true);
    add(RunModel::Threads, false);
    add(RunModel::ThreadPool, true);
    add(RunModel::Processes, true);
    add(RunModel::ProcessPool, true);
    add(RunModel::Async, true);
    return lineup;
}

}  // namespace conclab

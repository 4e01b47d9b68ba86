#pragma once
// Keeps the memory of finished runs bounded. Every finished run stays in the comparison table with
// its timeline, so a class that runs long experiments all afternoon would otherwise pile up
// gigabytes; when the kept timelines together exceed the budget, the oldest are folded further
// (TimelineStore::fold_to: time per state stays exact, only the order within a block goes).
// Figures in the table are computed at the end of each run and never change.
#include <cstddef>
#include <memory>
#include <vector>

namespace conclab {
struct RunResult;
}

namespace conclab::ui {

class KeptResultsBudget {
public:
    // ~312 MB of segments across every finished run (26 bytes each, prefix sums included).
    static constexpr std::size_t kDefaultSegments = 12'000'000;
    // No kept run is folded below this: enough to draw it at full-screen width in detail.
    static constexpr std::size_t kMinSegmentsPerRun = 250'000;

    explicit KeptResultsBudget(std::size_t max_segments = kDefaultSegments,
                               std::size_t min_segments_per_run = kMinSegmentsPerRun)
        : max_segments_(max_segments), min_per_run_(min_segments_per_run) {}

    // GUI thread, once per finished run: adds it, then folds older runs until within budget.
    void add(const std::shared_ptr<RunResult>& result);
    std::size_t keptSegments() const;

private:
    std::size_t max_segments_;
    std::size_t min_per_run_;
    std::vector<std::weak_ptr<RunResult>> kept_;  // oldest first; runs removed from the table expire
};

}  // namespace conclab::ui

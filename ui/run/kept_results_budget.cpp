#include "ui/run/kept_results_budget.h"

#include <algorithm>

#include "run/run_session.h"

namespace conclab::ui {

void KeptResultsBudget::add(const std::shared_ptr<RunResult>& result) {
    std::erase_if(kept_, [](const std::weak_ptr<RunResult>& w) { return w.expired(); });
    kept_.push_back(result);
    // Oldest first, each folded to a quarter at most per pass, so that a run shown a moment ago
    // loses as little as possible; the newest run is folded only if it alone is over budget.
    for (bool progress = true; progress && keptSegments() > max_segments_;) {
        progress = false;
        for (const std::weak_ptr<RunResult>& w : kept_) {
            if (keptSegments() <= max_segments_) break;
            const std::shared_ptr<RunResult> run = w.lock();
            if (!run) continue;
            const std::size_t was = run->store().segment_count();
            run->timeline->fold_to(std::max(min_per_run_, was / 4));
            progress = progress || run->store().segment_count() < was;
        }
    }
}

std::size_t KeptResultsBudget::keptSegments() const {
    std::size_t sum = 0;
    for (const std::weak_ptr<RunResult>& w : kept_)
        if (const auto run = w.lock()) sum += run->store().segment_count();
    return sum;
}

}  // namespace conclab::ui

#include "ui/timeline/handoff_index.h"

#include <algorithm>

namespace conclab::ui {

void HandoffIndex::update(const TimelineStore& store) {
    const auto& all = store.handoffs();
    const std::int64_t dropped = store.handoff_count() - static_cast<std::int64_t>(all.size());
    // Another store, or this one folded its oldest hand-offs away: the positions moved.
    if (&store != store_ || dropped != dropped_ || all.size() < indexed_) {
        rebuild(store);
        return;
    }
    if (all.size() > indexed_) add_from(store, indexed_);
}

void HandoffIndex::rebuild(const TimelineStore& store) {
    store_ = &store;
    indexed_ = 0;
    dropped_ = store.handoff_count() - static_cast<std::int64_t>(store.handoffs().size());
    by_group_.clear();
    add_from(store, 0);
}

void HandoffIndex::add_from(const TimelineStore& store, std::size_t from) {
    const auto& all = store.handoffs();
    const auto earlier = [&all](std::uint32_t a, std::uint32_t b) { return all[a].acquire_ns < all[b].acquire_ns; };
    if (by_group_.size() < store.layout().groups.size()) by_group_.resize(store.layout().groups.size());
    std::vector<std::size_t> old_sizes(by_group_.size());
    for (std::size_t g = 0; g < by_group_.size(); ++g) old_sizes[g] = by_group_[g].size();
    for (std::size_t i = from; i < all.size(); ++i) {
        const std::uint32_t g = all[i].group;
        if (g >= by_group_.size()) by_group_.resize(g + 1), old_sizes.resize(g + 1, 0);
        by_group_[g].push_back(static_cast<std::uint32_t>(i));
    }
    // New hand-offs are sorted among themselves, then merged in. They are out of order only by
    // about one collector period, so the merge touches the tail of the index, not all of it.
    for (std::size_t g = 0; g < by_group_.size(); ++g) {
        auto& v = by_group_[g];
        const auto mid = v.begin() + static_cast<std::ptrdiff_t>(old_sizes[g]);
        if (mid == v.end()) continue;
        std::stable_sort(mid, v.end(), earlier);
        const auto first_later = std::upper_bound(v.begin(), mid, *mid, earlier);
        std::inplace_merge(first_later, mid, v.end(), earlier);
    }
    indexed_ = all.size();
}

const std::vector<std::uint32_t>& HandoffIndex::of_group(std::uint32_t group) const {
    static const std::vector<std::uint32_t> none;
    return group < by_group_.size() ? by_group_[group] : none;
}

std::size_t HandoffIndex::first_at_or_after(const TimelineStore& store, std::uint32_t group, std::int64_t t_ns) const {
    const auto& v = of_group(group);
    const auto& all = store.handoffs();
    return static_cast<std::size_t>(
        std::lower_bound(v.begin(), v.end(), t_ns, [&all](std::uint32_t i, std::int64_t t) { return all[i].acquire_ns < t; }) -
        v.begin());
}

std::size_t HandoffIndex::count_in(const TimelineStore& store, std::uint32_t group, std::int64_t t0_ns,
                                   std::int64_t t1_ns) const {
    if (t1_ns <= t0_ns) return 0;
    return first_at_or_after(store, group, t1_ns) - first_at_or_after(store, group, t0_ns);
}

}  // namespace conclab::ui

#pragma once
// GIL hand-offs of one timeline sorted by time, per process, so that a paint finds the ones in
// view with a binary search instead of a walk over all of them (a long run has millions).
//
// The store keeps hand-offs in the order they *arrived*: the collector drains one lane's ring
// after another, so within a batch they are only roughly in time order. The index holds the
// position of each hand-off in the store's vector, sorted by the time it was taken. It follows a
// live run incrementally (new hand-offs are sorted and merged into the tail) and starts over when
// the store folded older detail away (its vector lost its oldest entries). 4 bytes per hand-off.
//
// Read it only while holding the timeline's read lock, right after update().
#include <cstdint>
#include <vector>

#include "timeline/timeline_store.h"

namespace conclab::ui {

class HandoffIndex {
public:
    // Brings the index up to date with `store` (the one it followed before, or another one).
    void update(const TimelineStore& store);
    // Forgets everything (the view shows another timeline).
    void reset() { *this = HandoffIndex(); }

    // Positions (into store.handoffs()) of the hand-offs of process `group`, sorted by acquire_ns.
    const std::vector<std::uint32_t>& of_group(std::uint32_t group) const;
    // First position in of_group(group) whose hand-off was taken at or after t_ns.
    std::size_t first_at_or_after(const TimelineStore& store, std::uint32_t group, std::int64_t t_ns) const;
    // Hand-offs of `group` taken within [t0_ns, t1_ns).
    std::size_t count_in(const TimelineStore& store, std::uint32_t group, std::int64_t t0_ns, std::int64_t t1_ns) const;

private:
    void rebuild(const TimelineStore& store);
    void add_from(const TimelineStore& store, std::size_t from);

    const TimelineStore* store_ = nullptr;
    std::size_t indexed_ = 0;  // store.handoffs()[0, indexed_) are in the index
    std::int64_t dropped_ = 0; // store.handoff_count() - store.handoffs().size() when indexed
    std::vector<std::vector<std::uint32_t>> by_group_;
};

}  // namespace conclab::ui

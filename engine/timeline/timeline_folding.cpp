// The memory bound of a TimelineStore: folding older detail (see row_folding.h for what a fold
// keeps exactly and what it gives up).
#include <algorithm>
#include <mutex>

#include "timeline/row_folding.h"
#include "timeline/segment_search.h"
#include "timeline/timeline_store.h"

namespace conclab {

namespace {

// Core and GIL segments can reach the store a little after later ones (their lane was
// descheduled before publishing); the last second is never folded so they still find their place.
constexpr std::int64_t kUnfoldedTailNs = 1'000'000'000;
// Fold blocks are 2^k ns, at least ~1 µs: a coarser fold's blocks are unions of the finer ones
// already folded, so refolding never splits a packed block.
constexpr int kSmallestBlockShift = 10;
constexpr int kLargestBlockShift = 62;

}  // namespace

void TimelineStore::set_segment_budget(std::size_t max_segments) {
    segment_budget_ = std::max<std::size_t>(max_segments, 64);
    fold_threshold_ = segment_budget_;
}

std::int64_t TimelineStore::horizon_keeping(std::size_t recent_segments) const {
    // The earliest time after which at most `recent_segments` segments start, over all rows.
    std::int64_t lo = start_ns();
    std::int64_t hi = end_ns_;
    while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        std::size_t after = 0;
        for (const auto* rows : {&lane_rows_, &gil_rows_, &core_rows_, &core_other_rows_})
            for (const SegmentSeq& seq : *rows) after += seq.size() - first_starting_at_or_after(seq, mid);
        if (after > recent_segments) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

void TimelineStore::fold_to(std::size_t max_segments) {
    if (segment_count_ <= max_segments) return;
    std::int64_t horizon = std::min(horizon_keeping(max_segments / 4), end_ns_ - kUnfoldedTailNs);
    horizon = std::max(horizon, folded_before_ns_);
    if (horizon <= start_ns()) return;

    // What stays unfolded (the recent part, and the last second whatever its size) is not for
    // the fold to pay for: the folded part gets what is left of three quarters of the budget,
    // but at least a quarter, so that the picture of the older run keeps a useful resolution.
    std::size_t recent = 0;
    for (const auto* rows : {&lane_rows_, &gil_rows_, &core_rows_, &core_other_rows_})
        for (const SegmentSeq& seq : *rows) recent += seq.size() - first_ending_after(seq, horizon);
    const std::size_t folded_target = std::max(max_segments / 4 * 3 - std::min(recent, max_segments / 4 * 3),
                                               max_segments / 4);
    // First guess: about one segment per row and block (never finer than before); then coarser,
    // one doubling at a time, until the folded part fits or doubling stops helping.
    const std::size_t rows = lane_rows_.size() + gil_rows_.size() + 2 * core_rows_.size();
    const double guess = static_cast<double>(horizon - start_ns()) * static_cast<double>(rows) /
                         static_cast<double>(std::max<std::size_t>(folded_target, 1));
    int shift = std::max(fold_block_shift_, kSmallestBlockShift);
    while (shift < kLargestBlockShift && static_cast<double>(std::int64_t{1} << shift) < guess) ++shift;
    for (std::size_t before = segment_count_;;) {
        fold_rows(horizon, shift);
        const std::size_t folded = segment_count_ - recent;
        if (folded <= folded_target || segment_count_ > before - before / 8 || shift >= kLargestBlockShift ||
            (std::int64_t{1} << shift) >= horizon - start_ns())
            break;
        before = segment_count_;
        ++shift;
    }
    // Individual hand-offs before the horizon go with the detail; handoff_count_ keeps counting.
    // The kept ones are copied out here (only this thread writes), so readers wait for a swap,
    // not for a pass over an hour of hand-offs; the old list is freed after the lock too.
    const auto first_kept = std::find_if(handoffs_.begin(), handoffs_.end(),
                                         [horizon](const GilHandoff& h) { return h.acquire_ns >= horizon; });
    if (first_kept == handoffs_.begin()) return;
    std::vector<GilHandoff> kept;
    // Room to grow, so the next batches need not copy it again (make_room_for).
    kept.reserve(static_cast<std::size_t>(handoffs_.end() - first_kept) * 2 + 1024);
    kept.assign(first_kept, handoffs_.end());
    exclusively([&] { std::swap(handoffs_, kept); });
}

void TimelineStore::make_room_for(std::size_t events) {
    if (handoffs_.capacity() - handoffs_.size() >= events) return;
    std::vector<GilHandoff> bigger;
    bigger.reserve((handoffs_.size() + events) * 2);
    bigger.assign(handoffs_.begin(), handoffs_.end());
    exclusively([&] { std::swap(handoffs_, bigger); });
}  // the old list is freed here, after the lock

template <class Swap>
void TimelineStore::exclusively(Swap&& swap) {
    if (fold_lock_.lock == nullptr) {
        swap();
        return;
    }
    std::unique_lock readers_out(*fold_lock_.lock);
    swap();
}

void TimelineStore::fold_rows(std::int64_t horizon_ns, int block_shift) {
    // On the grid of the previous fold, what lies before its horizon is folded already: start
    // after it, so a fold costs the detail recorded since, not the whole hour again.
    const bool same_grid = block_shift == fold_block_shift_;
    auto from = [&](const SegmentSeq& row) { return same_grid ? first_ending_after(row, folded_before_ns_) : 0; };
    const FoldGrid grid{start_ns(), block_shift, horizon_ns};
    std::size_t count = 0;
    // Without readers on other threads a row is folded in place. With them (a live run that the
    // window draws), each row is folded into a copy while they keep reading the old one, and
    // swapped in under the lock: the window's thread never waits for more than one swap.
    // A worker lane's prefix sums are rebuilt from its first changed block, beside the row.
    auto fold_one = [&](SegmentSeq& row, FoldKey key, std::vector<StateTimes>* prefix) {
        const std::size_t first = from(row);
        if (fold_lock_.lock == nullptr) {
            count += fold_row(row, grid, key, first);
            if (prefix) *prefix = prefix_after_fold(row, std::move(*prefix), first);
            return;
        }
        SegmentSeq folded = folded_copy(row, grid, key, first);
        count += folded.size();
        std::vector<StateTimes> new_prefix;
        if (prefix) new_prefix = prefix_after_fold(folded, *prefix, first);
        exclusively([&] {
            std::swap(row, folded);
            if (prefix) std::swap(*prefix, new_prefix);
        });
    };
    for (std::uint32_t lane = 0; lane < lane_rows_.size(); ++lane)
        fold_one(lane_rows_[lane], FoldKey::State, &lane_prefix_[lane]);
    for (SegmentSeq& row : gil_rows_) fold_one(row, FoldKey::Lane, nullptr);
    for (SegmentSeq& row : core_rows_) fold_one(row, FoldKey::Lane, nullptr);
    for (SegmentSeq& row : core_other_rows_) fold_one(row, FoldKey::State, nullptr);
    exclusively([&] {
        segment_count_ = count;
        fold_block_shift_ = block_shift;
        folded_before_ns_ = horizon_ns;
    });
}

std::vector<TimelineStore::StateTimes> TimelineStore::prefix_after_fold(const SegmentSeq& row,
                                                                      std::vector<StateTimes> prefix,
                                                                      std::size_t from) {
    // Same layout as close_lane_segment builds: entry k = time per state of the first k blocks.
    // Entries for blocks wholly before `from` are unchanged.
    prefix.resize(std::min(prefix.size(), from / kPrefixBlock + 1));
    StateTimes sum = prefix.back();
    for (std::size_t i = (prefix.size() - 1) * kPrefixBlock; i < row.size(); ++i) {
        sum[row[i].state_bits] += row[i].duration_ns();
        if ((i + 1) % kPrefixBlock == 0) prefix.push_back(sum);
    }
    prefix.shrink_to_fit();
    return prefix;
}

}  // namespace conclab

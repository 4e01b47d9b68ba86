// The level-of-detail query: a row's segments between t0 and t1 as at most one item per pixel
// column. Its cost is proportional to the columns drawn (plus a logarithm of the row's size), never
// to the number of segments, so a million-segment lane draws as fast as a ten-segment one.
#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <vector>

#include "timeline/timeline_store.h"

namespace conclab {

namespace {

// Closed segments followed by the open one (if any), seen as one sorted, non-overlapping sequence.
using StateTimes = std::array<std::int64_t, kLaneStateCount>;

class RowView {
public:
    // `prefix`: time per state of the first k * block closed segments (entry k), or null.
    RowView(const SegmentSeq& closed, std::optional<Segment> open, const std::vector<StateTimes>* prefix,
            std::size_t block)
        : closed_(closed), open_(open), prefix_(prefix), block_(block) {
        if (open_ && open_->end_ns <= open_->start_ns) open_.reset();  // nothing to draw yet
    }
    bool has_state_times() const { return prefix_ != nullptr; }
    // Time per state of closed segments [a, b): two prefix look-ups plus under 2 * block reads.
    StateTimes state_times(std::size_t a, std::size_t b) const {
        StateTimes sum = prefix_time(b);
        const StateTimes before = prefix_time(a);
        for (std::size_t k = 0; k < sum.size(); ++k) sum[k] -= before[k];
        return sum;
    }
    std::size_t size() const { return closed_.size() + (open_ ? 1 : 0); }
    const Segment& operator[](std::size_t i) const { return i < closed_.size() ? closed_[i] : *open_; }

    // First index in [from, size()) whose segment ends after t (ends are sorted).
    std::size_t first_ending_after(std::int64_t t, std::size_t from) const {
        return gallop(from, [&](const Segment& s) { return s.end_ns <= t; });
    }
    // First index in [from, size()) whose segment starts at or after t.
    std::size_t first_starting_at_or_after(std::int64_t t, std::size_t from) const {
        return gallop(from, [&](const Segment& s) { return s.start_ns < t; });
    }

private:
    StateTimes prefix_time(std::size_t i) const {
        const std::size_t block = std::min(i / block_, prefix_->size() - 1);
        StateTimes sum = (*prefix_)[block];
        for (std::size_t k = block * block_; k < i; ++k)
            sum[std::min<std::size_t>(closed_[k].state_bits, kLaneStateCount - 1)] += closed_[k].duration_ns();
        return sum;
    }

    // The answer is usually a few segments past `from` (the next pixel column): probe 1, 2, 4, …
    // ahead, then search only the last bracket, so the cost grows with the log of the distance
    // moved rather than of the row's length.
    template <class Pred>
    std::size_t gallop(std::size_t from, Pred before) const {
        std::size_t lo = from;
        std::size_t step = 1;
        while (lo < size() && before((*this)[lo])) {
            const std::size_t probe = lo + step;
            if (probe >= size() || !before((*this)[probe])) return partition(lo + 1, std::min(probe, size()), before);
            lo = probe + 1;
            step *= 2;
        }
        return lo;
    }

    template <class Pred>
    std::size_t partition(std::size_t lo, std::size_t hi, Pred before) const {
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (before((*this)[mid])) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    const SegmentSeq& closed_;
    std::optional<Segment> open_;
    const std::vector<StateTimes>* prefix_;
    std::size_t block_;
};

// Pixel columns of a window. Column x covers [begin(x), end(x)); a column narrower than a
// nanosecond (extreme zoom) still covers its starting instant so that nothing drawn has holes.
class Columns {
public:
    // The edges are computed once per query: the scan below asks for them several times per
    // column, and rounding a double each time cost as much as the scan itself.
    explicit Columns(const TimeWindow& w) : edges_(static_cast<std::size_t>(w.width_px) + 1) {
        for (int x = 0; x <= w.width_px; ++x) edges_[static_cast<std::size_t>(x)] = w.t_of(x);
    }
    int count() const { return static_cast<int>(edges_.size()) - 1; }
    std::int64_t begin(int x) const { return edges_[static_cast<std::size_t>(x)]; }
    std::int64_t end(int x) const {
        return std::max(edges_[static_cast<std::size_t>(x) + 1], edges_[static_cast<std::size_t>(x)] + 1);
    }

    // First column in [from, count()) whose end is after t; count() if none. end() is monotone.
    int first_ending_after(std::int64_t t, int from) const {
        int lo = from;
        int hi = count();
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (end(mid) <= t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

private:
    std::vector<std::int64_t> edges_;
};

// How much of one column each state took, and which segment best stands for each state.
struct ColumnTally {
    // Made once per pixel column, so it is cleared with a few plain stores (a value-initialised
    // 144-byte struct compiled to `rep stos`, 13 % of the whole query); best_index is only read
    // where best_ns is positive and needs no clearing.
    std::array<std::int64_t, kLaneStateCount> ns;
    std::array<std::int64_t, kLaneStateCount> best_ns;
    std::array<std::size_t, kLaneStateCount> best_index;

    ColumnTally() {
        for (std::size_t k = 0; k < kLaneStateCount; ++k) ns[k] = best_ns[k] = 0;
    }

    void add(const Segment& s, std::size_t index, std::int64_t ns_in_column) {
        // A state outside the enum (hostile input) is tallied as the last one, never out of bounds.
        const std::size_t st = std::min<std::size_t>(s.state_bits, kLaneStateCount - 1);
        ns[st] += ns_in_column;
        if (ns_in_column > best_ns[st]) {
            best_ns[st] = ns_in_column;
            best_index[st] = index;
        }
    }
    void add_times(const StateTimes& times) {
        for (std::size_t k = 0; k < ns.size(); ++k) ns[k] += times[k];
    }
    // The segment standing for the state that took most of the column's time; if that state's
    // time came only from summed segments, a stand-in in that state (no core, no task).
    Segment dominant(const RowView& row, const Segment& any) const {
        std::size_t st = 0;
        for (std::size_t k = 1; k < ns.size(); ++k)
            if (ns[k] > ns[st]) st = k;
        if (best_ns[st] > 0) return row[best_index[st]];
        Segment stand_in;
        stand_in.start_ns = any.start_ns;
        stand_in.end_ns = any.end_ns;
        stand_in.lane = any.lane;
        stand_in.state_bits = static_cast<std::uint8_t>(st) & 0xffu;
        return stand_in;
    }
};

// Builds the item list, merging a column into the previous item when it shows the same thing.
class ItemBuilder {
public:
    explicit ItemBuilder(std::vector<PixelItem>& items) : items_(items) {}

    // Columns [x0, x1) show `s`, standing for segments first..last (indices in the row).
    void add(int x0, int x1, const Segment& s, std::size_t first, std::size_t last) {
        if (!items_.empty()) {
            PixelItem& back = items_.back();
            if (back.x1 == x0 && back.state == s.state() && back.lane == s.lane && back.core == s.core &&
                back.task == s.task) {
                back.x1 = x1;
                last_ = std::max(last_, last);
                back.folded = folded(first_, last_);
                return;
            }
        }
        first_ = first;
        last_ = last;
        PixelItem item;
        item.x0 = x0;
        item.x1 = x1;
        item.state = s.state();
        item.lane = s.lane;
        item.core = s.core;
        item.task = s.task;
        item.folded = folded(first, last);
        items_.push_back(item);
    }

private:
    static std::uint32_t folded(std::size_t first, std::size_t last) {
        const std::size_t n = last - first + 1;
        return n > std::numeric_limits<std::uint32_t>::max() ? std::numeric_limits<std::uint32_t>::max()
                                                             : static_cast<std::uint32_t>(n);
    }

    std::vector<PixelItem>& items_;
    std::size_t first_ = 0;
    std::size_t last_ = 0;
};

// Segments tallied one by one per column before the rest of a crowded column is summed.
constexpr std::size_t kMaxScannedPerColumn = 32;
// Instants sampled in the unscanned rest of a crowded column.
constexpr int kSamplesPerColumn = 8;

// Column x with segments from `first` on (the first one overlaps it): tallies at most
// kMaxScannedPerColumn segments one by one, the rest from prefix sums (or samples), and adds one
// item in the dominant state standing for every segment that touches the column.
void add_crowded_column(const RowView& row, const Columns& columns, int x, std::size_t first,
                               ItemBuilder& builder) {
    const std::int64_t c0 = columns.begin(x);
    const std::int64_t c1 = columns.end(x);
    ColumnTally tally;
    std::size_t j = first;
    for (; j < row.size() && row[j].start_ns < c1 && j - first < kMaxScannedPerColumn; ++j) {
        const Segment& s = row[j];
        tally.add(s, j, std::min(s.end_ns, c1) - std::max(s.start_ns, c0));
    }
    std::size_t last = j - 1;
    if (j < row.size() && row[j].start_ns < c1) last = row.first_starting_at_or_after(c1, j) - 1;
    if (last >= j && row.has_state_times()) {
        // Too many to scan: segments j .. last-1 lie inside the column, so their time per state
        // comes exactly from the prefix sums; only the last one may stick out of the column.
        tally.add_times(row.state_times(j, last));
        const Segment& s = row[last];
        tally.add(s, last, std::min(s.end_ns, c1) - std::max(s.start_ns, c0));
    } else if (last >= j) {
        // A row without prefix sums (GIL, core: all Running): sample the rest at evenly spaced
        // instants, each weighted by the share of the unscanned time it stands for.
        const std::int64_t rest0 = row[j].start_ns;
        const std::int64_t rest = c1 - rest0;
        for (int k = 0; k < kSamplesPerColumn; ++k) {
            const std::int64_t t = rest0 + rest / (2 * kSamplesPerColumn) * (2 * k + 1);
            const std::size_t at = row.first_ending_after(t, j);
            if (at <= last && row[at].start_ns <= t) tally.add(row[at], at, std::max<std::int64_t>(rest / kSamplesPerColumn, 1));
        }
    }
    builder.add(x, x + 1, tally.dominant(row, row[first]), first, last);
}

// Every column that is fully inside `s`, starting at x (which `s` covers): one item, O(log width).
int add_covered_columns(const Columns& columns, int x, const Segment& s, std::size_t index, ItemBuilder& builder) {
    const int past = std::max(columns.first_ending_after(s.end_ns, x), x + 1);
    builder.add(x, past, s, index, index);
    return past;
}

}  // namespace

std::vector<PixelItem> TimelineStore::query(RowRef row_ref, const TimeWindow& window) const {
    std::vector<PixelItem> items;
    std::int64_t span = 0;
    if (!window.valid() || __builtin_sub_overflow(window.t1_ns, window.t0_ns, &span)) return items;
    const SegmentSeq* seq = row_seq(row_ref);
    if (seq == nullptr) return items;

    const std::vector<StateTimes>* prefix = row_ref.kind == RowKind::Lane ? &lane_prefix_[row_ref.index] : nullptr;
    const RowView row(*seq, open_segment(row_ref), prefix, kPrefixBlock);
    const Columns columns(window);
    ItemBuilder builder(items);
    std::size_t i = row.first_ending_after(columns.begin(0), 0);
    int x = 0;
    while (x < columns.count() && i < row.size()) {
        const Segment& s = row[i];
        if (s.start_ns >= columns.end(x)) {
            // A gap with no segment: jump straight to the column where the next one starts.
            x = columns.first_ending_after(s.start_ns, x + 1);
            continue;
        }
        if (s.start_ns <= columns.begin(x) && s.end_ns >= columns.end(x)) {
            x = add_covered_columns(columns, x, s, i, builder);
        } else {
            add_crowded_column(row, columns, x, i, builder);
            ++x;
        }
        if (x < columns.count()) i = row.first_ending_after(columns.begin(x), i);
    }
    return items;
}

}  // namespace conclab

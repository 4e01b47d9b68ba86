#include "timeline/row_folding.h"

#include <cstdint>
#include <vector>

namespace conclab {

namespace {

// An arithmetic shift floors, so a segment before the origin (hostile input) still gets a
// consistent block; no division in the loop that touches every segment of an hour-long run.
std::int64_t block_of(const FoldGrid& grid, std::int64_t t) { return (t - grid.origin_ns) >> grid.block_shift; }

// The segments of one block, replaced by one per key in order of first appearance.
class BlockPacker {
public:
    // A GIL or core row of 256 threads can have 256 keys in one block: found by index, not by
    // scanning, so a fold stays linear in the segments it reads.
    explicit BlockPacker(FoldKey key) : key_(key), slot_of_key_(std::size_t{1} << 16, -1) {}

    void reset() {
        for (const Segment& sum : sums_) slot_of_key_[key_of(sum)] = -1;
        sums_.clear();
        count_ = 0;
    }
    void add(const Segment& s) {
        ++count_;
        std::int32_t& slot = slot_of_key_[key_of(s)];
        if (slot >= 0) {
            sums_[static_cast<std::size_t>(slot)].end_ns += s.duration_ns();  // end_ns: the summed time
            return;
        }
        slot = static_cast<std::int32_t>(sums_.size());
        Segment sum = s;
        sum.start_ns = 0;
        sum.end_ns = s.duration_ns();
        sums_.push_back(sum);
    }
    // Nothing merges when every key appeared once: the block is kept exactly as recorded.
    bool merges() const { return sums_.size() < count_; }
    // Emits the packed segments one after another from `start_ns` on.
    template <class Emit>
    void write(std::int64_t start_ns, Emit&& emit) const {
        std::int64_t t = start_ns;
        for (Segment s : sums_) {
            const std::int64_t length = s.end_ns;
            s.start_ns = t;
            s.end_ns = t + length;
            s.task = kFoldedTask;
            emit(s);
            t += length;
        }
    }

private:
    std::size_t key_of(const Segment& s) const { return key_ == FoldKey::State ? s.state_bits : s.lane; }

    FoldKey key_;
    std::vector<std::int32_t> slot_of_key_;  // index into sums_, or -1
    std::vector<Segment> sums_;  // one per state or lane seen in the block, reused across blocks
    std::size_t count_ = 0;
};

// The fold itself, reading row[from...] in order and handing every segment of the folded row
// from `from` on to `emit`, in order. Emitting never overtakes reading (a block packs into fewer
// segments), so `emit` may write into the row being read.
template <class Emit>
void fold_segments(const ChunkedVector<Segment>& row, const FoldGrid& grid, FoldKey key, std::size_t from,
                   Emit&& emit) {
    BlockPacker packer(key);
    const std::size_t n = row.size();
    std::size_t in = std::min(from, n);
    while (in < n && row[in].end_ns <= grid.horizon_ns) {
        const Segment first = row[in];
        const std::int64_t block = block_of(grid, first.start_ns);
        if (block_of(grid, first.end_ns - 1) != block) {  // crosses a block edge: keep it
            emit(row[in++]);
            continue;
        }
        packer.reset();
        std::size_t end = in;
        // Sorted and disjoint: once a segment ends in this block, the ones before it lie inside.
        while (end < n && row[end].end_ns <= grid.horizon_ns && block_of(grid, row[end].end_ns - 1) == block)
            packer.add(row[end++]);
        if (packer.merges()) {
            packer.write(first.start_ns, emit);
        } else {
            for (std::size_t k = in; k < end; ++k) emit(row[k]);
        }
        in = end;
    }
    while (in < n) emit(row[in++]);
}

bool valid_grid(const FoldGrid& grid) { return grid.block_shift >= 0 && grid.block_shift <= 62; }

}  // namespace

std::size_t fold_row(ChunkedVector<Segment>& row, const FoldGrid& grid, FoldKey key, std::size_t from) {
    if (!valid_grid(grid)) return row.size();
    std::size_t out = std::min(from, row.size());
    fold_segments(row, grid, key, from, [&](const Segment& s) { row[out++] = s; });
    row.truncate(out);
    return out;
}

ChunkedVector<Segment> folded_copy(const ChunkedVector<Segment>& row, const FoldGrid& grid, FoldKey key,
                                   std::size_t from) {
    ChunkedVector<Segment> copy;
    const std::size_t kept = valid_grid(grid) ? std::min(from, row.size()) : row.size();
    for (std::size_t i = 0; i < kept; ++i) copy.push_back(row[i]);
    if (valid_grid(grid)) fold_segments(row, grid, key, from, [&](const Segment& s) { copy.push_back(s); });
    return copy;
}

}  // namespace conclab

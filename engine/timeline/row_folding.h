#pragma once
// Folding the older detail of a timeline row so that an hour-long run fits in bounded memory.
//
// Time before `horizon_ns` is cut into blocks of `block_ns` (aligned on `origin_ns`). Within a
// block, the segments that lie wholly inside it are replaced by at most one segment per key — per
// state on a worker lane, per lane on a GIL or core row — whose length is the exact sum of the
// time that key took there; they are packed one after another from where the block's first
// segment started, in order of first appearance. So every figure summed over a block or more
// stays exact (time per state, GIL holding per lane, core busy time); only the order of events
// inside one block is given up, and the folded segments say so (task == kFoldedTask).
// Segments that cross a block edge are kept as they are: they are already coarser than a block.
#include <cstdint>

#include "timeline/chunked_vector.h"
#include "timeline/segment.h"

namespace conclab {

struct FoldGrid {
    std::int64_t origin_ns = 0;   // block k covers [origin + k * 2^shift, origin + (k+1) * 2^shift)
    int block_shift = 0;          // blocks are a power of two nanoseconds: found with a shift
    std::int64_t horizon_ns = 0;  // only segments that end at or before this are folded
    std::int64_t block_ns() const { return std::int64_t{1} << block_shift; }
};

enum class FoldKey : std::uint8_t {
    State,  // worker lanes: one segment per state in a block
    Lane,   // GIL and core rows (every segment Running): one segment per lane in a block
};

// Folds `row` in place from segment `from` on (the ones before are left as they are: already
// folded on this grid); returns the number of segments it holds afterwards.
std::size_t fold_row(ChunkedVector<Segment>& row, const FoldGrid& grid, FoldKey key, std::size_t from = 0);

// The same fold into a new row, leaving `row` untouched: for a timeline that views read while it
// is folded (SharedTimeline), which then swaps the new row in at once.
ChunkedVector<Segment> folded_copy(const ChunkedVector<Segment>& row, const FoldGrid& grid, FoldKey key,
                                   std::size_t from = 0);

}  // namespace conclab

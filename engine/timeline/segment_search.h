#pragma once
// Binary searches over a row's segments. Segments are sorted and never overlap, so their ends
// are sorted like their starts and either can be searched.
#include <cstddef>
#include <cstdint>

#include "timeline/chunked_vector.h"
#include "timeline/segment.h"

namespace conclab {

// Index of the first segment for which `before(segment)` is false (it is true for a prefix).
template <class Before>
std::size_t partition_point(const ChunkedVector<Segment>& row, Before before) {
    std::size_t lo = 0;
    std::size_t hi = row.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (before(row[mid])) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// The first segment that ends after t (row.size() if none).
inline std::size_t first_ending_after(const ChunkedVector<Segment>& row, std::int64_t t) {
    return partition_point(row, [t](const Segment& s) { return s.end_ns <= t; });
}

// The first segment that starts at or after t (row.size() if none).
inline std::size_t first_starting_at_or_after(const ChunkedVector<Segment>& row, std::int64_t t) {
    return partition_point(row, [t](const Segment& s) { return s.start_ns < t; });
}

}  // namespace conclab

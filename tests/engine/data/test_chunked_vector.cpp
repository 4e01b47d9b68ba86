// ChunkedVector, the storage of every timeline row: small rows start small and grow, and an
// element inserted near the end (a segment that arrived a little late) shifts the later ones
// without losing or corrupting any, across every growth of the first chunk.
#include <catch2/catch.hpp>
#include <vector>

#include "timeline/chunked_vector.h"

using conclab::ChunkedVector;

TEST_CASE("inserting near the end keeps every element in order while the storage grows", "[timeline][chunked]") {
    ChunkedVector<long, 4> v;  // chunks of 16: the first chunk doubles 8 → 16, then chunks are added
    std::vector<long> expected;
    for (long i = 0; i < 100; ++i) {
        // Every third value arrives late, one place before the end: insert() pushes back() first,
        // which must not read the storage that growing just freed.
        if (i % 3 == 2 && !expected.empty()) {
            v.insert(v.size() - 1, i);
            expected.insert(expected.end() - 1, i);
        } else {
            v.push_back(i);
            expected.push_back(i);
        }
        REQUIRE(v.size() == expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) REQUIRE(v[k] == expected[k]);
    }
    v.truncate(10);
    REQUIRE(v.size() == 10);
    for (std::size_t k = 0; k < 10; ++k) CHECK(v[k] == expected[k]);
    v.push_back(v.back());  // an element of its own pushed again
    CHECK(v[10] == expected[9]);
}

#pragma once
// A small, fully known run: two threads under the GIL on two cores, 150 ms long.
//   Thread-1 (lane 0): Running on core 0 [0,50) ms, Waiting for GIL [50,100), Running core 0 [100,150)
//   Thread-2 (lane 1): Waiting for GIL [0,50), Running on core 1 [50,100), Blocked on I/O [100,150)
//   GIL: Thread-1 [0,50), Thread-2 [50,100), Thread-1 [100,150)
//   Core 0: Thread-1 [0,50) and [100,150); Core 1: Thread-2 [50,100)
#include <cstdint>
#include <vector>

#include "record/event.h"
#include "timeline/timeline_store.h"

namespace conclab::test {

inline constexpr std::int64_t kStart = 5'000'000'000;  // the run's CLOCK_MONOTONIC start
inline constexpr std::int64_t kMs = 1'000'000;

RunLayout two_thread_layout();
std::vector<Event> two_thread_events();
TimelineStore two_thread_timeline();  // finished at 150 ms

// A synthetic timeline of `lanes` lanes alternating states every `segment_ns` (benchmarks, LOD).
TimelineStore busy_timeline(int lanes, int cores, std::int64_t segments_per_lane, std::int64_t segment_ns);

}  // namespace conclab::test

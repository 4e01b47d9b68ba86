#pragma once
// Figures of a finished run that the lessons quote, read from its timeline: what the workers
// printed about the shared counter, how long a thread waited after each I/O before it ran again
// (the convoy effect), how many waited at once. Measured, never estimated; usable on any timeline
// (a simulated run, an opened one).
#include <cstdint>
#include <optional>
#include <vector>

#include "timeline/timeline_store.h"

namespace conclab {

// The shared counter of a counter workload, from the lines its workers and main thread printed
// (workload/output_codes.h).
struct CounterOutcome {
    bool printed_final = false;          // the main thread printed the counter after join()
    std::int64_t final_value = 0;        // ... the value it printed (the main process's counter)
    std::int64_t additions_in_main = 0;  // additions made in the main process's memory
    std::int64_t lost = 0;               // additions_in_main - final_value: lost updates
    std::int64_t additions = 0;          // additions made by every worker together
    std::int64_t largest_in_worker = 0;  // the largest value a worker printed for its own memory
    int worker_lines = 0;                // how many workers printed theirs
};
std::optional<CounterOutcome> counter_outcome(const TimelineStore& timeline);  // nothing: no counter lines

// Lanes whose I/O waits count: the workers, or in an async run with sub-rows, its tasks' rows
// (the loop itself idles while they await).
std::vector<std::uint32_t> waiting_lanes(const TimelineStore& timeline);

// For every I/O wait of those lanes (a Blocked on I/O segment followed by Running): the time from
// the end of the wait until the lane ran again, in ns. Under the GIL beside a computing thread,
// about one switch interval each (the convoy effect); without competition, close to 0.
std::vector<std::int64_t> io_resume_delays(const TimelineStore& timeline);

// Blocked-on-I/O segments of those lanes.
std::int64_t io_wait_count(const TimelineStore& timeline);

// The most of those lanes that were Blocked on I/O at the same moment.
int most_waiting_at_once(const TimelineStore& timeline);

// Time the workers spent in Overhead (thread and process start and exit), ns.
std::int64_t overhead_ns(const TimelineStore& timeline);

// Different worker lanes that ran the finished tasks.
int task_workers(const TimelineStore& timeline);

// The median of `values` (the lower middle one for an even count); nothing if empty.
std::optional<std::int64_t> median(std::vector<std::int64_t> values);

}  // namespace conclab

#pragma once
// Observed threads that only waited for the others: the main thread in join(), like the lane a
// simulated run shows to explain itself. A simulated run never counts that lane as a worker; an
// observed run learns which thread it was only at the end, from what each thread did.
#include <cstdint>
#include <vector>

namespace conclab {
class TimelineStore;
}

namespace conclab::observe {

// Lanes of a finished observed run that spent most of their non-idle time waiting on a lock (a
// join, a queue, a condition) while another thread of the same process ran longer than they did.
// A process's only thread, or one that did the process's work, is never among them.
std::vector<std::uint32_t> threads_that_waited_for_others(const TimelineStore& timeline);

}  // namespace conclab::observe

#pragma once
// Samples per-CPU busy time from /proc/stat while a run goes on, on a small thread of its own, as
// a time series of windows. With the run's own Running time per core (the timeline's core rows)
// subtracted, what is left is what other programs — and this program's own threads that are not
// workers (GUI, collector) — took from each CPU: the measure of a busy machine.
// See proc_stat.h for what the 10 ms granularity means for short windows.
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "machine/periodic_thread.h"
#include "machine/proc_file.h"
#include "machine/proc_stat.h"

namespace conclab {

// Busy and idle time of each sampled CPU between two reads of /proc/stat.
struct CoreBusyWindow {
    std::int64_t t0_ns = 0;  // CLOCK_MONOTONIC of the earlier read
    std::int64_t t1_ns = 0;  // and of the later one
    // Per CPU, in the order of CoreBusySampler::cpu_ids(). busy + idle == 0 for a CPU missing
    // from either read (it went offline); otherwise busy + idle ≈ t1 - t0, to about a tick.
    std::vector<std::int64_t> busy_ns;
    std::vector<std::int64_t> idle_ns;
};

struct CoreBusySamplerOptions {
    std::chrono::milliseconds period{50};
    std::function<FileText()> read_stat;  // tests: the text of /proc/stat; default reads the file
    long ticks_per_second = 0;            // 0: sysconf(_SC_CLK_TCK)
};

class CoreBusySampler {
public:
    // Reads /proc/stat once now, so the first window starts at construction, then samples every
    // `period` until stop(). `cpu_ids`: the CPUs to report (the run's usable CPUs); empty: every
    // CPU of the first read.
    explicit CoreBusySampler(std::vector<int> cpu_ids, CoreBusySamplerOptions options = {});
    ~CoreBusySampler();
    CoreBusySampler(const CoreBusySampler&) = delete;
    CoreBusySampler& operator=(const CoreBusySampler&) = delete;

    // Stops the thread, then reads once more, so the last window ends at the end of the run.
    // Idempotent; the windows and totals stay readable.
    void stop();
    // One read now, from the caller's thread (thread-safe). A failed read makes no window: the next
    // good one spans the gap, so the windows always tile the time from the first read on.
    void sample_now();

    const std::vector<int>& cpu_ids() const { return cpu_ids_; }
    // The windows made since the last call, oldest first (the caller keeps the series; a run's
    // feed takes them at its own pace, so memory stays bounded by what it has not yet taken).
    std::vector<CoreBusyWindow> take_windows();
    // From the first good read to the latest: the whole run, exact to about a tick per CPU.
    // nullopt before two good reads.
    std::optional<CoreBusyWindow> totals() const;
    // Reads that failed or did not parse, each distinct problem once.
    std::vector<SourceProblem> problems() const;

private:
    CoreBusyWindow window_between(const ProcStatSnapshot& earlier, const ProcStatSnapshot& later) const;

    CoreBusySamplerOptions options_;
    long ticks_per_second_ = 100;
    std::vector<int> cpu_ids_;  // fixed after construction
    mutable std::mutex mutex_;  // guards everything below
    std::optional<ProcStatSnapshot> first_;
    std::optional<ProcStatSnapshot> last_;
    std::vector<CoreBusyWindow> windows_;
    std::vector<SourceProblem> problems_;
    std::optional<PeriodicThread> thread_;  // last: started once the rest is set up
};

}  // namespace conclab

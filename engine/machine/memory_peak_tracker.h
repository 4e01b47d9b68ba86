#pragma once
// The peak memory of a run's processes, sampled every few milliseconds while it goes on: the
// highest sum of PSS over the set of processes at one moment (and of USS), where adding each
// process's peak RSS would count the pages a forked child shares with its parent again for every
// child. Processes can join the set while the run goes (a pool forks its workers as it starts).
// See process_memory.h for PSS, USS and RSS.
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "machine/periodic_thread.h"
#include "machine/proc_file.h"

namespace conclab {

enum class MemoryFigure : std::uint8_t {
    Pss,         // peak of the summed PSS (smaps_rollup)
    PeakRssSum,  // the kernel has no smaps_rollup (< 4.14): the sum of each process's VmHWM, an
                 //   upper bound — shared pages counted again, and peaks of different moments added
};

struct MemoryPeak {
    MemoryFigure figure = MemoryFigure::Pss;
    std::int64_t kib = 0;              // the peak, in the unit of `figure`
    std::int64_t uss_kib = 0;          // Pss only: the highest summed USS (maybe at another sample)
    std::int64_t rss_kib_at_peak = 0;  // Pss only: summed RSS at the PSS peak, for comparison
    std::int64_t samples = 0;          // samples taken while at least one process was tracked
    std::size_t processes = 0;         // distinct processes added
};

struct MemoryPeakTrackerOptions {
    std::chrono::milliseconds period{50};
    std::string proc_root = "/proc";  // tests: a directory laid out like /proc
};

class MemoryPeakTracker {
public:
    // Starts sampling (nothing until a process is added).
    explicit MemoryPeakTracker(MemoryPeakTrackerOptions options = {});
    ~MemoryPeakTracker();
    MemoryPeakTracker(const MemoryPeakTracker&) = delete;
    MemoryPeakTracker& operator=(const MemoryPeakTracker&) = delete;

    // Adds a process to the set. Opens /proc/<pid> now and reads through that directory from then
    // on: once the process is gone reads fail, so a later process that gets the same pid is never
    // measured in its place. Adding a process already in the set changes nothing. false: it is
    // already gone (or /proc is not there). Thread-safe.
    bool add_pid(int pid);
    // One sample now, from the caller's thread (thread-safe).
    void sample_now();
    // Stops the thread, takes a last sample and closes every /proc directory. Idempotent.
    void stop();

    MemoryPeak peak() const;
    // Files that could not be read or made no sense, each distinct problem once.
    std::vector<SourceProblem> problems() const;

private:
    struct Tracked {
        int pid = 0;
        int dir_fd = -1;             // /proc/<pid>, -1 once the process is gone
        std::int64_t hwm_kib = 0;    // last VmHWM seen (PeakRssSum)
    };
    void sample_pss_locked();
    void sample_hwm_locked();
    void read_hwm_locked(Tracked& t);
    void note_locked(SourceProblemKind kind, int pid, const char* file, int error_number);

    MemoryPeakTrackerOptions options_;
    mutable std::mutex mutex_;  // guards everything below
    std::vector<Tracked> tracked_;
    MemoryPeak peak_;
    std::vector<SourceProblem> problems_;
    std::optional<PeriodicThread> thread_;  // last: started once the rest is set up
};

}  // namespace conclab

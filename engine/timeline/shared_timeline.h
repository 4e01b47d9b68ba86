#pragma once
// The one timeline of a run while it goes: written by its source's own thread (the collector of
// a simulated run, the sampler of an observed program, the clock of a replay) and read by the
// window at the same time. There is no second copy for the GUI: what the window draws, the table
// sums and the exports write is this store.
//
//   writer thread                       reader thread (GUI)
//   shared->append(batch);              if (auto r = shared->read(); ...) paint(*r);
//   shared->add_lane(info);             shared->version()  // changed since the last paint?
//   shared->finish(end);
//
// Writes hold the lock for one batch (microseconds to a millisecond). Folding the older detail of
// a long run happens outside the lock; only swapping each folded row in takes it, so a reader
// never waits for a whole fold (which takes hundreds of milliseconds for an hour of events).
// Once finished() nothing writes any more, and store() may be used without a lock.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <string>

#include "timeline/timeline_store.h"

namespace conclab {

class SharedTimeline {
public:
    explicit SharedTimeline(RunLayout layout);
    explicit SharedTimeline(TimelineStore store);  // a finished or prepared store (replays, tests)
    SharedTimeline(const SharedTimeline&) = delete;
    SharedTimeline& operator=(const SharedTimeline&) = delete;

    // --- Writer side: one thread at a time. ---
    void append(std::span<const Event> events);
    std::uint32_t add_group(ProcessGroup group);
    std::uint32_t add_lane(LaneInfo lane);
    void set_group(std::uint32_t index, ProcessGroup group);
    void set_lane_name(std::uint32_t lane, std::string name);
    void set_lane_worker(std::uint32_t lane, bool worker);
    void add_output_text(std::int64_t t_ns, OutputStream stream, std::string text);
    std::int64_t add_other_work(std::uint32_t core_row, std::int64_t t0_ns, std::int64_t t1_ns, std::int64_t busy_ns);
    void finish(std::int64_t end_ns);
    // Folds a finished (kept) run further, under the same rules as while it went.
    void fold_to(std::size_t max_segments);
    void set_segment_budget(std::size_t max_segments);
    // Replays: `recorded` shown up to `until_ns` (TimelineStore::reveal; finished once it reaches
    // the recorded end), and back to its beginning for a jump backwards.
    void reveal(const TimelineStore& recorded, std::int64_t until_ns);
    void restart_replay(const TimelineStore& recorded);

    // --- Reader side: any thread. ---
    class Reader {
    public:
        const TimelineStore& operator*() const { return *store_; }
        const TimelineStore* operator->() const { return store_; }

    private:
        friend class SharedTimeline;
        Reader(std::shared_mutex& m, const TimelineStore& s) : lock_(m), store_(&s) {}
        std::shared_lock<std::shared_mutex> lock_;
        const TimelineStore* store_;
    };
    Reader read() const { return Reader(mutex_, store_); }
    // Changes after every write: a view repaints when it differs from the one it last drew.
    std::uint64_t version() const { return version_.load(std::memory_order_acquire); }
    bool finished() const { return finished_.load(std::memory_order_acquire); }
    // Without a lock: only once finished(), or on the writer's own thread.
    const TimelineStore& store() const { return store_; }

private:
    template <class Write>
    auto write(Write&& w);

    mutable std::shared_mutex mutex_;
    TimelineStore store_;
    std::atomic<std::uint64_t> version_{0};
    std::atomic<bool> finished_{false};
};

}  // namespace conclab

#pragma once
// The counter of the lessons' shared-memory example: `counter += 1` from many workers. One
// SharedCounter is one Python process's memory: the threads of a run share it; each worker
// process has its own, and the main process's counter is not touched by them.
//
// add_unlocked() is a real read–modify–write race when threads run truly in parallel (the GIL
// off), written as defined C++: a relaxed atomic load, the add (with a short computation standing
// for the bytecodes CPython runs between loading `counter` and storing it back), a relaxed atomic
// store. Another thread's store in that window is overwritten: an update is lost, exactly as with
// an unlocked += on free-threaded Python. add_locked() holds a lock around the same steps
// (`with lock: counter += 1`) and loses nothing. Under the simulated GIL one addition is one tick,
// and a switch can only happen between ticks (see workload_spec.h).
#include <atomic>
#include <cstdint>
#include <mutex>

namespace conclab {

class SharedCounter {
public:
    void add_unlocked();
    void add_locked();
    // After a worker's additions: how many it made, so that lost updates can be counted
    // (additions() - value()). Kept apart from the counter itself, whose updates may be lost.
    void note_additions(std::int64_t n) { additions_.fetch_add(n, std::memory_order_relaxed); }

    std::int64_t value() const { return value_.load(std::memory_order_relaxed); }
    std::int64_t additions() const { return additions_.load(std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> value_{0};
    std::atomic<std::int64_t> additions_{0};
    std::mutex lock_;
};

}  // namespace conclab

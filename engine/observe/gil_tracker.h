#pragma once
// The GIL row of one Python process: who holds its GIL, sampled from the interpreter's memory.
// Each sample is one process_vm_readv of the GIL's first 32 bytes (locked, last_holder,
// switch_number), plus one 8-byte read of the new holder's native thread id when the holder
// changed. A change seen between two samples is placed half-way between them (the row is
// accurate to half the GIL sampling interval); CPython's own switch counter says how many
// changes happened, including those too short to be seen between two samples.
#include <cstdint>
#include <functional>
#include <vector>

#include "observe/python_probe.h"
#include "record/event.h"

namespace conclab::observe {

struct GilReading {
    int error = 0;                    // errno of the read (ESRCH: the process is gone)
    bool locked = false;
    std::uint64_t holder_tstate = 0;  // PyThreadState* while locked, else 0
    std::uint64_t switch_number = 0;
};

GilReading read_gil(const PythonRuntime& python, const MemoryReader& memory);
// The OS thread id of a PyThreadState, or 0 if it cannot be read.
int read_native_thread_id(const PythonRuntime& python, const MemoryReader& memory, std::uint64_t tstate);

class GilTracker {
public:
    // `lane_of(tid)` gives the lane of a thread of this process (adding it if it is new), or kNoLane.
    using LaneOf = std::function<std::uint32_t(int tid)>;

    GilTracker() = default;
    GilTracker(PythonRuntime python, MemoryReader memory) : python_(std::move(python)), memory_(std::move(memory)) {}

    // Samples once at `t_ns`; appends GilRelease/GilAcquire events for a change. Returns the errno
    // of the read (0: read).
    int sample(std::int64_t t_ns, const LaneOf& lane_of, std::vector<Event>& out);
    // The holding lane ended or the run ends: the row closes at `t_ns`.
    void release_if_held(std::int64_t t_ns, std::vector<Event>& out);

    const PythonRuntime& python() const { return python_; }
    std::uint32_t holder_lane() const { return holder_lane_; }
    // CPython's count of switches (to a different thread) since the first sample.
    std::uint64_t switches() const { return have_switch_ ? last_switch_ - first_switch_ : 0; }
    std::uint64_t samples() const { return samples_; }

private:
    PythonRuntime python_;
    MemoryReader memory_;
    std::uint64_t holder_tstate_ = 0;
    std::uint32_t holder_lane_ = kNoLane;
    std::uint32_t previous_lane_ = kNoLane;  // the last lane that held it (the "from" of a hand-off)
    std::int64_t released_at_ = 0;
    std::int64_t last_sample_ns_ = 0;
    std::uint64_t first_switch_ = 0;
    std::uint64_t last_switch_ = 0;
    bool have_switch_ = false;
    std::uint64_t samples_ = 0;
};

}  // namespace conclab::observe

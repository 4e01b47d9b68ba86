#pragma once
// The states a lane (one worker thread or worker process) can be in; see DESIGN.md "Event model".
#include <cstdint>
#include <string_view>

namespace conclab {

enum class LaneState : std::uint8_t {
    Running,     // executing workload ticks on a CPU core
    Ready,       // runnable, but the OS gave it no core (wall time of a tick > its thread CPU time)
    WaitingGil,  // blocked in the simulated GIL's take
    BlockedIo,   // inside a blocking call: sleep, file write+fsync/read, loopback round trip
    Idle,        // a pool worker with no task, an event loop with nothing ready
    Overhead,    // thread creation, fork, passing arguments/results between processes
    Sleeping,    // an observed program's thread in clock_nanosleep (time.sleep)
    WaitingLock, // waiting on a lock, a join or another futex that is not the GIL
    OtherWork,   // core rows only: the core ran something other than this run's workers
                 //   (other programs, this program's own GUI and collector)
};
inline constexpr int kLaneStateCount = 9;

constexpr std::string_view lane_state_name(LaneState s) {
    switch (s) {
        case LaneState::Running: return "Running";
        case LaneState::Ready: return "Ready";
        case LaneState::WaitingGil: return "Waiting for GIL";
        case LaneState::BlockedIo: return "Blocked on I/O";
        case LaneState::Idle: return "Idle";
        case LaneState::Overhead: return "Overhead";
        case LaneState::Sleeping: return "Sleeping";
        case LaneState::WaitingLock: return "Waiting on a lock";
        case LaneState::OtherWork: return "Other work";
    }
    return "?";
}

}  // namespace conclab

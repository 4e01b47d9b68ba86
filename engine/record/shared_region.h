#pragma once
// The memory a run shares between its parent and its worker processes: a control block (stop
// flag, task dispatch, progress) and one event ring per lane. For worker processes it lives in a
// memfd (an anonymous file in RAM): the parent maps it MAP_SHARED, and every spawned worker
// process inherits the descriptor and maps the same pages (SharedRegion::attach). Thread workers
// use the same layout in anonymous memory, which keeps one recording path for every run model.
//
// Layout: [RegionHeader][RunControl][ring 0 header | ring 0 slots] ... [ring N-1 ...], each part
// 64-byte aligned. The header makes the region self-describing, so a worker checks what it maps.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "record/event_ring.h"

namespace conclab {

struct RunControl {
    std::atomic<int> stop{0};                // set by the parent: every worker ends as soon as it can
    std::atomic<std::int64_t> next_task{0};  // pools: the next task a worker takes
    std::atomic<std::int64_t> tasks_done{0};
    std::atomic<std::int64_t> events_dropped{0};  // rings full while stopping (never while running)
    // The simulated GIL's switch interval, set by the parent (at start and whenever a lesson moves
    // the slider) and read by every GIL of the run, in every worker process, for each wait.
    // 5 ms, CPython's default, until the run sets its experiment's.
    std::atomic<std::int64_t> switch_interval_ns{5'000'000};
};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<std::int64_t>::is_always_lock_free);

// What a process mapping the region checks before it trusts the rest.
struct RegionHeader {
    std::uint64_t magic = 0;
    std::uint64_t bytes = 0;          // the whole region
    std::uint64_t lanes = 0;
    std::uint64_t ring_capacity = 0;  // events per ring, a power of two
};

// Who maps the region: only this process (thread workers), or also spawned worker processes,
// which need a descriptor to inherit.
enum class RegionSharing : std::uint8_t { ThisProcess, WithSpawnedProcesses };

class SharedRegion {
public:
    // Creates the region (with WithSpawnedProcesses in a new memfd, O_CLOEXEC). Throws
    // MessageError (SharedMemoryUnavailable) if it cannot.
    SharedRegion(std::size_t lanes, std::size_t ring_capacity, RegionSharing sharing = RegionSharing::ThisProcess);
    // Maps the region another process created, from its inherited descriptor (taken over: closed
    // with the region). Throws std::runtime_error naming what does not fit, std::system_error if
    // the mapping fails.
    static std::unique_ptr<SharedRegion> attach(int fd);
    ~SharedRegion();
    SharedRegion(const SharedRegion&) = delete;
    SharedRegion& operator=(const SharedRegion&) = delete;

    RunControl& control() const { return *control_; }
    EventRing ring(std::size_t lane) const;
    std::size_t lanes() const { return lanes_; }
    int fd() const { return fd_; }  // what a spawned worker process inherits; -1 if none
    // Once the last worker process is spawned (each holds its own copy), the run keeps no
    // descriptor open: the mapping stays.
    void close_descriptor();

private:
    SharedRegion() = default;
    void map();  // of fd_, MAP_SHARED; base_ stays nullptr if it fails (errno says why)

    int fd_ = -1;
    void* base_ = nullptr;
    std::size_t bytes_ = 0;
    std::size_t lanes_ = 0;
    std::size_t capacity_ = 0;
    RunControl* control_ = nullptr;
};

}  // namespace conclab

#include "record/shared_region.h"

#include <sys/mman.h>

#include <cerrno>
#include <new>
#include <system_error>

#include "core/message.h"

namespace conclab {
namespace {

constexpr std::size_t align_up(std::size_t n, std::size_t a) { return (n + a - 1) / a * a; }

std::size_t ring_bytes(std::size_t capacity) {
    return align_up(sizeof(RingHeader), 64) + align_up(capacity * sizeof(Event), 64);
}

}  // namespace

SharedRegion::SharedRegion(std::size_t lanes, std::size_t ring_capacity) : lanes_(lanes), capacity_(ring_capacity) {
    bytes_ = align_up(sizeof(RunControl), 64) + lanes * ring_bytes(capacity_);
    // MAP_NORESERVE: a lane only costs the pages its events actually touch.
    base_ = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base_ == MAP_FAILED) {
        base_ = nullptr;
        throw MessageError(Message{MessageCode::SharedMemoryUnavailable, {errno_arg(errno)}});
    }
    control_ = new (base_) RunControl();
    for (std::size_t lane = 0; lane < lanes_; ++lane) {
        auto* header = new (static_cast<char*>(base_) + align_up(sizeof(RunControl), 64) + lane * ring_bytes(capacity_))
            RingHeader();
        header->capacity = capacity_;
    }
}

SharedRegion::~SharedRegion() {
    if (base_) munmap(base_, bytes_);
}

EventRing SharedRegion::ring(std::size_t lane) const {
    char* at = static_cast<char*>(base_) + align_up(sizeof(RunControl), 64) + lane * ring_bytes(capacity_);
    return EventRing(reinterpret_cast<RingHeader*>(at), reinterpret_cast<Event*>(at + align_up(sizeof(RingHeader), 64)));
}

}  // namespace conclab

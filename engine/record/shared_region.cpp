#include "record/shared_region.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <new>
#include <stdexcept>
#include <string>
#include <system_error>

#include "core/message.h"

namespace conclab {
namespace {

constexpr std::uint64_t kRegionMagic = 0x636f6e636c616231;  // "conclab1"

constexpr std::size_t align_up(std::size_t n, std::size_t a) { return (n + a - 1) / a * a; }

constexpr std::size_t kControlOffset = align_up(sizeof(RegionHeader), 64);
constexpr std::size_t kRingsOffset = kControlOffset + align_up(sizeof(RunControl), 64);

std::size_t ring_bytes(std::size_t capacity) {
    return align_up(sizeof(RingHeader), 64) + align_up(capacity * sizeof(Event), 64);
}

std::size_t region_bytes(std::size_t lanes, std::size_t capacity) { return kRingsOffset + lanes * ring_bytes(capacity); }

// Setting up the region is the first thing a run asks of the machine: a refusal is the user's to
// read (MessageError, as the other refusals a run can meet).
[[noreturn]] void fail() { throw MessageError(Message{MessageCode::SharedMemoryUnavailable, {errno_arg(errno)}}); }
// Mapping an inherited region happens in a worker process, whose stderr only a developer reads.
[[noreturn]] void fail_in_worker(const char* what) { throw std::system_error(errno, std::generic_category(), what); }

}  // namespace

SharedRegion::SharedRegion(std::size_t lanes, std::size_t ring_capacity, RegionSharing sharing) {
    lanes_ = lanes;
    capacity_ = ring_capacity;
    bytes_ = region_bytes(lanes, ring_capacity);
    if (sharing == RegionSharing::ThisProcess) {
        // MAP_NORESERVE: a lane only costs the pages its events actually touch.
        base_ = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (base_ == MAP_FAILED) {
            base_ = nullptr;
            fail();
        }
    } else {
        // O_CLOEXEC: only the run's own workers get it, through an explicit dup2 at spawn time.
        fd_ = memfd_create("conclab-run", MFD_CLOEXEC);
        if (fd_ < 0) fail();
        // A sparse file: a lane only costs the pages its events actually touch.
        if (ftruncate(fd_, static_cast<off_t>(bytes_)) == 0) map();
        if (!base_) {
            const int error = errno;
            close(fd_);  // the destructor does not run for a constructor that throws
            errno = error;
            fail();
        }
    }
    auto* header = new (base_) RegionHeader();
    header->bytes = bytes_;
    header->lanes = lanes_;
    header->ring_capacity = capacity_;
    control_ = new (static_cast<char*>(base_) + kControlOffset) RunControl();
    for (std::size_t lane = 0; lane < lanes_; ++lane) {
        auto* ring = new (static_cast<char*>(base_) + kRingsOffset + lane * ring_bytes(capacity_)) RingHeader();
        ring->capacity = capacity_;
    }
    header->magic = kRegionMagic;  // last: a region is only valid once it is whole
}

std::unique_ptr<SharedRegion> SharedRegion::attach(int fd) {
    std::unique_ptr<SharedRegion> region(new SharedRegion());
    region->fd_ = fd;  // owned from here on, closed by the destructor on every path
    struct stat st {};
    if (fstat(fd, &st) != 0) fail_in_worker("cannot read the size of the inherited shared event memory");
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size < sizeof(RegionHeader))
        throw std::runtime_error("the inherited shared event memory (descriptor " + std::to_string(fd) + ") has " +
                                 std::to_string(size) + " bytes, too few for its header");
    region->bytes_ = size;
    region->map();
    if (!region->base_) fail_in_worker("cannot map the inherited shared event memory");
    const RegionHeader header = *static_cast<const RegionHeader*>(region->base_);
    const bool fits = header.magic == kRegionMagic && header.bytes == size && header.ring_capacity > 0 &&
                      (header.ring_capacity & (header.ring_capacity - 1)) == 0 &&
                      header.lanes < (1u << 20) && region_bytes(header.lanes, header.ring_capacity) == size;
    if (!fits)
        throw std::runtime_error("the inherited descriptor " + std::to_string(fd) +
                                 " is not a conclab run's shared event memory (its header does not match its size of " +
                                 std::to_string(size) + " bytes)");
    region->lanes_ = header.lanes;
    region->capacity_ = header.ring_capacity;
    region->control_ = reinterpret_cast<RunControl*>(static_cast<char*>(region->base_) + kControlOffset);
    return region;
}

void SharedRegion::map() {
    // MAP_NORESERVE: pages are only backed once touched.
    base_ = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, fd_, 0);
    if (base_ == MAP_FAILED) base_ = nullptr;
}

void SharedRegion::close_descriptor() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
}

SharedRegion::~SharedRegion() {
    if (base_) munmap(base_, bytes_);
    close_descriptor();
}

EventRing SharedRegion::ring(std::size_t lane) const {
    char* at = static_cast<char*>(base_) + kRingsOffset + lane * ring_bytes(capacity_);
    return EventRing(reinterpret_cast<RingHeader*>(at), reinterpret_cast<Event*>(at + align_up(sizeof(RingHeader), 64)));
}

}  // namespace conclab

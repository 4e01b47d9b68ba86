#pragma once
// A single-producer / single-consumer ring of events. It lives in memory it does not own (the
// run's shared region, a memfd that worker processes map too), so a worker thread or a worker
// process can be the producer while the run's collector thread in the parent is the consumer. The indices are
// lock-free std::atomic<uint64_t>, which work across processes sharing the mapping.
#include <atomic>
#include <cstdint>
#include <vector>

#include "record/event.h"

namespace conclab {

struct RingHeader {
    alignas(64) std::atomic<std::uint64_t> head{0};  // next slot the producer writes
    alignas(64) std::atomic<std::uint64_t> tail{0};  // next slot the consumer reads
    alignas(64) std::atomic<std::uint64_t> full_waits{0};  // times the producer found the ring full
    std::uint64_t capacity = 0;                            // a power of two
};
static_assert(std::atomic<std::uint64_t>::is_always_lock_free, "rings are shared between processes");

class EventRing {
public:
    EventRing() = default;
    EventRing(RingHeader* header, Event* slots) : header_(header), slots_(slots) {}

    // Producer side. Returns false if the ring is full (nothing written).
    bool try_push(const Event& e) {
        const std::uint64_t head = header_->head.load(std::memory_order_relaxed);
        // Only look at the consumer's index (a cache line it writes) when the ring seems full.
        if (head - cached_tail_ >= header_->capacity) {
            cached_tail_ = header_->tail.load(std::memory_order_acquire);
            if (head - cached_tail_ >= header_->capacity) return false;
        }
        slots_[head & (header_->capacity - 1)] = e;
        header_->head.store(head + 1, std::memory_order_release);
        return true;
    }

    // Consumer side: appends everything published so far to `out`; returns how many.
    std::size_t drain(std::vector<Event>& out) {
        const std::uint64_t tail = header_->tail.load(std::memory_order_relaxed);
        const std::uint64_t head = header_->head.load(std::memory_order_acquire);
        for (std::uint64_t i = tail; i != head; ++i) out.push_back(slots_[i & (header_->capacity - 1)]);
        header_->tail.store(head, std::memory_order_release);
        return static_cast<std::size_t>(head - tail);
    }

    RingHeader* header() const { return header_; }
    bool valid() const { return header_ != nullptr; }

private:
    RingHeader* header_ = nullptr;
    Event* slots_ = nullptr;
    std::uint64_t cached_tail_ = 0;  // producer side: the consumer's index as last seen (never ahead)
};

}  // namespace conclab

#pragma once
// An append-only sequence stored in fixed-size chunks. Unlike std::vector it never copies what it
// holds when it grows, so a live timeline of millions of segments costs its size, not twice it.
// Only the first chunk starts small and doubles up to the chunk size (copying at most one chunk):
// a row with a handful of segments costs a few hundred bytes, not a whole chunk, so a timeline of
// thousands of short rows (an observed program, a saved run read back) costs what it holds.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace conclab {

template <class T, std::size_t ChunkShift = 12>
class ChunkedVector {
    // Chunks are raw storage, each element constructed when it is pushed: a new chunk costs no
    // zero-fill, and its untouched pages no memory (a run of 256 lanes opens 256+ chunks at once).
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
    struct alignas(T) Slot {
        std::byte bytes[sizeof(T)];
    };

public:
    static constexpr std::size_t kChunkSize = std::size_t{1} << ChunkShift;

    ChunkedVector() = default;
    // A moved-from sequence is empty (not a size without chunks).
    ChunkedVector(ChunkedVector&& other) noexcept
        : chunks_(std::move(other.chunks_)),
          size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)) {}
    ChunkedVector& operator=(ChunkedVector&& other) noexcept {
        chunks_ = std::move(other.chunks_);
        other.chunks_.clear();
        size_ = std::exchange(other.size_, 0);
        capacity_ = std::exchange(other.capacity_, 0);
        return *this;
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    const T& operator[](std::size_t i) const { return *slot(i); }
    T& operator[](std::size_t i) { return *slot(i); }
    const T& back() const { return (*this)[size_ - 1]; }
    T& back() { return (*this)[size_ - 1]; }

    // By value: `value` may be an element of this sequence (insert() pushes back()), which grow()
    // frees when the first chunk doubles.
    void push_back(T value) {
        if (size_ == capacity_) grow();
        ::new (static_cast<void*>(chunks_[size_ >> ChunkShift][size_ & (kChunkSize - 1)].bytes)) T(value);
        ++size_;
    }

    // Inserts before position `pos` by shifting the elements after it: cheap when, as for a
    // segment that arrived a little late, the position is near the end.
    void insert(std::size_t pos, const T& value) {
        push_back(empty() ? value : back());
        for (std::size_t i = size_ - 1; i > pos; --i) (*this)[i] = (*this)[i - 1];
        (*this)[pos] = value;
    }

    void clear() {
        chunks_.clear();
        size_ = 0;
        capacity_ = 0;
    }

    // Keeps the first `n` elements and frees the chunks no longer needed (folding shrinks a row).
    void truncate(std::size_t n) {
        if (n >= size_) return;
        size_ = n;
        if (capacity_ <= kChunkSize) return;  // only the first chunk: nothing to free
        chunks_.resize(std::max<std::size_t>((n + kChunkSize - 1) >> ChunkShift, 1));
        capacity_ = chunks_.size() * kChunkSize;
    }

    std::size_t memory_bytes() const {
        return capacity_ * sizeof(T) + chunks_.size() * sizeof(std::unique_ptr<Slot[]>);
    }

private:
    static constexpr std::size_t kFirstCapacity = std::min<std::size_t>(8, kChunkSize);

    void grow() {
        if (chunks_.empty()) {
            chunks_.push_back(std::make_unique_for_overwrite<Slot[]>(kFirstCapacity));
            capacity_ = kFirstCapacity;
        } else if (capacity_ < kChunkSize) {
            // The first chunk doubles (elements are trivially copyable: a byte copy moves them).
            const std::size_t bigger = capacity_ * 2;
            auto chunk = std::make_unique_for_overwrite<Slot[]>(bigger);
            std::memcpy(static_cast<void*>(chunk.get()), static_cast<const void*>(chunks_[0].get()), size_ * sizeof(Slot));
            chunks_[0] = std::move(chunk);
            capacity_ = bigger;
        } else {
            chunks_.push_back(std::make_unique_for_overwrite<Slot[]>(kChunkSize));
            capacity_ += kChunkSize;
        }
    }

    T* slot(std::size_t i) const {
        return std::launder(reinterpret_cast<T*>(chunks_[i >> ChunkShift][i & (kChunkSize - 1)].bytes));
    }

    std::vector<std::unique_ptr<Slot[]>> chunks_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;  // elements the chunks can hold
};

}  // namespace conclab

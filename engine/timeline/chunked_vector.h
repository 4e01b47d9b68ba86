#pragma once
// An append-only sequence stored in fixed-size chunks. Unlike std::vector it never copies what it
// holds when it grows, so a live timeline of millions of segments costs its size, not twice it.
#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
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

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    const T& operator[](std::size_t i) const { return *slot(i); }
    T& operator[](std::size_t i) { return *slot(i); }
    const T& back() const { return (*this)[size_ - 1]; }
    T& back() { return (*this)[size_ - 1]; }

    void push_back(const T& value) {
        if ((size_ & (kChunkSize - 1)) == 0 && (size_ >> ChunkShift) == chunks_.size())
            chunks_.push_back(std::make_unique_for_overwrite<Slot[]>(kChunkSize));
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
    }

    // Keeps the first `n` elements and frees the chunks no longer needed (folding shrinks a row).
    void truncate(std::size_t n) {
        if (n >= size_) return;
        size_ = n;
        chunks_.resize((n + kChunkSize - 1) >> ChunkShift);
    }

    std::size_t memory_bytes() const {
        return chunks_.size() * (kChunkSize * sizeof(T) + sizeof(std::unique_ptr<Slot[]>));
    }

private:
    T* slot(std::size_t i) const {
        return std::launder(reinterpret_cast<T*>(chunks_[i >> ChunkShift][i & (kChunkSize - 1)].bytes));
    }

    std::vector<std::unique_ptr<Slot[]>> chunks_;
    std::size_t size_ = 0;
};

}  // namespace conclab

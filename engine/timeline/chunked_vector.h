#pragma once
// An append-only sequence stored in fixed-size chunks. Unlike std::vector it never copies what it
// holds when it grows, so a live timeline of millions of segments costs its size, not twice it.
#include <cstddef>
#include <memory>
#include <vector>

namespace conclab {

template <class T, std::size_t ChunkShift = 12>
class ChunkedVector {
public:
    static constexpr std::size_t kChunkSize = std::size_t{1} << ChunkShift;

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    const T& operator[](std::size_t i) const { return chunks_[i >> ChunkShift][i & (kChunkSize - 1)]; }
    T& operator[](std::size_t i) { return chunks_[i >> ChunkShift][i & (kChunkSize - 1)]; }
    const T& back() const { return (*this)[size_ - 1]; }
    T& back() { return (*this)[size_ - 1]; }

    void push_back(const T& value) {
        if ((size_ & (kChunkSize - 1)) == 0 && (size_ >> ChunkShift) == chunks_.size())
            chunks_.push_back(std::make_unique<T[]>(kChunkSize));
        (*this)[size_] = value;
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

    std::size_t memory_bytes() const {
        return chunks_.size() * (kChunkSize * sizeof(T) + sizeof(std::unique_ptr<T[]>));
    }

private:
    std::vector<std::unique_ptr<T[]>> chunks_;
    std::size_t size_ = 0;
};

}  // namespace conclab

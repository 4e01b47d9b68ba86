#include "observe/proc_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace conclab::observe {
namespace {

constexpr std::size_t kMaxBytes = 8 << 20;  // maps of a process with thousands of mappings fits

// Reads from offset 0 until end of file (a record: until a short read), growing the buffer.
bool read_all(int fd, std::string& buffer, int& error, ProcText text) {
    if (buffer.size() < 4096) buffer.resize(4096);
    std::size_t have = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buffer.data() + have, buffer.size() - have, static_cast<off_t>(have));
        if (n < 0) {
            if (errno == EINTR) continue;
            error = errno;
            buffer.clear();
            return false;
        }
        have += static_cast<std::size_t>(n);
        if (n == 0 || (text == ProcText::Record && have < buffer.size())) break;
        if (have == buffer.size()) {
            if (buffer.size() >= kMaxBytes) break;
            buffer.resize(buffer.size() * 2);
        }
    }
    // An empty text means the task is gone (its files read as empty after it is reaped).
    buffer.resize(have);
    if (have == 0) error = ESRCH;
    return have > 0;
}

}  // namespace

ProcFile::ProcFile(std::string path, ProcText text, bool keep_open)
    : path_(std::move(path)), text_(text), keep_open_(keep_open) {}

ProcFile::~ProcFile() {
    if (fd_ >= 0) ::close(fd_);
}

ProcFile::ProcFile(ProcFile&& other) noexcept
    : path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      text_(other.text_),
      keep_open_(other.keep_open_),
      error_(other.error_) {}

ProcFile& ProcFile::operator=(ProcFile&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        path_ = std::move(other.path_);
        fd_ = std::exchange(other.fd_, -1);
        text_ = other.text_;
        keep_open_ = other.keep_open_;
        error_ = other.error_;
    }
    return *this;
}

bool ProcFile::read(std::string& buffer) {
    error_ = 0;
    if (fd_ < 0) {
        fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) {
            error_ = errno;
            buffer.clear();
            return false;
        }
    }
    const bool ok = read_all(fd_, buffer, error_, text_);
    if (!keep_open_ || !ok) {
        // A failed read of a kept file: the thread is gone; reopening would not bring it back.
        ::close(fd_);
        fd_ = -1;
    }
    return ok;
}

bool ProcFile::read_once(const std::string& path, std::string& buffer, int* error, ProcText text) {
    ProcFile file(path, text, false);
    const bool ok = file.read(buffer);
    if (error != nullptr) *error = file.error();
    return ok;
}

}  // namespace conclab::observe

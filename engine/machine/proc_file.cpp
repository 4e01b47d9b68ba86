#include "machine/proc_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace conclab {
namespace {

FileText read_all(int fd, std::size_t max_bytes) {
    FileText out;
    if (fd < 0) {
        out.error_number = errno;
        return out;
    }
    char buffer[8192];
    while (out.text.size() < max_bytes) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            out.error_number = errno;
            out.text.clear();
            break;
        }
        if (n == 0) break;
        out.text.append(buffer, static_cast<std::size_t>(n));
    }
    if (out.text.size() > max_bytes) out.text.resize(max_bytes);
    ::close(fd);
    return out;
}

}  // namespace

FileText read_text_file(const std::string& path, std::size_t max_bytes) {
    // O_CLOEXEC: a worker process forked meanwhile by another thread must not keep the file open.
    return read_all(::open(path.c_str(), O_RDONLY | O_CLOEXEC), max_bytes);
}

FileText read_text_file_at(int dir_fd, const char* name, std::size_t max_bytes) {
    return read_all(::openat(dir_fd, name, O_RDONLY | O_CLOEXEC), max_bytes);
}

}  // namespace conclab

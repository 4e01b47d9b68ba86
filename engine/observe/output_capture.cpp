#include "observe/output_capture.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>

#include "core/clock.h"

namespace conclab::observe {

OutputCapture::OutputCapture(int stdout_fd, int stderr_fd, LineSink sink) : sink_(std::move(sink)) {
    fds_[0] = stdout_fd;
    fds_[1] = stderr_fd;
    if (::pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) wake_[0] = wake_[1] = -1;
    thread_ = std::thread([this] { run(); });
}

OutputCapture::~OutputCapture() {
    stop_.store(true);
    if (wake_[1] >= 0) (void)!::write(wake_[1], "x", 1);
    if (thread_.joinable()) thread_.join();
    for (int fd : {fds_[0], fds_[1], wake_[0], wake_[1]})
        if (fd >= 0) ::close(fd);
}

void OutputCapture::finish() {
    stop_.store(true);
    if (wake_[1] >= 0) (void)!::write(wake_[1], "x", 1);
    if (thread_.joinable()) thread_.join();
}

void OutputCapture::run() {
    std::string pending[2];
    auto deliver = [&](int stream, std::string text, std::int64_t t) {
        OutputLine line;
        line.t_ns = t;
        line.stream = stream == 0 ? OutputStream::Stdout : OutputStream::Stderr;
        line.text = std::move(text);
        sink_(std::move(line));
    };
    auto take_lines = [&](int stream, std::int64_t t) {
        std::string& buf = pending[stream];
        std::size_t begin = 0;
        for (std::size_t nl = buf.find('\n'); nl != std::string::npos; nl = buf.find('\n', begin)) {
            deliver(stream, buf.substr(begin, nl - begin), t);
            begin = nl + 1;
        }
        buf.erase(0, begin);
        while (buf.size() >= kMaxLineBytes) {
            deliver(stream, buf.substr(0, kMaxLineBytes), t);
            buf.erase(0, kMaxLineBytes);
        }
    };
    bool open[2] = {fds_[0] >= 0, fds_[1] >= 0};
    char chunk[8192];
    // After finish(): what is already in the pipes, but not without end if the program is still
    // writing (a process that outlived the observation may keep writing for ever).
    constexpr std::size_t kMaxBytesAfterStop = 1 << 20;
    std::size_t after_stop = 0;
    while (open[0] || open[1]) {
        pollfd p[3] = {{open[0] ? fds_[0] : -1, POLLIN, 0}, {open[1] ? fds_[1] : -1, POLLIN, 0}, {wake_[0], POLLIN, 0}};
        // Once asked to stop, take only what is already there: poll without waiting.
        const bool stopping = stop_.load();
        const int n = ::poll(p, 3, stopping ? 0 : -1);
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (n == 0 && stopping) break;
        const std::int64_t t = now_ns();
        bool read_any = false;
        for (int s = 0; s < 2; ++s) {
            if (!open[s] || (p[s].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
            const ssize_t got = ::read(fds_[s], chunk, sizeof chunk);
            if (got > 0) {
                if (stopping) after_stop += static_cast<std::size_t>(got);
                pending[s].append(chunk, static_cast<std::size_t>(got));
                take_lines(s, t);
                read_any = true;
            } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                open[s] = false;  // end of file: every writer has closed it
            }
        }
        if (stopping && (!read_any || after_stop > kMaxBytesAfterStop)) break;
    }
    const std::int64_t t = now_ns();
    for (int s = 0; s < 2; ++s)
        if (!pending[s].empty()) deliver(s, std::move(pending[s]), t);  // a last line without a newline
    done_.store(true, std::memory_order_release);
}

}  // namespace conclab::observe

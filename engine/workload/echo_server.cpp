#include "workload/echo_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <system_error>

#include "core/clock.h"
#include "core/message.h"
#include "workload/io_ops.h"
#include "workload/workload_spec.h"

namespace conclab {
namespace {

[[noreturn]] void throw_errno(MessageCode what) { throw MessageError(Message{what, {errno_arg(errno)}}); }

}  // namespace

EchoServer::EchoServer() {
    listen_fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listen_fd_ < 0) throw_errno(MessageCode::EchoServerNoSocket);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // loopback only, never another interface
    addr.sin_port = 0;                              // an ephemeral port chosen by the kernel
    socklen_t len = sizeof addr;
    int fds[2];
    if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(listen_fd_, 512) != 0 ||
        getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0 || pipe2(fds, O_CLOEXEC) != 0) {
        const int saved = errno;
        close(listen_fd_);
        errno = saved;
        throw_errno(MessageCode::EchoServerCannotListen);
    }
    wake_read_fd_ = fds[0];
    wake_write_fd_ = fds[1];
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { serve(); });
}

EchoServer::~EchoServer() {
    const char byte = 'q';
    [[maybe_unused]] const ssize_t written = write(wake_write_fd_, &byte, 1);
    if (thread_.joinable()) thread_.join();
    close(listen_fd_);
    close(wake_read_fd_);
    close(wake_write_fd_);
}

namespace {

struct PendingReply {
    std::int64_t due_ns = 0;
    int fd = -1;
    std::array<unsigned char, kProbeBytes> bytes{};
};

// Whole probes received on a connection; a probe split across reads waits in `partial`.
struct Connection {
    int fd = -1;
    std::vector<unsigned char> partial;
};

bool send_all(int fd, const unsigned char* data, std::size_t size) {
    for (std::size_t sent = 0; sent < size;) {
        const ssize_t w = send(fd, data + sent, size - sent, MSG_NOSIGNAL);
        if (w <= 0) return false;
        sent += static_cast<std::size_t>(w);
    }
    return true;
}

}  // namespace

void EchoServer::serve() {
    std::vector<Connection> connections;
    std::vector<PendingReply> pending;  // one per connection at most: clients wait for each reply
    auto drop_connection = [&](std::size_t i) {
        const int fd = connections[i].fd;
        std::erase_if(pending, [fd](const PendingReply& r) { return r.fd == fd; });
        close(fd);
        connections[i] = std::move(connections.back());
        connections.pop_back();
    };
    for (;;) {
        std::vector<pollfd> fds{{wake_read_fd_, POLLIN, 0}, {listen_fd_, POLLIN, 0}};
        for (const Connection& c : connections) fds.push_back({c.fd, POLLIN, 0});
        // Sleep until the next reply is due (to the nanosecond), or until something arrives.
        timespec wait{};
        timespec* timeout = nullptr;
        if (!pending.empty()) {
            std::int64_t due = pending.front().due_ns;
            for (const PendingReply& r : pending) due = std::min(due, r.due_ns);
            const std::int64_t left = std::max<std::int64_t>(0, due - now_ns());
            wait = {static_cast<time_t>(left / 1'000'000'000), static_cast<long>(left % 1'000'000'000)};
            timeout = &wait;
        }
        const int ready = ppoll(fds.data(), fds.size(), timeout, nullptr);
        if (ready < 0 && errno != EINTR) break;
        if (fds[0].revents != 0) break;  // asked to stop
        if (fds[1].revents & POLLIN) {
            const int client = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) connections.push_back({client, {}});
        }
        // Connections polled this round are fds[2 ..]; dropping one moves the last into its
        // place, so walk backwards to keep the two lists in step.
        for (std::size_t k = fds.size(); k-- > 2;) {
            if ((fds[k].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
            const std::size_t i = k - 2;
            unsigned char buffer[4096];
            const ssize_t n = recv(connections[i].fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                drop_connection(i);
                continue;
            }
            std::vector<unsigned char>& partial = connections[i].partial;
            partial.insert(partial.end(), buffer, buffer + n);
            std::size_t used = 0;
            for (; partial.size() - used >= kProbeBytes; used += kProbeBytes) {
                PendingReply reply;
                reply.fd = connections[i].fd;
                std::copy_n(partial.begin() + static_cast<std::ptrdiff_t>(used), kProbeBytes, reply.bytes.begin());
                const std::int64_t server_ns = std::clamp<std::int64_t>(probe_server_ns(reply.bytes.data()), 0, kMaxServerNs);
                reply.due_ns = now_ns() + server_ns;
                pending.push_back(reply);
            }
            partial.erase(partial.begin(), partial.begin() + static_cast<std::ptrdiff_t>(used));
        }
        const std::int64_t now = now_ns();
        for (std::size_t r = 0; r < pending.size();) {
            if (pending[r].due_ns > now) {
                ++r;
                continue;
            }
            const PendingReply reply = pending[r];
            pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(r));
            if (!send_all(reply.fd, reply.bytes.data(), reply.bytes.size())) {
                for (std::size_t i = 0; i < connections.size(); ++i)
                    if (connections[i].fd == reply.fd) {
                        drop_connection(i);
                        break;
                    }
                r = 0;  // dropping may have removed other pending replies
            }
        }
    }
    for (const Connection& c : connections) close(c.fd);
}

}  // namespace conclab

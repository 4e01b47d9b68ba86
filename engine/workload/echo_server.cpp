#include "workload/echo_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace conclab {
namespace {

[[noreturn]] void throw_errno(const char* what) { throw std::system_error(errno, std::generic_category(), what); }

}  // namespace

EchoServer::EchoServer() {
    listen_fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listen_fd_ < 0) throw_errno("echo server: cannot create a socket");
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
        throw_errno("echo server: cannot listen on 127.0.0.1");
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

void EchoServer::serve() {
    std::vector<pollfd> fds{{wake_read_fd_, POLLIN, 0}, {listen_fd_, POLLIN, 0}};
    char buffer[4096];
    for (;;) {
        if (poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (fds[0].revents != 0) break;  // asked to stop
        if (fds[1].revents & POLLIN) {
            const int client = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) fds.push_back({client, POLLIN, 0});
        }
        for (std::size_t i = 2; i < fds.size();) {
            bool closed = false;
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = recv(fds[i].fd, buffer, sizeof buffer, 0);
                closed = n <= 0;
                for (ssize_t sent = 0; n > 0 && sent < n;) {
                    const ssize_t w = send(fds[i].fd, buffer + sent, static_cast<std::size_t>(n - sent), MSG_NOSIGNAL);
                    if (w <= 0) {
                        closed = true;
                        break;
                    }
                    sent += w;
                }
            }
            if (closed) {
                close(fds[i].fd);
                fds[i] = fds.back();
                fds.pop_back();
            } else {
                fds[i].revents = 0;
                ++i;
            }
        }
    }
    for (std::size_t i = 2; i < fds.size(); ++i) close(fds[i].fd);
}

}  // namespace conclab

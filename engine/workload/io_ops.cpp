#include "workload/io_ops.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <vector>

#include "core/clock.h"

namespace conclab {
namespace {

bool stopping(const std::atomic<int>* stop) { return stop && stop->load(std::memory_order_relaxed) != 0; }

unsigned char pattern_byte(std::int64_t i) { return static_cast<unsigned char>((i * 131 + 7) & 0xff); }

}  // namespace

int sleep_for(std::int64_t ns, const std::atomic<int>* stop) {
    const std::int64_t end = now_ns() + ns;
    for (std::int64_t left = ns; left > 0; left = end - now_ns()) {
        if (stopping(stop)) return kStatusStopped;
        const std::int64_t slice = std::min<std::int64_t>(left, 10'000'000);
        timespec ts{static_cast<time_t>(slice / 1'000'000'000), static_cast<long>(slice % 1'000'000'000)};
        nanosleep(&ts, nullptr);
    }
    return 0;
}

int file_round_trip(const std::string& path, std::int64_t bytes, const std::atomic<int>* stop) {
    const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    int status = 0;
    std::vector<unsigned char> block(static_cast<std::size_t>(std::min<std::int64_t>(bytes, 1 << 20)));
    auto stopped = [&] {
        if (stopping(stop)) status = kStatusStopped;
        return status != 0;
    };
    for (std::int64_t done = 0; !stopped() && done < bytes;) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::int64_t>(bytes - done, std::ssize(block)));
        for (std::size_t i = 0; i < n; ++i) block[i] = pattern_byte(done + static_cast<std::int64_t>(i));
        const ssize_t w = write(fd, block.data(), n);
        if (w <= 0) status = errno ? errno : EIO;
        else done += w;
    }
    if (status == 0 && fsync(fd) != 0) status = errno;
    if (status == 0 && lseek(fd, 0, SEEK_SET) != 0) status = errno;
    for (std::int64_t done = 0; !stopped() && done < bytes;) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::int64_t>(bytes - done, std::ssize(block)));
        const ssize_t r = read(fd, block.data(), want);
        if (r <= 0) {
            status = r == 0 ? kStatusCorrupt : errno;
            break;
        }
        for (ssize_t i = 0; i < r; ++i)
            if (block[static_cast<std::size_t>(i)] != pattern_byte(done + i)) status = kStatusCorrupt;
        done += r;
    }
    close(fd);
    unlink(path.c_str());
    return status;
}

EchoConnection::~EchoConnection() {
    if (fd_ >= 0) close(fd_);
}

int EchoConnection::connect_to(std::uint16_t port) {
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) return errno;
    const int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // one small message per round trip
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return errno;
    return 0;
}

namespace {

using Probe = std::array<unsigned char, kProbeBytes>;

Probe probe_bytes(std::uint64_t sequence, std::int64_t server_ns) {
    Probe bytes{};
    const auto ns = static_cast<std::uint64_t>(server_ns);
    for (std::size_t i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(ns >> (8 * i));
    for (std::size_t i = 8; i < bytes.size(); ++i) bytes[i] = static_cast<unsigned char>((sequence >> (i % 8)) + i);
    return bytes;
}

}  // namespace

std::int64_t probe_server_ns(const unsigned char* probe) {
    std::uint64_t ns = 0;
    for (std::size_t i = 0; i < 8; ++i) ns |= std::uint64_t{probe[i]} << (8 * i);
    return static_cast<std::int64_t>(ns);
}

int EchoConnection::send_probe(std::uint64_t sequence, std::int64_t server_ns) {
    const Probe out = probe_bytes(sequence, server_ns);
    if (send(fd_, out.data(), out.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(out.size())) return errno ? errno : EIO;
    return 0;
}

int EchoConnection::receive_probe(std::uint64_t sequence, std::int64_t server_ns, const std::atomic<int>* stop) {
    Probe in{};
    std::size_t got = 0;
    while (got < in.size()) {
        pollfd p{fd_, POLLIN, 0};
        const int ready = poll(&p, 1, 10);
        if (stopping(stop)) return kStatusStopped;
        if (ready < 0 && errno != EINTR) return errno;
        if (ready <= 0) continue;
        const ssize_t r = recv(fd_, in.data() + got, in.size() - got, 0);
        if (r <= 0) return r == 0 ? ECONNRESET : errno;
        got += static_cast<std::size_t>(r);
    }
    return in == probe_bytes(sequence, server_ns) ? 0 : kStatusCorrupt;
}

int EchoConnection::round_trip(std::uint64_t sequence, std::int64_t server_ns, const std::atomic<int>* stop) {
    const int sent = send_probe(sequence, server_ns);
    return sent != 0 ? sent : receive_probe(sequence, server_ns, stop);
}

}  // namespace conclab

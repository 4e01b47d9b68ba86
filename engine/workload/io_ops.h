#pragma once
// The blocking operations of the I/O workloads. Each returns a status: 0 done, kStatusStopped if
// the run was stopped meanwhile, otherwise the errno of what failed (or kStatusCorrupt if data
// came back different from what was sent or written).
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

namespace conclab {

inline constexpr int kStatusStopped = -1;
inline constexpr int kStatusCorrupt = -2;

// Sleeps `ns`, in slices short enough that a stop is noticed within ~10 ms.
int sleep_for(std::int64_t ns, const std::atomic<int>* stop);

// Writes `bytes` of a known pattern to a new private file at `path`, fsyncs, reads it back,
// checks it and removes the file. A stop is noticed between blocks of 1 MiB (a big file would
// otherwise hold a stopping run for seconds); the one fsync cannot be interrupted.
int file_round_trip(const std::string& path, std::int64_t bytes, const std::atomic<int>* stop = nullptr);

// A request is one 64-byte probe: the time the server is to take answering it (8 bytes, little
// endian, ns), then bytes derived from its sequence number. The reply must be the same bytes.
inline constexpr std::size_t kProbeBytes = 64;
std::int64_t probe_server_ns(const unsigned char* probe);

// One TCP connection to the loopback echo server.
class EchoConnection {
public:
    EchoConnection() = default;
    ~EchoConnection();
    EchoConnection(const EchoConnection&) = delete;
    EchoConnection& operator=(const EchoConnection&) = delete;

    int connect_to(std::uint16_t port);
    // Sends a probe asking the server to take `server_ns` and waits (polling `stop` every 10 ms)
    // until the same bytes come back.
    int round_trip(std::uint64_t sequence, std::int64_t server_ns, const std::atomic<int>* stop);
    // The two halves of a round trip, for an event loop that waits for the reply with epoll.
    int send_probe(std::uint64_t sequence, std::int64_t server_ns);
    int receive_probe(std::uint64_t sequence, std::int64_t server_ns, const std::atomic<int>* stop);
    int fd() const { return fd_; }

private:
    int fd_ = -1;
};

}  // namespace conclab

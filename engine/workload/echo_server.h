#pragma once
// A loopback echo server for the `net:` workload: bound to 127.0.0.1 on an ephemeral port, it
// sends every 64-byte probe back once the server time the probe asks for has passed (as a real
// server takes time to answer), and lives exactly as long as this object (one run).
#include <cstdint>
#include <thread>
#include <vector>

namespace conclab {

class EchoServer {
public:
    EchoServer();  // throws MessageError if it cannot listen
    ~EchoServer();
    EchoServer(const EchoServer&) = delete;
    EchoServer& operator=(const EchoServer&) = delete;

    std::uint16_t port() const { return port_; }

private:
    void serve();

    int listen_fd_ = -1;
    int wake_read_fd_ = -1;
    int wake_write_fd_ = -1;
    std::uint16_t port_ = 0;
    std::thread thread_;
};

}  // namespace conclab

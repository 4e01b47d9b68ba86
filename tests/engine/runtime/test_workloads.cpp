// The pieces tasks are made of: a deterministic CPU kernel, real file and socket I/O with checked
// data, sleeps that a stop interrupts, a private temp folder that disappears afterwards.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../../support/scoped_env.h"
#include "core/clock.h"
#include "workload/cpu_kernel.h"
#include "workload/echo_server.h"
#include "workload/io_ops.h"
#include "workload/private_temp_dir.h"

using namespace conclab;

TEST_CASE("the CPU kernel is deterministic per task and differs between tasks", "[workload]") {
    auto chain = [](std::uint32_t task, int ticks) {
        std::uint64_t x = cpu_seed(task);
        for (int i = 0; i < ticks; ++i) x = cpu_tick(x);
        return x;
    };
    CHECK(chain(3, 50) == chain(3, 50));
    CHECK(chain(3, 50) != chain(4, 50));
    CHECK(chain(3, 50) != chain(3, 51));
}

TEST_CASE("calibration yields ticks for any positive duration", "[workload]") {
    const double per_ms = measure_cpu_ticks_per_ms();
    REQUIRE(per_ms > 0);
    CHECK(ticks_for_ns(1, per_ms) == 1);
    CHECK(ticks_for_ns(0, per_ms) == 0);
    CHECK(ticks_for_ns(10'000'000, per_ms) >= ticks_for_ns(1'000'000, per_ms) * 9);
}

TEST_CASE("the private temp folder is 0700 and removed with its files", "[workload][safety]") {
    std::string path;
    {
        PrivateTempDir dir;
        path = dir.path();
        struct stat st {};
        REQUIRE(stat(path.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0700);
        std::ofstream(path + "/left-over.dat") << "x";
    }
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("a temp folder left by a killed run is removed by the next one, a live run's never", "[workload][safety]") {
    PrivateTempDir base;  // stands in for $TMPDIR
    // The pid of a process that has ended: a child that exits at once, reaped.
    const pid_t dead = fork();
    if (dead == 0) _exit(0);
    REQUIRE(dead > 0);
    REQUIRE(waitpid(dead, nullptr, 0) == dead);
    const std::string leftover = base.path() + "/conclab-" + std::to_string(dead) + "-AbCdEf";
    const std::string live = base.path() + "/conclab-" + std::to_string(getpid()) + "-GhIjKl";
    const std::string unrelated = base.path() + "/conclab-notes";
    for (const std::string& dir : {leftover, live, unrelated}) {
        std::filesystem::create_directory(dir);
        std::ofstream(dir + "/file.dat") << "x";
    }
    {
        const conclab::testing::ScopedEnv tmpdir("TMPDIR", base.path().c_str());
        PrivateTempDir next_run;
    }
    CHECK_FALSE(std::filesystem::exists(leftover));
    CHECK(std::filesystem::exists(live + "/file.dat"));
    CHECK(std::filesystem::exists(unrelated + "/file.dat"));
}

TEST_CASE("a file round trip writes, syncs, reads back, checks and removes its file", "[workload]") {
    PrivateTempDir dir;
    const std::string file = dir.path() + "/f.dat";
    CHECK(file_round_trip(file, 3 * 1024 * 1024 + 17) == 0);
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK(file_round_trip(dir.path() + "/missing-folder/f.dat", 10) != 0);
}

TEST_CASE("the echo server answers round trips on loopback and closes with the run", "[workload][net]") {
    std::uint16_t port = 0;
    {
        EchoServer server;
        port = server.port();
        REQUIRE(port != 0);
        EchoConnection a, b;
        REQUIRE(a.connect_to(port) == 0);
        REQUIRE(b.connect_to(port) == 0);
        for (std::uint64_t i = 0; i < 50; ++i) {
            REQUIRE(a.round_trip(i, 0, nullptr) == 0);
            REQUIRE(b.round_trip(i * 7, 0, nullptr) == 0);
        }
    }
    EchoConnection late;
    CHECK(late.connect_to(port) != 0);  // nothing listens any more
}

TEST_CASE("the echo server answers each request only after the server time it asks for", "[workload][net]") {
    EchoServer server;
    EchoConnection c;
    REQUIRE(c.connect_to(server.port()) == 0);
    for (std::uint64_t i = 0; i < 3; ++i) {
        const std::int64_t start = now_ns();
        REQUIRE(c.round_trip(i, 20'000'000, nullptr) == 0);
        CHECK(now_ns() - start >= 20'000'000);  // a lower bound: the reply cannot come sooner
    }
}

TEST_CASE("a sleep ends early when the run is stopped", "[workload]") {
    std::atomic<int> stop{1};
    const std::int64_t start = now_ns();
    CHECK(sleep_for(10'000'000'000, &stop) == kStatusStopped);
    CHECK(now_ns() - start < 5'000'000'000);  // a 10 s sleep did not run its course
}

TEST_CASE("the echo server listens on 127.0.0.1 only, on a port the kernel picked", "[workload][net][safety]") {
    EchoServer server;
    // /proc/net/tcp: "sl local_address rem_address st ...", addresses as hex IP:port, LISTEN = 0A.
    std::ifstream tcp("/proc/net/tcp");
    std::string line;
    std::getline(tcp, line);  // header
    std::vector<std::string> listeners;
    while (std::getline(tcp, line)) {
        std::istringstream fields(line);
        std::string slot, local, remote, state;
        fields >> slot >> local >> remote >> state;
        const auto colon = local.find(':');
        if (state == "0A" && std::stoul(local.substr(colon + 1), nullptr, 16) == server.port())
            listeners.push_back(local.substr(0, colon));
    }
    REQUIRE(listeners.size() == 1);
    CHECK(listeners[0] == "0100007F");  // 127.0.0.1, not 0.0.0.0: nobody else on the network can reach it
    std::ifstream range_file("/proc/sys/net/ipv4/ip_local_port_range");
    unsigned low = 0, high = 0;
    range_file >> low >> high;
    CHECK(server.port() >= low);
    CHECK(server.port() <= high);
}

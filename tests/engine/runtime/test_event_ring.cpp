// The rings that carry events from workers to the collector: nothing lost, nothing reordered,
// across threads and across fork().
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <thread>
#include <vector>

#include "record/shared_region.h"

using namespace conclab;

TEST_CASE("a ring carries every event in order from a producer thread to a consumer thread", "[ring]") {
    SharedRegion region(1, 256);  // small, so the producer often finds it full
    EventRing ring = region.ring(0);
    constexpr std::int64_t kCount = 200'000;
    std::thread producer([&] {
        for (std::int64_t i = 0; i < kCount; ++i) {
            Event e;
            e.t_ns = i;
            while (!ring.try_push(e)) std::this_thread::yield();
        }
    });
    std::vector<Event> got;
    while (static_cast<std::int64_t>(got.size()) < kCount) ring.drain(got);
    producer.join();
    REQUIRE(got.size() == static_cast<std::size_t>(kCount));
    for (std::int64_t i = 0; i < kCount; ++i) REQUIRE(got[static_cast<std::size_t>(i)].t_ns == i);
}

TEST_CASE("a forked process's events reach the parent intact through shared memory", "[ring][process]") {
    SharedRegion region(2, 1024);
    const pid_t child = fork();
    if (child == 0) {
        EventRing ring = region.ring(1);
        for (int i = 0; i < 1000; ++i) {
            Event e;
            e.t_ns = 1000 + i;
            e.lane = 1;
            e.task = static_cast<std::uint32_t>(i);
            ring.try_push(e);
        }
        region.control().tasks_done.store(1000);
        _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    std::vector<Event> got;
    region.ring(1).drain(got);
    REQUIRE(got.size() == 1000);
    for (int i = 0; i < 1000; ++i) {
        CHECK(got[static_cast<std::size_t>(i)].task == static_cast<std::uint32_t>(i));
        CHECK(got[static_cast<std::size_t>(i)].t_ns == 1000 + i);
    }
    CHECK(region.control().tasks_done.load() == 1000);
    std::vector<Event> other;
    CHECK(region.ring(0).drain(other) == 0);
}

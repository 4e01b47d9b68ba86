// The GIL row from scripted readings of an interpreter's memory: who holds it, hand-offs from
// one thread to another, gaps when nobody holds it, and CPython's own switch counter.
#include <catch2/catch.hpp>

#include <cstring>
#include <map>
#include <vector>

#include "observe/gil_tracker.h"

using namespace conclab;
using namespace conclab::observe;

namespace {

constexpr std::uint64_t kGil = 0x10000;
constexpr std::uint64_t kTstateA = 0x20000;
constexpr std::uint64_t kTstateB = 0x30000;
constexpr std::uint64_t kNativeTid = 160;

// A fake interpreter memory: the GIL structure and two PyThreadStates.
struct FakeInterpreter {
    std::int32_t locked = 0;
    std::uint64_t last_holder = 0;
    std::uint64_t switch_number = 0;
    bool gone = false;

    int read(std::uint64_t address, void* out, std::size_t size) const {
        if (gone) return ESRCH;
        std::vector<unsigned char> bytes(size, 0);
        auto put = [&](std::uint64_t at, const void* value, std::size_t n) {
            if (at >= address && at + n <= address + size) std::memcpy(bytes.data() + (at - address), value, n);
        };
        const std::uint64_t tid_a = 101, tid_b = 102;
        put(kGil + 8, &last_holder, 8);
        put(kGil + 16, &locked, 4);
        put(kGil + 24, &switch_number, 8);
        put(kTstateA + kNativeTid, &tid_a, 8);
        put(kTstateB + kNativeTid, &tid_b, 8);
        std::memcpy(out, bytes.data(), size);
        return 0;
    }
};

PythonRuntime runtime() {
    PythonRuntime r;
    r.access = GilAccess::Readable;
    r.gil_address = kGil;
    r.gil = GilStructOffsets{.last_holder = 8, .locked = 16, .switch_number = 24, .cond = 32, .size = 208};
    r.tstate_native_thread_id = kNativeTid;
    return r;
}

}  // namespace

TEST_CASE("hand-offs between two threads become release/acquire pairs naming the previous holder") {
    FakeInterpreter mem;
    GilTracker tracker(runtime(), [&](std::uint64_t a, void* o, std::size_t n) { return mem.read(a, o, n); });
    const std::map<int, std::uint32_t> lanes{{101, 0}, {102, 1}};
    auto lane_of = [&](int tid) { return lanes.at(tid); };
    std::vector<Event> out;

    mem = {1, kTstateA, 10};
    tracker.sample(1000, lane_of, out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == EventKind::GilAcquire);
    CHECK(out[0].lane == 0);
    CHECK(out[0].peer == kNoLane);

    tracker.sample(2000, lane_of, out);  // the same holder: nothing new
    CHECK(out.size() == 1);

    mem = {1, kTstateB, 11};
    tracker.sample(3000, lane_of, out);
    REQUIRE(out.size() == 3);
    CHECK(out[1].kind == EventKind::GilRelease);
    CHECK(out[1].lane == 0);
    CHECK(out[1].t_ns == 2500);  // half-way between the samples that saw A and B
    CHECK(out[2].kind == EventKind::GilAcquire);
    CHECK(out[2].lane == 1);
    CHECK(out[2].peer == 0);
    CHECK(tracker.holder_lane() == 1);

    mem = {0, kTstateB, 11};  // released, nobody holds it
    tracker.sample(4000, lane_of, out);
    REQUIRE(out.size() == 4);
    CHECK(out[3].kind == EventKind::GilRelease);
    CHECK(tracker.holder_lane() == kNoLane);

    mem = {1, kTstateA, 12};  // A takes it after the gap: still a hand-off from B
    tracker.sample(5000, lane_of, out);
    REQUIRE(out.size() == 5);
    CHECK(out[4].kind == EventKind::GilAcquire);
    CHECK(out[4].peer == 1);
    CHECK(out[4].a == 3500);  // when B let go

    mem.switch_number = 40;  // CPython counted switches too short to see between samples
    tracker.sample(6000, lane_of, out);
    CHECK(tracker.switches() == 30);
    CHECK(tracker.samples() == 6);
}

TEST_CASE("a GIL that is not created yet (locked = -1) or a process that is gone shows no holder") {
    FakeInterpreter mem;
    mem.locked = -1;
    mem.last_holder = kTstateA;
    GilTracker tracker(runtime(), [&](std::uint64_t a, void* o, std::size_t n) { return mem.read(a, o, n); });
    std::vector<Event> out;
    tracker.sample(1000, [](int) { return 0u; }, out);
    CHECK(out.empty());
    mem.gone = true;
    CHECK(tracker.sample(2000, [](int) { return 0u; }, out) == ESRCH);
    CHECK(out.empty());
}

TEST_CASE("the holder's lane closing ends its GIL bar") {
    FakeInterpreter mem{1, kTstateA, 0};
    GilTracker tracker(runtime(), [&](std::uint64_t a, void* o, std::size_t n) { return mem.read(a, o, n); });
    std::vector<Event> out;
    tracker.sample(1000, [](int) { return 7u; }, out);
    tracker.release_if_held(1500, out);
    REQUIRE(out.size() == 2);
    CHECK(out[1].kind == EventKind::GilRelease);
    CHECK(out[1].lane == 7);
    CHECK(out[1].t_ns == 1500);
}

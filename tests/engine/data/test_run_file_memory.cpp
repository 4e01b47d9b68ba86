// What opening a saved run may allocate is bounded by the file's size, whatever the file claims:
// every allocation of this test program is counted (operator new is replaced here, which is why
// these tests are a program of their own), and the peak while a file is read is compared with
// the file's size.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <new>

#include "run_file_fixtures.h"
#include "runfile/run_file_reader.h"

namespace {

// Each block carries its size in front of it, so the count knows what a delete gives back.
constexpr std::size_t kHeader = 16;
std::atomic<std::int64_t> g_live{0};
std::atomic<std::int64_t> g_peak{0};

void* counted_alloc(std::size_t size) {
    void* block = std::malloc(size + kHeader);
    if (block == nullptr) throw std::bad_alloc();
    *static_cast<std::size_t*>(block) = size;
    const std::int64_t live = g_live.fetch_add(static_cast<std::int64_t>(size)) + static_cast<std::int64_t>(size);
    std::int64_t peak = g_peak.load();
    while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
    }
    return static_cast<char*>(block) + kHeader;
}

void counted_free(void* p) noexcept {
    if (p == nullptr) return;
    void* block = static_cast<char*>(p) - kHeader;
    g_live.fetch_sub(static_cast<std::int64_t>(*static_cast<std::size_t*>(block)));
    std::free(block);
}

}  // namespace

void* operator new(std::size_t size) { return counted_alloc(size); }
void* operator new[](std::size_t size) { return counted_alloc(size); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }
// The nothrow forms too (std::stable_sort's buffer uses them): every block this program frees must
// have come from counted_alloc.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return counted_alloc(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return counted_alloc(size);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void* p, const std::nothrow_t&) noexcept { counted_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { counted_free(p); }

using namespace conclab;
using namespace conclab::test;

namespace {

// The most that was allocated at once while `text` was read, above what was allocated before.
std::int64_t peak_while_reading(const std::string& text) {
    const std::int64_t before = g_live.load();
    g_peak.store(before);
    {
        auto opened = read_run_file_bytes(text, "meter.conclab.json");
        (void)opened;
    }
    return g_peak.load() - before;
}

// A generous constant factor: segments are 24 bytes from at least 12 of text, vectors double.
constexpr std::int64_t kBytesPerFileByte = 16;
constexpr std::int64_t kFixedBytes = 256 * 1024;  // the reader's block buffer and small tables

}  // namespace

TEST_CASE("opening a run allocates a bounded multiple of the file's size", "[runfile][memory]") {
    const RunResult a = folded_long_run();
    const RunResult b = gil_threads_run();
    for (const std::string& text : {run_file_text({&a}), run_file_text({&b}), run_file_text({&a, &b})}) {
        const std::int64_t peak = peak_while_reading(text);
        CAPTURE(text.size(), peak);
        CHECK(peak <= kBytesPerFileByte * static_cast<std::int64_t>(text.size()) + kFixedBytes);
    }
}

TEST_CASE("what a hostile file claims does not size anything", "[runfile][memory]") {
    const RunResult run = stopped_run();
    const std::string text = run_file_text({&run});
    auto with = [&](const std::string& from, const std::string& to) {
        std::string out = text;
        const auto at = out.find(from);
        REQUIRE(at != std::string::npos);
        return out.replace(at, from.size(), to);
    };
    // Counts far beyond what the file holds: tasks, cores, lanes, output lines; and thousands of
    // lanes with one segment each (a chunked row must not reserve a whole chunk for one segment).
    std::string many_lanes = "{\"name\":\"L\",\"group\":0,\"kind\":\"thread\",\"pid\":0,\"tid\":0,\"cpu_ns\":0,"
                             "\"voluntary_cs\":0,\"involuntary_cs\":0,\"peak_rss_kib\":0,\"begun\":true,\"ended\":true,"
                             "\"segments\":[0,1,0,0,0,LANE]}";
    std::string lanes;
    for (int i = 0; i < 20'000; ++i) {
        std::string lane = many_lanes;
        lane.replace(lane.find("LANE"), 4, std::to_string(i));
        lanes += (i ? "," : "") + lane;
    }
    const std::string hostile[] = {
        with("\"task_count\":4", "\"task_count\":16000000"),
        with("\"cores\":1,\"cpu_ids\":[]", "\"cores\":65535,\"cpu_ids\":[]"),
        with("\"output_dropped\":0", "\"output_dropped\":9223372036854775807"),
        with("\"lanes\":[", "\"lanes\":[" + lanes + ","),
    };
    for (const std::string& file : hostile) {
        const std::int64_t peak = peak_while_reading(file);
        CAPTURE(file.size(), peak);
        CHECK(peak <= kBytesPerFileByte * static_cast<std::int64_t>(file.size()) + kFixedBytes);
    }
}

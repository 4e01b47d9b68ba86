// Spawn stress: thousands of worker processes started while other threads of this process
// allocate and free memory all the while, as a GUI's threads do. With fork() a child copied
// whatever allocator lock another thread held at that instant and could hang in its first `new`
// (clang 14's ASan allocator did, in the ASan test run); a spawned worker copies nothing, so no
// run may ever hang. Its own test program (ctest -R spawn_stress, label "stress"), so its time is
// seen on its own.
#include <catch2/catch.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <thread>
#include <vector>

#include "../../support/process_table.h"
#include "core/clock.h"
#include "run_helpers.h"

using namespace conclab;
using namespace conclab::testing;

namespace {

#if defined(__SANITIZE_THREAD__)
#define CONCLAB_TSAN 1
#elif defined(__SANITIZE_ADDRESS__)
#define CONCLAB_ASAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CONCLAB_TSAN 1
#elif __has_feature(address_sanitizer)
#define CONCLAB_ASAN 1
#endif
#endif

// How many worker processes the test starts in total. Under a sanitizer every worker is a
// sanitizer-instrumented program whose start-up (shadow memory) costs many times a plain one's,
// so fewer fit the test run's time budget. 10,000 plain workers took 402 s on the 2-core machine
// while it was loaded, more than the whole test run may take; 2,000 keep the hundreds of starts
// racing the allocating threads that the fork() hang needed, in under a minute.
// The full 10,000: CONCLAB_SPAWN_STRESS_WORKERS=10000 ctest -R spawn_stress.
// Under TSan (about 80 ms per worker start) 150 still race the parent's allocating threads; the
// count of starts is ASan's and the plain build's to stress.
#if defined(CONCLAB_TSAN)
constexpr int kDefaultWorkers = 150;
#elif defined(CONCLAB_ASAN)
constexpr int kDefaultWorkers = 500;
#else
constexpr int kDefaultWorkers = 2000;
#endif

int total_workers() {
    const char* text = std::getenv("CONCLAB_SPAWN_STRESS_WORKERS");
    const int n = text ? std::atoi(text) : 0;
    return n > 0 ? n : kDefaultWorkers;
}

// Threads that allocate and free blocks of assorted sizes in bursts until told to stop, keeping
// some alive for a while so the allocator's free lists churn.
class AllocatingThreads {
public:
    explicit AllocatingThreads(int count) {
        for (int i = 0; i < count; ++i) threads_.emplace_back([this, i] { churn(static_cast<unsigned>(i)); });
    }
    ~AllocatingThreads() {
        stop_.store(true);
        for (std::thread& t : threads_) t.join();
    }
    AllocatingThreads(const AllocatingThreads&) = delete;
    AllocatingThreads& operator=(const AllocatingThreads&) = delete;
    long long allocations() const { return allocations_.load(); }

private:
    void churn(unsigned seed) {
        std::mt19937 rng(seed);
        std::uniform_int_distribution<std::size_t> size(16, 8192);
        std::vector<std::unique_ptr<char[]>> kept(64);
        while (!stop_.load(std::memory_order_relaxed)) {
            constexpr int kBurst = 2000;
            for (int i = 0; i < kBurst; ++i) {
                auto block = std::make_unique<char[]>(size(rng));
                block[0] = static_cast<char>(i);
                kept[static_cast<std::size_t>(i) % kept.size()] = std::move(block);  // frees the one there
            }
            allocations_.fetch_add(kBurst, std::memory_order_relaxed);
            // Leave the cores mostly to the workers being started, as a GUI between events would.
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    }

    std::atomic<bool> stop_{false};
    std::atomic<long long> allocations_{0};
    std::vector<std::thread> threads_;
};

}  // namespace

TEST_CASE("spawn_stress: thousands of worker processes started while other threads allocate never hang",
          "[stress][spawn][process]") {
    (void)cpu_ticks_per_ms();  // calibration is once per program, not part of any run
    AllocatingThreads allocating(3);
    int started = 0, runs = 0;
    const std::int64_t began = now_ns();
    const int total = total_workers();
    while (started < total) {
        // Alternately 64 one-task processes and a pool of 16 processes for 64 tasks.
        const RunModel model = runs % 2 == 0 ? RunModel::Processes : RunModel::ProcessPool;
        const int workers = model == RunModel::Processes ? 64 : 16;
        INFO("run " << runs << " (" << run_model_name(model) << "), " << started << " workers started before it");
        RunSession session(make_experiment("cpu:100us", 64, model, workers, runs % 4 < 2));
        session.start();
        const bool ended = session.wait_for(std::chrono::seconds(60));  // generous no-hang bound
        if (!ended) {
            const auto children = child_processes();
            FAIL("the run hung; its worker processes:\n" << describe(children));
        }
        const RunResult r = session.take_result();
        REQUIRE(r.status == RunStatus::Completed);
        REQUIRE(r.metrics.tasks_done == 64);
        started += static_cast<int>(r.store().layout().lanes.size());
        ++runs;
    }
    const double seconds = static_cast<double>(now_ns() - began) / 1e9;
    std::printf("spawn stress: %d worker processes in %d runs, %.1f s (%.2f ms per worker), %lld allocations beside\n",
                started, runs, seconds, seconds * 1000.0 / started, allocating.allocations());
    CHECK(child_processes().empty());
}

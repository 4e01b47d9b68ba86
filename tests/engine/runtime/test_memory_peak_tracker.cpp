// A run's memory as PSS/USS: a forked child's pages shared with its parent are counted once, the
// peak is kept while processes come and go, and without smaps_rollup VmHWM stands in, marked.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "machine/memory_peak_tracker.h"
#include "machine/proc_file.h"
#include "machine/process_memory.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace std::chrono_literals;

namespace {

constexpr std::size_t kSharedBytes = 16u << 20;

// A child forked after the parent wrote a block of memory: until someone writes to them, the
// block's pages are shared by both. It waits until told to exit (RAII: killed and reaped).
class SharingChild {
public:
    SharingChild() {
        if (::pipe(release_) != 0) return;
        pid_ = ::fork();
        if (pid_ == 0) {
            ::close(release_[1]);  // so that the parent closing its end is an end of file here
            char byte = 0;
            while (::read(release_[0], &byte, 1) != 0) {
            }
            ::_exit(0);
        }
    }
    ~SharingChild() {
        release();
        ::close(release_[0]);
    }
    pid_t pid() const { return pid_; }
    // Tells the child to exit and reaps it.
    void release() {
        if (release_[1] >= 0) {
            ::close(release_[1]);
            release_[1] = -1;
        }
        if (pid_ > 0) ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    int release_[2] = {-1, -1};
    pid_t pid_ = -1;
};

ProcessMemory memory_of(pid_t pid) {
    const FileText text = read_text_file("/proc/" + std::to_string(pid) + "/smaps_rollup");
    REQUIRE(text);
    const auto m = parse_smaps_rollup(text.text);
    REQUIRE(m);
    return *m;
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

std::string rollup(int rss, int pss, int private_dirty) {
    return "Rss: " + std::to_string(rss) + " kB\nPss: " + std::to_string(pss) + " kB\nPrivate_Clean: 0 kB\nPrivate_Dirty: " +
           std::to_string(private_dirty) + " kB\n";
}

MemoryPeakTrackerOptions manual(const std::string& root = "/proc") {
    MemoryPeakTrackerOptions o;
    o.period = std::chrono::hours(1);  // only the samples the test takes
    o.proc_root = root;
    return o;
}

}  // namespace

TEST_CASE("a forked child's PSS is less than its RSS: the pages it shares count half", "[machine][memory]") {
    // Written by the parent before the fork: resident in both, private to neither.
    const auto block = std::make_unique_for_overwrite<char[]>(kSharedBytes);
    std::memset(block.get(), 1, kSharedBytes);
    SharingChild child;
    REQUIRE(child.pid() > 0);

    const ProcessMemory m = memory_of(child.pid());
    INFO("child RSS " << m.rss_kib << " KiB, PSS " << m.pss_kib << " KiB, USS " << m.uss_kib << " KiB");
    const std::int64_t shared_kib = static_cast<std::int64_t>(kSharedBytes / 1024);
    CHECK(m.rss_kib >= shared_kib);
    CHECK(m.pss_kib < m.rss_kib);
    CHECK(m.uss_kib <= m.pss_kib);
    // At least the block is shared: its pages are charged half to the child.
    CHECK(m.rss_kib - m.pss_kib >= shared_kib / 2 * 9 / 10);
}

TEST_CASE("the summed PSS of parent and child counts the shared block once; summed RSS twice", "[machine][memory]") {
    const auto block = std::make_unique_for_overwrite<char[]>(kSharedBytes);
    std::memset(block.get(), 1, kSharedBytes);
    SharingChild child;
    REQUIRE(child.pid() > 0);
    MemoryPeakTracker tracker(manual());
    CHECK(tracker.add_pid(::getpid()));
    CHECK(tracker.add_pid(child.pid()));
    CHECK(tracker.add_pid(child.pid()));  // the same process again: still counted once
    tracker.sample_now();
    const MemoryPeak peak = tracker.peak();
    INFO("summed PSS " << peak.kib << " KiB, summed RSS " << peak.rss_kib_at_peak << " KiB");
    CHECK(peak.figure == MemoryFigure::Pss);
    CHECK(peak.processes == 2);
    CHECK(peak.samples == 1);
    const std::int64_t shared_kib = static_cast<std::int64_t>(kSharedBytes / 1024);
    CHECK(peak.kib >= shared_kib);  // the block is there once
    CHECK(peak.rss_kib_at_peak - peak.kib >= shared_kib * 9 / 10);  // and RSS has it twice
    CHECK(peak.uss_kib <= peak.kib);
    CHECK(tracker.problems().empty());
}

TEST_CASE("a process that ends keeps its part in the peak and is never read again", "[machine][memory]") {
    const auto block = std::make_unique_for_overwrite<char[]>(kSharedBytes);
    std::memset(block.get(), 1, kSharedBytes);
    SharingChild child;
    REQUIRE(child.pid() > 0);
    const pid_t pid = child.pid();
    MemoryPeakTracker tracker(manual());
    REQUIRE(tracker.add_pid(pid));
    tracker.sample_now();
    const std::int64_t with_child = tracker.peak().kib;
    CHECK(with_child > 0);
    child.release();  // exits and is reaped: its pid may now be reused by anyone
    tracker.sample_now();
    tracker.sample_now();
    CHECK(tracker.peak().kib == with_child);
    CHECK(tracker.peak().samples == 3);
    CHECK(tracker.problems().empty());
    CHECK_FALSE(tracker.add_pid(pid));  // gone: nothing to add
}

TEST_CASE("the tracker's own thread samples processes added while it runs", "[machine][memory]") {
    MemoryPeakTrackerOptions o;
    o.period = 5ms;
    MemoryPeakTracker tracker(o);
    std::this_thread::sleep_for(20ms);
    CHECK(tracker.peak().samples == 0);  // nothing to sample yet
    REQUIRE(tracker.add_pid(::getpid()));
    const auto no_hang_bound = std::chrono::steady_clock::now() + 20s;
    while (tracker.peak().samples < 2 && std::chrono::steady_clock::now() < no_hang_bound) std::this_thread::sleep_for(5ms);
    tracker.stop();
    const MemoryPeak peak = tracker.peak();
    CHECK(peak.samples >= 2);
    CHECK(peak.kib > 0);
    CHECK(peak.figure == MemoryFigure::Pss);
}

TEST_CASE("the peak is the highest sum seen at one moment", "[machine][memory]") {
    const PrivateTempDir proc;
    const std::filesystem::path root = proc.path();
    write(root / "200" / "smaps_rollup", rollup(1000, 300, 100));
    write(root / "200" / "status", "Name:\tw\n");
    write(root / "201" / "smaps_rollup", rollup(900, 200, 50));
    write(root / "201" / "status", "Name:\tw\n");
    MemoryPeakTracker tracker(manual(proc.path()));
    REQUIRE(tracker.add_pid(200));
    REQUIRE(tracker.add_pid(201));
    tracker.sample_now();
    CHECK(tracker.peak().kib == 500);
    CHECK(tracker.peak().rss_kib_at_peak == 1900);
    CHECK(tracker.peak().uss_kib == 150);
    write(root / "200" / "smaps_rollup", rollup(800, 100, 100));  // less later: the peak stays
    tracker.sample_now();
    CHECK(tracker.peak().kib == 500);
    write(root / "201" / "smaps_rollup", rollup(900, 450, 60));  // more: a new peak
    tracker.sample_now();
    const MemoryPeak peak = tracker.peak();
    CHECK(peak.kib == 550);
    CHECK(peak.rss_kib_at_peak == 1700);
    CHECK(peak.uss_kib == 160);
    CHECK(peak.figure == MemoryFigure::Pss);
}

TEST_CASE("without smaps_rollup (kernel < 4.14) the sum of VmHWM stands in, marked as such", "[machine][memory]") {
    const PrivateTempDir proc;
    const std::filesystem::path root = proc.path();
    write(root / "100" / "status", "Name:\tw\nVmHWM:\t    1000 kB\nVmRSS:\t 900 kB\n");
    write(root / "101" / "status", "Name:\tw\nVmHWM:\t     500 kB\n");
    MemoryPeakTracker tracker(manual(proc.path()));
    REQUIRE(tracker.add_pid(100));
    REQUIRE(tracker.add_pid(101));
    tracker.sample_now();
    MemoryPeak peak = tracker.peak();
    CHECK(peak.figure == MemoryFigure::PeakRssSum);
    CHECK(peak.kib == 1500);
    CHECK(peak.uss_kib == 0);
    // A process that ended keeps the peak it had.
    std::filesystem::remove_all(root / "101");
    tracker.sample_now();
    peak = tracker.peak();
    CHECK(peak.kib == 1500);
    CHECK(peak.figure == MemoryFigure::PeakRssSum);
    CHECK(tracker.problems().empty());
}

TEST_CASE("a smaps_rollup that makes no sense is reported with its file", "[machine][memory]") {
    const PrivateTempDir proc;
    const std::filesystem::path root = proc.path();
    write(root / "300" / "smaps_rollup", "Pss: lots\n");
    write(root / "300" / "status", "Name:\tw\n");
    MemoryPeakTracker tracker(manual(proc.path()));
    REQUIRE(tracker.add_pid(300));
    tracker.sample_now();
    const auto problems = tracker.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == SourceProblemKind::Malformed);
    CHECK(problems[0].path == proc.path() + "/300/smaps_rollup");
}

// A run beside programs that spin on every CPU is marked busy: the class is told its figures
// cannot be trusted, and the core rows show the other programs' time. (The opposite, "a quiet
// machine is not marked", cannot be asserted here: CI and a developer's machine are not quiet.)
#include <catch2/catch.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <vector>

#include "machine/usable_cpus.h"
#include "run_helpers.h"

extern char** environ;

using namespace conclab;
using namespace conclab::testing;

namespace {

// Programs outside the run that keep every usable CPU busy while they live.
class Spinners {
public:
    explicit Spinners(int count) {
        for (int i = 0; i < count; ++i) {
            const char* argv[] = {"/bin/sh", "-c", "while :; do :; done", nullptr};
            pid_t pid = 0;
            if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) == 0)
                pids_.push_back(pid);
        }
    }
    Spinners(const Spinners&) = delete;
    Spinners& operator=(const Spinners&) = delete;
    ~Spinners() {
        for (pid_t pid : pids_) kill(pid, SIGKILL);
        for (pid_t pid : pids_) waitpid(pid, nullptr, 0);
    }
    std::size_t count() const { return pids_.size(); }

private:
    std::vector<pid_t> pids_;
};

}  // namespace

TEST_CASE("a run beside programs spinning on every CPU is marked busy, with their time on the core rows",
          "[busy]") {
    const int cpus = usable_cpus().count;
    const Spinners spinners(cpus);
    REQUIRE(spinners.count() == static_cast<std::size_t>(cpus));
    const RunResult r = run_to_end(make_experiment("cpu:300ms", 1, RunModel::Sequential, 1, false));
    REQUIRE(r.status == RunStatus::Completed);
    const MachineLoad& load = r.metrics.machine;
    REQUIRE(load.measured);
    // Other programs' time is at most what the CPUs could give in the run's wall time.
    CHECK(load.other_cpu_ns <= load.capacity_ns);
    CHECK(load.other_share() > kBusyOtherShare);
    CHECK(r.metrics.machine_busy());
    std::int64_t drawn = 0;
    for (std::uint32_t row = 0; row < r.store().layout().core_row_count(); ++row) {
        const SegmentSeq& seq = r.store().segments(RowRef{RowKind::CoreOther, row});
        for (std::size_t i = 0; i < seq.size(); ++i) drawn += seq[i].duration_ns();
    }
    CHECK(drawn > 0);
}

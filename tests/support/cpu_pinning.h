#pragma once
// Pins the calling thread to CPUs for a scope, as `taskset` pins a program, and puts the old mask
// back afterwards. Threads started and processes forked meanwhile inherit the pinned mask.
#include <sched.h>

#include <vector>

namespace conclab::testing {

class ScopedCpuPin {
public:
    explicit ScopedCpuPin(const std::vector<int>& cpus) {
        ok_ = sched_getaffinity(0, sizeof old_, &old_) == 0;
        cpu_set_t set;
        CPU_ZERO(&set);
        for (const int cpu : cpus) CPU_SET(cpu, &set);
        ok_ = ok_ && sched_setaffinity(0, sizeof set, &set) == 0;
    }
    ~ScopedCpuPin() { sched_setaffinity(0, sizeof old_, &old_); }
    ScopedCpuPin(const ScopedCpuPin&) = delete;
    ScopedCpuPin& operator=(const ScopedCpuPin&) = delete;
    bool ok() const { return ok_; }

private:
    cpu_set_t old_{};
    bool ok_ = false;
};

}  // namespace conclab::testing

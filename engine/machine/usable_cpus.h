#pragma once
// How many CPUs this program can really use, and which: the logical CPUs it may run on
// (its affinity mask — taskset, a cpuset cgroup — that are online), limited by a cgroup CPU
// quota (a container or systemd slice given "1.5 CPUs"). Engine, UI and captions use `count`,
// so a speedup is never measured against CPUs the run could not have.
#include <cstdint>
#include <optional>
#include <vector>

#include "machine/cgroup_files.h"
#include "machine/proc_file.h"

namespace conclab {

// What decided `UsableCpus::count`, tightest first. The UI turns it and the numbers into a sentence.
enum class CpuCountLimit : std::uint8_t {
    None,         // every CPU the kernel knows of is online and allowed
    Offline,      // some CPUs are offline (`configured` > `online`)
    Affinity,     // the affinity mask leaves out online CPUs (taskset, cpuset cgroup)
    CgroupQuota,  // a cgroup CPU quota allows fewer CPUs' worth of time than there are CPUs
};

struct UsableCpus {
    std::vector<int> cpu_ids;  // affinity ∩ online, ascending: where this process's threads can run
    std::optional<CgroupCpuLimit> quota;  // the tightest cgroup CPU limit on the way to the root
    int count = 1;  // min(cpu_ids.size(), quota->whole_cpus()), at least 1: the one number to use

    // Why, as numbers: "2 CPUs: 8 configured, 8 online, 2 allowed by the affinity mask".
    CpuCountLimit limit = CpuCountLimit::None;
    int configured = 0;  // CPUs the kernel was set up for (sysconf _SC_NPROCESSORS_CONF), online or not
    int online = 0;      // online CPUs
    int allowed = 0;     // CPUs in the affinity mask, online or not
    // Files that could not be read or made no sense: `count` was made from the rest (at worst from
    // sysconf(_SC_NPROCESSORS_ONLN)), so it is still a usable number, but less sure.
    std::vector<SourceProblem> problems;
};

// What the live reader found, before combining; kept apart so the rule is tested with data.
struct CpuFacts {
    int configured = 0;
    std::optional<std::vector<int>> online;    // ascending; nullopt: unknown
    std::optional<std::vector<int>> affinity;  // ascending; nullopt: unknown
    std::optional<CgroupCpuLimit> quota;
};
// The rule: cpu_ids = affinity ∩ online (either alone if the other is unknown; if neither is
// known, 0 .. configured-1), count = min(#cpu_ids, ceil(quota)) and at least 1.
UsableCpus combine_cpu_facts(const CpuFacts& facts);

// Reads the calling thread's affinity (a new thread or a forked child inherits it), the online
// CPUs and the cgroup limits now. A few small file reads: call it when a run starts, not per tick.
UsableCpus usable_cpus();

}  // namespace conclab

#pragma once
// Which cgroup CPU limit applies to this process, from the kernel's own files:
//   /proc/self/cgroup      "0::/user.slice/app.scope" (v2), "4:cpu,cpuacct:/docker/ab12" (v1)
//   /proc/self/mountinfo   where each cgroup hierarchy is mounted, and which part of it
//   cpu.max (v2)           "max 100000" (no limit) or "150000 100000" (1.5 CPUs)
//   cpu.cfs_quota_us and cpu.cfs_period_us (v1)   "-1" (no limit) or "150000", and "100000"
// A limit set on any ancestor cgroup applies too, so every directory up to the hierarchy's root
// is checked and the tightest limit wins. The parsers take text and are pure, for tests and fuzzing.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conclab {

enum class CgroupVersion : std::uint8_t { V1, V2 };

// One line of /proc/<pid>/cgroup.
struct CgroupMembership {
    int hierarchy = 0;                     // 0 is the v2 (unified) hierarchy
    std::vector<std::string> controllers;  // v1: "cpu", "cpuacct", "name=systemd"; v2: none
    std::string path;                      // "/user.slice/app.scope", relative to the hierarchy's root
};

// A cgroup file system from /proc/<pid>/mountinfo.
struct CgroupMount {
    CgroupVersion version = CgroupVersion::V2;
    std::string root;         // the part of the hierarchy this mount shows ("/" or "/docker/ab12")
    std::string mount_point;  // "/sys/fs/cgroup", "/sys/fs/cgroup/cpu,cpuacct"
    std::vector<std::string> options;  // super options; v1 names its controllers there ("rw,cpu,cpuacct")
};

// A CPU bandwidth limit: the cgroup's tasks together may run `quota_us` in every `period_us`.
struct CgroupCpuLimit {
    std::int64_t quota_us = 0;
    std::int64_t period_us = 0;
    double cpus() const { return static_cast<double>(quota_us) / static_cast<double>(period_us); }
    // Whole CPUs' worth of parallel work: 1.5 CPUs lets two workers run (each 75 % of the time).
    int whole_cpus() const;
    friend bool operator==(const CgroupCpuLimit&, const CgroupCpuLimit&) = default;
};

// nullopt: not the documented format. A parsed file without a limit gives `limited == false`.
struct CpuLimitFile {
    bool limited = false;
    CgroupCpuLimit limit;
};
std::optional<CpuLimitFile> parse_cpu_max(std::string_view text);
std::optional<CpuLimitFile> parse_cfs_quota(std::string_view quota_text, std::string_view period_text);

std::optional<std::vector<CgroupMembership>> parse_proc_cgroup(std::string_view text);
// Only the cgroup and cgroup2 mounts; lines that do not parse are skipped (mountinfo lists every
// mount of the system and only these matter).
std::vector<CgroupMount> parse_cgroup_mounts(std::string_view mountinfo_text);

// A directory whose CPU limit applies to the process.
struct CgroupCpuDir {
    CgroupVersion version = CgroupVersion::V2;
    std::string path;  // "/sys/fs/cgroup/user.slice/app.scope"
    friend bool operator==(const CgroupCpuDir&, const CgroupCpuDir&) = default;
};
// The process's cgroup directories that can hold a CPU limit, innermost first, up to and
// including each hierarchy's mount point: on the v2 hierarchy, and on the v1 hierarchy that has
// the `cpu` controller (a hybrid system has both; only one of them has the controller enabled).
std::vector<CgroupCpuDir> cgroup_cpu_dirs(const std::vector<CgroupMount>& mounts,
                                          const std::vector<CgroupMembership>& memberships);

}  // namespace conclab

#include "machine/usable_cpus.h"

#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <iterator>
#include <string>
#include <utility>

#include "machine/cpu_list.h"

namespace conclab {
namespace {

constexpr const char* kOnlinePath = "/sys/devices/system/cpu/online";

// sched_getaffinity with a mask big enough for this kernel: start at 1024 CPUs and double while
// the kernel says the mask is too small (EINVAL), as glibc's documentation advises.
std::optional<std::vector<int>> affinity_cpus(int& error_number) {
    for (int size = 1024; size <= (kMaxCpuId + 1) * 2; size *= 2) {
        cpu_set_t* set = CPU_ALLOC(static_cast<std::size_t>(size));
        if (set == nullptr) break;
        const std::size_t bytes = CPU_ALLOC_SIZE(static_cast<std::size_t>(size));
        CPU_ZERO_S(bytes, set);
        if (sched_getaffinity(0, bytes, set) == 0) {
            std::vector<int> ids;
            for (int cpu = 0; cpu < size && cpu <= kMaxCpuId; ++cpu)
                if (CPU_ISSET_S(static_cast<std::size_t>(cpu), bytes, set)) ids.push_back(cpu);
            CPU_FREE(set);
            return ids;
        }
        error_number = errno;
        CPU_FREE(set);
        if (error_number != EINVAL) break;
    }
    return std::nullopt;
}

// The tightest limit over the process's cgroup directories (v2 cpu.max, v1 cfs quota/period).
std::optional<CgroupCpuLimit> cgroup_quota(std::vector<SourceProblem>& problems) {
    const FileText cgroup = read_text_file("/proc/self/cgroup");
    const FileText mountinfo = read_text_file("/proc/self/mountinfo");
    if (!cgroup || !mountinfo) {
        // No cgroup files at all (not Linux ≥ 2.6.24, or /proc not mounted): nothing can limit
        // us that we could know of; say so only when /proc itself is there but unreadable.
        for (const auto& [file, path] : {std::pair{&cgroup, "/proc/self/cgroup"}, std::pair{&mountinfo, "/proc/self/mountinfo"}})
            if (!*file && file->error_number != ENOENT)
                problems.push_back({SourceProblemKind::Unreadable, path, file->error_number});
        return std::nullopt;
    }
    const auto memberships = parse_proc_cgroup(cgroup.text);
    if (!memberships) {
        problems.push_back({SourceProblemKind::Malformed, "/proc/self/cgroup", 0});
        return std::nullopt;
    }
    std::optional<CgroupCpuLimit> tightest;
    auto consider = [&](const std::optional<CpuLimitFile>& file, const std::string& path) {
        if (!file) {
            problems.push_back({SourceProblemKind::Malformed, path, 0});
            return;
        }
        if (!file->limited) return;
        if (!tightest || file->limit.cpus() < tightest->cpus()) tightest = file->limit;
    };
    for (const CgroupCpuDir& dir : cgroup_cpu_dirs(parse_cgroup_mounts(mountinfo.text), *memberships)) {
        // A level without the file has no limit of its own (the root cgroup, a cgroup whose
        // parent did not enable the cpu controller): not a problem.
        if (dir.version == CgroupVersion::V2) {
            const std::string path = dir.path + "/cpu.max";
            const FileText max = read_text_file(path);
            if (max) consider(parse_cpu_max(max.text), path);
        } else {
            const std::string quota_path = dir.path + "/cpu.cfs_quota_us";
            const FileText quota = read_text_file(quota_path);
            const FileText period = read_text_file(dir.path + "/cpu.cfs_period_us");
            if (quota && period) consider(parse_cfs_quota(quota.text, period.text), quota_path);
        }
    }
    return tightest;
}

}  // namespace

UsableCpus combine_cpu_facts(const CpuFacts& facts) {
    UsableCpus out;
    out.configured = std::max(facts.configured, 0);
    out.online = facts.online ? static_cast<int>(facts.online->size()) : out.configured;
    out.allowed = facts.affinity ? static_cast<int>(facts.affinity->size()) : out.online;
    out.quota = facts.quota;
    if (facts.online && facts.affinity) {
        std::set_intersection(facts.online->begin(), facts.online->end(), facts.affinity->begin(),
                              facts.affinity->end(), std::back_inserter(out.cpu_ids));
    } else if (facts.online || facts.affinity) {
        out.cpu_ids = facts.online ? *facts.online : *facts.affinity;
    } else {
        for (int cpu = 0; cpu < std::min(out.configured, kMaxCpuId + 1); ++cpu) out.cpu_ids.push_back(cpu);
    }
    const int cpus = static_cast<int>(out.cpu_ids.size());
    out.count = std::max(cpus, 1);
    if (out.configured > out.online) out.limit = CpuCountLimit::Offline;
    // The affinity limits us if it leaves out an online CPU (not merely offline ones).
    const int reference = facts.online ? static_cast<int>(facts.online->size()) : out.configured;
    if (facts.affinity && cpus < reference) out.limit = CpuCountLimit::Affinity;
    if (facts.quota && facts.quota->whole_cpus() < out.count) {
        out.count = facts.quota->whole_cpus();
        out.limit = CpuCountLimit::CgroupQuota;
    }
    return out;
}

UsableCpus usable_cpus() {
    CpuFacts facts;
    std::vector<SourceProblem> problems;
    const long configured = sysconf(_SC_NPROCESSORS_CONF);
    facts.configured = configured > 0 ? static_cast<int>(std::min<long>(configured, kMaxCpuId + 1)) : 0;

    const FileText online = read_text_file(kOnlinePath);
    if (!online) problems.push_back({SourceProblemKind::Unreadable, kOnlinePath, online.error_number});
    else if (!(facts.online = parse_cpu_list(online.text))) problems.push_back({SourceProblemKind::Malformed, kOnlinePath, 0});

    int affinity_error = 0;
    facts.affinity = affinity_cpus(affinity_error);
    if (!facts.affinity) problems.push_back({SourceProblemKind::Unreadable, "sched_getaffinity", affinity_error});

    facts.quota = cgroup_quota(problems);

    UsableCpus out = combine_cpu_facts(facts);
    out.problems = std::move(problems);
    return out;
}

}  // namespace conclab

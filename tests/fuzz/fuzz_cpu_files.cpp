// libFuzzer target: the files that decide the CPU count — a CPU list (/sys/devices/system/cpu/
// online), cgroup v2 cpu.max, v1 cfs quota and period, /proc/self/cgroup and mountinfo. An input
// holding a line "----" is split there: /proc/self/cgroup (or the quota) before, mountinfo (or the
// period) after, so the directory search sees both files. Never a crash or undefined behaviour;
// accepted lists are ascending and read back the same; limits give at least one CPU; every
// directory searched lies under a cgroup mount point.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "machine/cgroup_files.h"
#include "machine/cpu_list.h"

using namespace conclab;

namespace {

void check_limit(const std::optional<CpuLimitFile>& file) {
    if (!file) return;
    FUZZ_CHECK(file->limit.period_us > 0);
    if (file->limited) {
        FUZZ_CHECK(file->limit.quota_us > 0);
        FUZZ_CHECK(file->limit.whole_cpus() >= 1);
        FUZZ_CHECK(file->limit.cpus() > 0);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::size_t marker = text.find("\n----\n");
    const std::string_view first = marker == std::string_view::npos ? text : text.substr(0, marker + 1);
    const std::string_view second = marker == std::string_view::npos ? text : text.substr(marker + 6);

    if (const auto ids = parse_cpu_list(text)) {
        for (std::size_t i = 0; i < ids->size(); ++i) {
            FUZZ_CHECK((*ids)[i] >= 0 && (*ids)[i] <= kMaxCpuId);
            if (i > 0) FUZZ_CHECK((*ids)[i - 1] < (*ids)[i]);
        }
        const auto again = parse_cpu_list(format_cpu_list(*ids));
        FUZZ_CHECK(again && *again == *ids);
    }
    check_limit(parse_cpu_max(text));
    check_limit(parse_cfs_quota(first, second));

    const auto memberships = parse_proc_cgroup(first);
    const auto mounts = parse_cgroup_mounts(second);
    for (const CgroupMount& m : mounts) FUZZ_CHECK(!m.mount_point.empty() && m.mount_point.front() == '/');
    if (memberships) {
        for (const CgroupMembership& m : *memberships) FUZZ_CHECK(!m.path.empty() && m.path.front() == '/');
        for (const CgroupCpuDir& dir : cgroup_cpu_dirs(mounts, *memberships)) {
            bool under_a_mount = false;
            for (const CgroupMount& m : mounts) {
                std::string mount_point = m.mount_point;
                while (mount_point.size() > 1 && mount_point.back() == '/') mount_point.pop_back();
                under_a_mount = under_a_mount || dir.path.compare(0, mount_point.size(), mount_point) == 0;
            }
            FUZZ_CHECK(under_a_mount);
        }
    }
    return 0;
}

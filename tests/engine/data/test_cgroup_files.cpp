// Which cgroup CPU limit applies: cpu.max (v2), cfs quota/period (v1), /proc/self/cgroup,
// mountinfo, and the directories from the process's cgroup up to each hierarchy's root.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "machine/cgroup_files.h"

using namespace conclab;

namespace {

struct LimitCase {
    const char* text;
    bool limited;
    std::int64_t quota_us;
    std::int64_t period_us;
    int whole_cpus;
};

std::vector<std::string> paths(const std::vector<CgroupCpuDir>& dirs) {
    std::vector<std::string> out;
    for (const auto& d : dirs) out.push_back((d.version == CgroupVersion::V2 ? "v2 " : "v1 ") + d.path);
    return out;
}

}  // namespace

TEST_CASE("cpu.max: 'max' is no limit, a quota is a number of CPUs over the period") {
    const LimitCase row = GENERATE(values<LimitCase>({
        {"max 100000\n", false, 0, 100000, 0},
        {"max", false, 0, 100000, 0},
        {"150000 100000\n", true, 150000, 100000, 2},
        {"100000 100000", true, 100000, 100000, 1},
        {"50000 100000", true, 50000, 100000, 1},      // half a CPU still lets one worker run
        {"400000 100000", true, 400000, 100000, 4},
        {"1000 1000000", true, 1000, 1000000, 1},
        {"200001 100000", true, 200001, 100000, 3},
    }));
    CAPTURE(row.text);
    const auto file = parse_cpu_max(row.text);
    REQUIRE(file);
    CHECK(file->limited == row.limited);
    CHECK(file->limit.period_us == row.period_us);
    if (row.limited) {
        CHECK(file->limit.quota_us == row.quota_us);
        CHECK(file->limit.whole_cpus() == row.whole_cpus);
        CHECK(file->limit.cpus() == Approx(static_cast<double>(row.quota_us) / static_cast<double>(row.period_us)));
    }
}

TEST_CASE("cpu.max that is not the documented format is refused") {
    const char* text = GENERATE("", "\n", "max max", "-1 100000", "150000 0", "0 100000", "150000 100000 5",
                                "1.5 100000", "150000 -100000", "max 0");
    CAPTURE(text);
    CHECK_FALSE(parse_cpu_max(text));
}

TEST_CASE("v1 cfs quota: -1 is no limit, otherwise quota over period") {
    const auto none = parse_cfs_quota("-1\n", "100000\n");
    REQUIRE(none);
    CHECK_FALSE(none->limited);
    const auto one_and_half = parse_cfs_quota("150000\n", "100000\n");
    REQUIRE(one_and_half);
    CHECK(one_and_half->limited);
    CHECK(one_and_half->limit.cpus() == Approx(1.5));
    CHECK(one_and_half->limit.whole_cpus() == 2);
    CHECK_FALSE(parse_cfs_quota("", "100000"));
    CHECK_FALSE(parse_cfs_quota("-2", "100000"));
    CHECK_FALSE(parse_cfs_quota("150000", "0"));
    CHECK_FALSE(parse_cfs_quota("150000", "max"));
    CHECK_FALSE(parse_cfs_quota("1 2", "100000"));
}

TEST_CASE("/proc/self/cgroup lines: hierarchy, controllers and path") {
    // This machine's file (a hybrid v1 + v2 set-up), as read while writing the test.
    const auto hybrid = parse_proc_cgroup(
        "9:name=systemd:/\n8:pids:/\n4:memory:/process_api/9bb9\n2:cpuacct:/\n1:cpu:/\n0::/\n");
    REQUIRE(hybrid);
    REQUIRE(hybrid->size() == 6);
    CHECK(hybrid->at(2).hierarchy == 4);
    CHECK(hybrid->at(2).controllers == std::vector<std::string>{"memory"});
    CHECK(hybrid->at(2).path == "/process_api/9bb9");
    CHECK(hybrid->at(5).hierarchy == 0);
    CHECK(hybrid->at(5).controllers.empty());

    const auto docker_v1 = parse_proc_cgroup("4:cpu,cpuacct:/docker/ab12\n");
    REQUIRE(docker_v1);
    CHECK(docker_v1->at(0).controllers == std::vector<std::string>{"cpu", "cpuacct"});
    // The path is everything after the second colon, colons included.
    const auto colon = parse_proc_cgroup("0::/a:b\n");
    REQUIRE(colon);
    CHECK(colon->at(0).path == "/a:b");

    for (const char* bad : {"0:/\n", "x::/\n", "0::relative\n", "0::\n", "nonsense\n"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_proc_cgroup(bad));
    }
}

TEST_CASE("mountinfo: only cgroup mounts, with root, mount point and controllers") {
    const char* text =
        "22 1 0:20 / /sys rw,nosuid - sysfs sysfs rw\n"
        "31 30 0:28 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu\n"
        "32 30 0:29 / /sys/fs/cgroup/cpuacct rw,relatime shared:7 master:3 - cgroup cgroup rw,cpuacct\n"
        "40 30 0:37 /docker/ab12 /sys/fs/cgroup/unified\\040dir rw,relatime - cgroup2 cgroup2 rw\n"
        "garbage line\n"
        "41 30 0:38 / /x rw - cgroup2\n";  // cut short: skipped
    const auto mounts = parse_cgroup_mounts(text);
    REQUIRE(mounts.size() == 3);
    CHECK(mounts[0].version == CgroupVersion::V1);
    CHECK(mounts[0].mount_point == "/sys/fs/cgroup/cpu");
    CHECK(mounts[0].options == std::vector<std::string>{"rw", "cpu"});
    CHECK(mounts[1].options == std::vector<std::string>{"rw", "cpuacct"});  // optional fields skipped
    CHECK(mounts[2].version == CgroupVersion::V2);
    CHECK(mounts[2].root == "/docker/ab12");
    CHECK(mounts[2].mount_point == "/sys/fs/cgroup/unified dir");  // \040 is a space
}

TEST_CASE("the directories checked for a CPU limit run from the process's cgroup up to the mount") {
    SECTION("pure v2 (systemd): every level of the slice") {
        const auto dirs = cgroup_cpu_dirs(parse_cgroup_mounts("30 1 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n"),
                                          *parse_proc_cgroup("0::/user.slice/app.scope\n"));
        CHECK(paths(dirs) == std::vector<std::string>{"v2 /sys/fs/cgroup/user.slice/app.scope",
                                                      "v2 /sys/fs/cgroup/user.slice", "v2 /sys/fs/cgroup"});
    }
    SECTION("hybrid: v2 for its own files, v1 where the cpu controller is (not cpuacct or cpuset)") {
        const auto mounts = parse_cgroup_mounts(
            "30 1 0:26 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw\n"
            "31 1 0:27 / /sys/fs/cgroup/cpuset rw - cgroup cgroup rw,cpuset\n"
            "32 1 0:28 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct\n");
        const auto dirs = cgroup_cpu_dirs(mounts, *parse_proc_cgroup("3:cpuset:/a\n2:cpu,cpuacct:/b/c\n0::/d\n"));
        CHECK(paths(dirs) == std::vector<std::string>{"v2 /sys/fs/cgroup/unified/d", "v2 /sys/fs/cgroup/unified",
                                                      "v1 /sys/fs/cgroup/cpu,cpuacct/b/c", "v1 /sys/fs/cgroup/cpu,cpuacct/b",
                                                      "v1 /sys/fs/cgroup/cpu,cpuacct"});
    }
    SECTION("a container whose mount shows only its own part of the hierarchy") {
        const auto mounts = parse_cgroup_mounts("30 1 0:26 /docker/ab12 /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n");
        CHECK(paths(cgroup_cpu_dirs(mounts, *parse_proc_cgroup("0::/docker/ab12/worker\n"))) ==
              std::vector<std::string>{"v2 /sys/fs/cgroup/worker", "v2 /sys/fs/cgroup"});
        // A path outside what the mount shows (another cgroup namespace): the mount's root only.
        CHECK(paths(cgroup_cpu_dirs(mounts, *parse_proc_cgroup("0::/../elsewhere\n"))) ==
              std::vector<std::string>{"v2 /sys/fs/cgroup"});
    }
    SECTION("no cgroup file system mounted: nothing to check") {
        CHECK(cgroup_cpu_dirs({}, *parse_proc_cgroup("0::/\n")).empty());
    }
}

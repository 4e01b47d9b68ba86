// The one CPU count: the CPUs the affinity allows that are online, capped by a cgroup quota
// (rounded up), at least 1 — and what decided it, for the UI to say.
#include <catch2/catch.hpp>

#include <vector>

#include "machine/usable_cpus.h"

using namespace conclab;

namespace {

struct RuleCase {
    const char* story;
    CpuFacts facts;
    std::vector<int> cpu_ids;
    int count;
    CpuCountLimit limit;
};

CgroupCpuLimit quota(std::int64_t quota_us) { return CgroupCpuLimit{quota_us, 100'000}; }

}  // namespace

TEST_CASE("usable CPUs follow affinity, online CPUs and the cgroup quota") {
    using V = std::vector<int>;
    const RuleCase row = GENERATE(values<RuleCase>({
        {"an idle laptop", {8, V{0, 1, 2, 3, 4, 5, 6, 7}, V{0, 1, 2, 3, 4, 5, 6, 7}, {}}, V{0, 1, 2, 3, 4, 5, 6, 7}, 8,
         CpuCountLimit::None},
        {"taskset -c 2,3", {8, V{0, 1, 2, 3, 4, 5, 6, 7}, V{2, 3}, {}}, V{2, 3}, 2, CpuCountLimit::Affinity},
        {"two CPUs offline", {8, V{0, 1, 2, 3, 4, 5}, V{0, 1, 2, 3, 4, 5, 6, 7}, {}}, V{0, 1, 2, 3, 4, 5}, 6,
         CpuCountLimit::Offline},
        {"affinity names an offline CPU", {4, V{0, 1, 2}, V{2, 3}, {}}, V{2}, 1, CpuCountLimit::Affinity},
        {"a container given 1.5 CPUs", {8, V{0, 1, 2, 3, 4, 5, 6, 7}, V{0, 1, 2, 3, 4, 5, 6, 7}, quota(150'000)},
         V{0, 1, 2, 3, 4, 5, 6, 7}, 2, CpuCountLimit::CgroupQuota},
        {"half a CPU is still one", {2, V{0, 1}, V{0, 1}, quota(50'000)}, V{0, 1}, 1, CpuCountLimit::CgroupQuota},
        {"a quota above the CPUs there are changes nothing", {2, V{0, 1}, V{0, 1}, quota(800'000)}, V{0, 1}, 2,
         CpuCountLimit::None},
        {"quota and affinity: the tighter wins", {8, V{0, 1, 2, 3, 4, 5, 6, 7}, V{4, 5, 6}, quota(200'000)}, V{4, 5, 6},
         2, CpuCountLimit::CgroupQuota},
        {"online list unreadable: affinity alone", {4, std::nullopt, V{1, 3}, {}}, V{1, 3}, 2, CpuCountLimit::Affinity},
        {"affinity unknown: online alone", {4, V{0, 1, 2, 3}, std::nullopt, {}}, V{0, 1, 2, 3}, 4, CpuCountLimit::None},
        {"nothing known: the configured count", {3, std::nullopt, std::nullopt, {}}, V{0, 1, 2}, 3, CpuCountLimit::None},
        {"nothing at all: still one", {0, std::nullopt, std::nullopt, {}}, V{}, 1, CpuCountLimit::None},
    }));
    CAPTURE(row.story);
    const UsableCpus cpus = combine_cpu_facts(row.facts);
    CHECK(cpus.cpu_ids == row.cpu_ids);
    CHECK(cpus.count == row.count);
    CHECK(cpus.limit == row.limit);
    CHECK(cpus.count >= 1);
    CHECK(cpus.quota.has_value() == row.facts.quota.has_value());
}

TEST_CASE("the numbers behind the count are kept for the sentence that explains it") {
    const UsableCpus cpus = combine_cpu_facts({8, std::vector<int>{0, 1, 2, 3, 4, 5}, std::vector<int>{2, 3}, {}});
    CHECK(cpus.configured == 8);
    CHECK(cpus.online == 6);
    CHECK(cpus.allowed == 2);
    CHECK(cpus.count == 2);
}

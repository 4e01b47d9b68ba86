// The kernel's CPU list syntax (/sys/devices/system/cpu/online, taskset -c, cpuset.cpus).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "machine/cpu_list.h"

using namespace conclab;

namespace {
struct ListCase {
    const char* text;
    std::vector<int> ids;
};
}  // namespace

TEST_CASE("CPU lists are read as ascending ids, with ranges inclusive") {
    const ListCase row = GENERATE(values<ListCase>({
        {"0-3", {0, 1, 2, 3}},
        {"0-3,5,7-8\n", {0, 1, 2, 3, 5, 7, 8}},
        {"2,3", {2, 3}},
        {"5", {5}},
        {"0", {0}},
        {"", {}},      // /sys/devices/system/cpu/offline with every CPU online
        {"\n", {}},
        {"7-8,0-1", {0, 1, 7, 8}},  // order as written does not matter
        {"1,1,0-2", {0, 1, 2}},     // nor repeats
        {"65533-65534", {65533, 65534}},
    }));
    CAPTURE(row.text);
    const auto ids = parse_cpu_list(row.text);
    REQUIRE(ids);
    CHECK(*ids == row.ids);
}

TEST_CASE("text that is not a CPU list is refused, not half read") {
    const char* text = GENERATE("a", "0-", "-3", "3-1", "0,,1", "0,", ",0", " 0", "0 ", "0-3:2/4", "+1", "0x1",
                                "1-2-3", "65535", "0-99999999999999999999", "\n0");
    CAPTURE(text);
    CHECK_FALSE(parse_cpu_list(text));
}

TEST_CASE("a CPU list written back reads the same") {
    const std::vector<int> ids = GENERATE(std::vector<int>{}, std::vector<int>{0}, std::vector<int>{0, 1, 2, 3},
                                          std::vector<int>{0, 2, 4}, std::vector<int>{1, 2, 3, 7, 9, 10});
    const std::string text = format_cpu_list(ids);
    CAPTURE(text);
    const auto again = parse_cpu_list(text);
    REQUIRE(again);
    CHECK(*again == ids);
    if (ids == std::vector<int>{1, 2, 3, 7, 9, 10}) CHECK(text == "1-3,7,9-10");
}

#pragma once
// The kernel's CPU list syntax, as in /sys/devices/system/cpu/online, cpuset.cpus and
// `taskset -c`: comma-separated ids and inclusive ranges, "0-3,5,7-8". An empty list is valid
// (/sys/devices/system/cpu/offline when every CPU is online).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conclab {

// CPU ids are logical CPU numbers as sched_getcpu() returns them. Recorded events store them in
// 16 bits with 0xffff meaning "no core", so larger ids are refused (Linux allows at most 8192).
inline constexpr int kMaxCpuId = 0xfffe;

// Ascending ids without duplicates; nullopt if the text is not a CPU list (a trailing newline is
// allowed, spaces, signs, reversed ranges and ids above kMaxCpuId are not).
std::optional<std::vector<int>> parse_cpu_list(std::string_view text);

// The canonical text of a list: ranges of consecutive ids joined ("0-3,5").
std::string format_cpu_list(const std::vector<int>& ascending_ids);

}  // namespace conclab

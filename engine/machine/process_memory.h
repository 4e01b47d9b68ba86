#pragma once
// How much memory a process really uses, from /proc/<pid>/smaps_rollup (Linux ≥ 4.14):
//   RSS  resident pages it maps — pages shared with other processes (the parent's pages a forked
//        child has not written to, libraries) counted in full in every process that maps them;
//   PSS  each shared page divided among the processes sharing it (shared by 3: a third each);
//   USS  its private pages only (Private_Clean + Private_Dirty): what its exit would give back.
// Summed over the processes of a run, RSS counts shared pages again for every process, while PSS
// sums to exactly the memory they occupy together, by construction; USS sums correctly too but
// leaves out the shared pages altogether. So a run's memory is the sum of PSS.
// Older kernels have no smaps_rollup: /proc/<pid>/status's VmHWM (the process's own peak RSS) is
// the fallback, with RSS's double counting, and is marked as such wherever it is used.
#include <cstdint>
#include <optional>
#include <string_view>

namespace conclab {

struct ProcessMemory {
    std::int64_t rss_kib = 0;
    std::int64_t pss_kib = 0;
    std::int64_t uss_kib = 0;  // Private_Clean + Private_Dirty
    friend bool operator==(const ProcessMemory&, const ProcessMemory&) = default;
};

// smaps_rollup's text. Empty text is a process without memory (all zero); nullopt: a non-empty
// text without a Pss line, or a known field whose value is not "<number> kB".
std::optional<ProcessMemory> parse_smaps_rollup(std::string_view text);

// VmHWM of /proc/<pid>/status in KiB; nullopt when the line is missing (a kernel thread, a zombie)
// or not "<number> kB".
std::optional<std::int64_t> parse_status_vmhwm(std::string_view text);

}  // namespace conclab

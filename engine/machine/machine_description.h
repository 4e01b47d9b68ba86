#pragma once
// The machine a run was recorded on, as a saved run file names it: a run made on a teacher's
// laptop and opened on a classroom PC still says where its figures were measured.
#include <string>
#include <string_view>
#include <vector>

namespace conclab {

struct MachineDescription {
    int usable_cpus = 0;        // the CPU count speedups are measured against (usable_cpus.h)
    std::vector<int> cpu_ids;   // the logical CPUs the run's threads could run on, ascending
    std::string cpu_model;      // /proc/cpuinfo "model name" of the first CPU (empty: unknown)
    std::string os;             // /etc/os-release PRETTY_NAME, e.g. "Debian GNU/Linux 12 (bookworm)"
    std::string kernel;         // uname: "Linux 6.1.0-18-amd64 x86_64"
    std::string python_version; // an observed Python program's interpreter, when known ("3.11.2")

    friend bool operator==(const MachineDescription&, const MachineDescription&) = default;
};

// This machine now: a few small file reads and uname(); parts that cannot be read stay empty.
MachineDescription describe_this_machine();

// The parsers, fed text by tests: the "model name" (or, on ARM, "Processor"/"Hardware") of
// /proc/cpuinfo, and PRETTY_NAME of os-release (quotes and escapes removed). Empty if absent.
std::string cpu_model_from_cpuinfo(std::string_view cpuinfo);
std::string pretty_name_from_os_release(std::string_view os_release);

}  // namespace conclab

#include "machine/machine_description.h"

#include <sys/utsname.h>

#include "core/text.h"
#include "machine/proc_file.h"
#include "machine/usable_cpus.h"

namespace conclab {

namespace {

// The value of a "key : value" line of /proc/cpuinfo whose key is `key`, or nothing.
std::string_view cpuinfo_value(std::string_view text, std::string_view key) {
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        const std::size_t colon = line.find(':');
        if (colon != std::string_view::npos && trim(line.substr(0, colon)) == key) return trim(line.substr(colon + 1));
    }
    return {};
}

}  // namespace

std::string cpu_model_from_cpuinfo(std::string_view cpuinfo) {
    // x86: "model name"; ARM kernels name the core in "Processor" or the board in "Hardware".
    for (const std::string_view key : {"model name", "Processor", "Hardware", "cpu model"})
        if (const std::string_view value = cpuinfo_value(cpuinfo, key); !value.empty())
            return printable(value, 200);
    return {};
}

std::string pretty_name_from_os_release(std::string_view text) {
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = trim(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (!line.starts_with("PRETTY_NAME=")) continue;
        line.remove_prefix(12);
        // Shell-style: optionally quoted, with backslash escapes inside double quotes.
        std::string value;
        const char quote = !line.empty() && (line.front() == '"' || line.front() == '\'') ? line.front() : '\0';
        if (quote != '\0') line.remove_prefix(1);
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (quote != '\0' && line[i] == quote) break;
            if (quote == '"' && line[i] == '\\' && i + 1 < line.size()) ++i;
            value += line[i];
        }
        return printable(value, 200);
    }
    return {};
}

MachineDescription describe_this_machine() {
    MachineDescription m;
    const UsableCpus cpus = usable_cpus();
    m.usable_cpus = cpus.count;
    m.cpu_ids = cpus.cpu_ids;
    if (const FileText cpuinfo = read_text_file("/proc/cpuinfo")) m.cpu_model = cpu_model_from_cpuinfo(cpuinfo.text);
    for (const char* path : {"/etc/os-release", "/usr/lib/os-release"})
        if (const FileText release = read_text_file(path); release && m.os.empty())
            m.os = pretty_name_from_os_release(release.text);
    struct utsname u {};
    if (::uname(&u) == 0)
        m.kernel = printable(std::string(u.sysname) + " " + u.release + " " + u.machine, 200);
    return m;
}

}  // namespace conclab

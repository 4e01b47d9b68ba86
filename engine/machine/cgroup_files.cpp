#include "machine/cgroup_files.h"

#include <algorithm>

#include "machine/text_fields.h"

namespace conclab {
namespace {

using machine_text::decimal;
using machine_text::fields;
using machine_text::without_trailing_newlines;

std::vector<std::string> split_commas(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        if (comma > 0) out.emplace_back(text.substr(0, comma));
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

// mountinfo writes space, tab, newline and backslash in paths as three octal digits (\040).
std::string unescape_octal(std::string_view text) {
    const auto octal = [](char c) { return c >= '0' && c <= '7'; };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && octal(text[i + 1]) && octal(text[i + 2]) && octal(text[i + 3])) {
            out += static_cast<char>(((text[i + 1] - '0') * 64 + (text[i + 2] - '0') * 8 + (text[i + 3] - '0')) & 0xff);
            i += 3;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool has(const std::vector<std::string>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// The cgroup path as seen below a mount that shows `root`: "" when it is the mount's root itself,
// nullopt when the path is not inside that mount (another cgroup namespace) or climbs with "..".
std::optional<std::string> relative_to_root(const std::string& path, const std::string& root) {
    std::string rel;
    if (root == "/") rel = path;
    else if (path == root) rel = "";
    else if (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/')
        rel = path.substr(root.size());
    else return std::nullopt;
    while (!rel.empty() && rel.back() == '/') rel.pop_back();
    if (rel.find("/..") != std::string::npos || rel.find("/./") != std::string::npos) return std::nullopt;
    return rel;
}

void add_dirs(std::vector<CgroupCpuDir>& out, CgroupVersion version, const CgroupMount& mount,
              const std::string& membership_path) {
    std::string mount_point = mount.mount_point;
    while (mount_point.size() > 1 && mount_point.back() == '/') mount_point.pop_back();
    // A path outside what the mount shows: the mount's own root is the nearest level we can read.
    std::string rel = relative_to_root(membership_path, mount.root).value_or("");
    while (true) {
        out.push_back({version, mount_point + rel});
        if (rel.empty()) break;
        rel.erase(rel.rfind('/'));
    }
}

}  // namespace

int CgroupCpuLimit::whole_cpus() const {
    if (quota_us <= 0 || period_us <= 0) return 1;
    const std::int64_t whole = quota_us / period_us + (quota_us % period_us != 0 ? 1 : 0);
    return static_cast<int>(std::clamp<std::int64_t>(whole, 1, 1 << 20));
}

std::optional<CpuLimitFile> parse_cpu_max(std::string_view text) {
    const auto parts = fields(without_trailing_newlines(text));
    if (parts.empty() || parts.size() > 2) return std::nullopt;
    CpuLimitFile file;
    // Writing "max" alone is allowed; the kernel then keeps the period it had (default 100 ms).
    const auto period = parts.size() == 2 ? decimal(parts[1]) : std::optional<std::int64_t>(100'000);
    if (!period || *period <= 0) return std::nullopt;
    file.limit.period_us = *period;
    if (parts[0] == "max") return file;
    const auto quota = decimal(parts[0]);
    if (!quota || *quota <= 0) return std::nullopt;
    file.limited = true;
    file.limit.quota_us = *quota;
    return file;
}

std::optional<CpuLimitFile> parse_cfs_quota(std::string_view quota_text, std::string_view period_text) {
    const auto quota_parts = fields(without_trailing_newlines(quota_text));
    const auto period_parts = fields(without_trailing_newlines(period_text));
    if (quota_parts.size() != 1 || period_parts.size() != 1) return std::nullopt;
    const auto period = decimal(period_parts[0]);
    if (!period || *period <= 0) return std::nullopt;
    CpuLimitFile file;
    file.limit.period_us = *period;
    if (quota_parts[0] == "-1") return file;
    const auto quota = decimal(quota_parts[0]);
    if (!quota || *quota <= 0) return std::nullopt;
    file.limited = true;
    file.limit.quota_us = *quota;
    return file;
}

std::optional<std::vector<CgroupMembership>> parse_proc_cgroup(std::string_view text) {
    std::vector<CgroupMembership> out;
    bool malformed = false;
    machine_text::for_each_line(text, [&](std::string_view line) {
        if (line.empty() || malformed) return;
        const std::size_t first = line.find(':');
        const std::size_t second = first == std::string_view::npos ? first : line.find(':', first + 1);
        if (second == std::string_view::npos) {
            malformed = true;
            return;
        }
        const auto hierarchy = decimal(line.substr(0, first));
        const std::string_view path = line.substr(second + 1);
        if (!hierarchy || *hierarchy > 1'000'000 || path.empty() || path.front() != '/') {
            malformed = true;
            return;
        }
        CgroupMembership m;
        m.hierarchy = static_cast<int>(*hierarchy);
        m.controllers = split_commas(line.substr(first + 1, second - first - 1));
        m.path = std::string(path);
        out.push_back(std::move(m));
    });
    if (malformed) return std::nullopt;
    return out;
}

std::vector<CgroupMount> parse_cgroup_mounts(std::string_view mountinfo_text) {
    // "31 30 0:28 / /sys/fs/cgroup/cpu rw,relatime shared:9 - cgroup cgroup rw,cpu"
    //  id parent dev root mount-point options [optional fields...] - type source super-options
    std::vector<CgroupMount> out;
    machine_text::for_each_line(mountinfo_text, [&](std::string_view line) {
        const auto parts = fields(line);
        const auto dash = std::find(parts.begin(), parts.end(), std::string_view("-"));
        if (dash - parts.begin() < 6 || parts.end() - dash < 4) return;
        const std::string_view type = dash[1];
        if (type != "cgroup" && type != "cgroup2") return;
        CgroupMount m;
        m.version = type == "cgroup2" ? CgroupVersion::V2 : CgroupVersion::V1;
        m.root = unescape_octal(parts[3]);
        m.mount_point = unescape_octal(parts[4]);
        m.options = split_commas(dash[3]);
        if (m.root.empty() || m.root.front() != '/' || m.mount_point.empty() || m.mount_point.front() != '/') return;
        out.push_back(std::move(m));
    });
    return out;
}

std::vector<CgroupCpuDir> cgroup_cpu_dirs(const std::vector<CgroupMount>& mounts,
                                          const std::vector<CgroupMembership>& memberships) {
    std::vector<CgroupCpuDir> out;
    const auto v2_mount = std::find_if(mounts.begin(), mounts.end(),
                                       [](const CgroupMount& m) { return m.version == CgroupVersion::V2; });
    const auto v2_member = std::find_if(memberships.begin(), memberships.end(), [](const CgroupMembership& m) {
        return m.hierarchy == 0 && m.controllers.empty();
    });
    if (v2_mount != mounts.end() && v2_member != memberships.end())
        add_dirs(out, CgroupVersion::V2, *v2_mount, v2_member->path);

    const auto v1_mount = std::find_if(mounts.begin(), mounts.end(), [](const CgroupMount& m) {
        return m.version == CgroupVersion::V1 && has(m.options, "cpu");
    });
    const auto v1_member = std::find_if(memberships.begin(), memberships.end(), [](const CgroupMembership& m) {
        return m.hierarchy != 0 && has(m.controllers, "cpu");
    });
    if (v1_mount != mounts.end() && v1_member != memberships.end())
        add_dirs(out, CgroupVersion::V1, *v1_mount, v1_member->path);
    return out;
}

}  // namespace conclab

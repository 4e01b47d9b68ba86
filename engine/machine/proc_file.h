#pragma once
// Reading the kernel's small text files (/proc, /sys, cgroup files). They report a size of 0, so
// they are read until end of file; a failure keeps the errno, so callers can tell "this file does
// not exist on this kernel" (ENOENT) from "that process is gone" (ESRCH).
#include <cstddef>
#include <cstdint>
#include <string>

namespace conclab {

struct FileText {
    std::string text;
    int error_number = 0;  // 0: `text` is the whole file; else the errno of open() or read()
    explicit operator bool() const { return error_number == 0; }
};

// Files larger than `max_bytes` are cut there (proc files of interest are a few KiB; mountinfo
// on a container host can reach a few hundred KiB).
inline constexpr std::size_t kMaxProcFileBytes = 4u << 20;

FileText read_text_file(const std::string& path, std::size_t max_bytes = kMaxProcFileBytes);
// `name` relative to an open directory (a /proc/<pid> directory fd: once that process is gone the
// read fails with ESRCH instead of reading a newer process that got the same pid).
FileText read_text_file_at(int dir_fd, const char* name, std::size_t max_bytes = kMaxProcFileBytes);

// Why a machine figure is missing or less exact than it could be: a file and the reason, as data.
// The UI composes the sentence; the engine adds no English.
enum class SourceProblemKind : std::uint8_t {
    Unreadable,  // open/read failed: error_number says why
    Malformed,   // read, but not in the format this kernel documents
};
struct SourceProblem {
    SourceProblemKind kind = SourceProblemKind::Unreadable;
    std::string path;
    int error_number = 0;
    friend bool operator==(const SourceProblem&, const SourceProblem&) = default;
};

}  // namespace conclab

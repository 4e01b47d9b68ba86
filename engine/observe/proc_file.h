#pragma once
// A /proc file read again and again: kept open and re-read from offset 0 with pread (the kernel
// regenerates the text on every read from 0), which costs about a third of open+read+close.
// When no descriptor is free (a program with thousands of threads) it opens the file for each
// read instead.
//
// The kernel hands out at most about a page per read of a listing (maps, children: one line per
// entry), so those are read until end of file; a one-record file (stat, schedstat, syscall,
// status) is complete when a read returns less than was asked, which saves a read per sample.
#include <string>
#include <string_view>

namespace conclab::observe {

enum class ProcText : bool { Record, Listing };

class ProcFile {
public:
    ProcFile() = default;
    explicit ProcFile(std::string path, ProcText text = ProcText::Record, bool keep_open = true);
    ~ProcFile();
    ProcFile(ProcFile&& other) noexcept;
    ProcFile& operator=(ProcFile&& other) noexcept;
    ProcFile(const ProcFile&) = delete;
    ProcFile& operator=(const ProcFile&) = delete;

    // The file's whole text (up to 8 MB) in `buffer`; false when the process or thread is gone or
    // the file cannot be read (errno() says why).
    bool read(std::string& buffer);
    int error() const { return error_; }
    const std::string& path() const { return path_; }

    // Reads a file once (open, read, close).
    static bool read_once(const std::string& path, std::string& buffer, int* error = nullptr,
                          ProcText text = ProcText::Listing);

private:
    std::string path_;
    int fd_ = -1;
    ProcText text_ = ProcText::Record;
    bool keep_open_ = true;
    int error_ = 0;
};

}  // namespace conclab::observe

#pragma once
// /proc/<pid>/maps: which file is mapped where. The observer needs it to find where the Python
// interpreter (the executable or libpython) was loaded, to turn a symbol's address in the file
// into its address in the running process (PIE executables and shared libraries move each run).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace conclab::observe {

struct Mapping {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    std::uint64_t offset = 0;  // file offset of `start`
    std::uint64_t inode = 0;
    unsigned dev_major = 0;
    unsigned dev_minor = 0;
    bool executable = false;
    std::string path;  // "" for anonymous memory; " (deleted)" removed and `deleted` set
    bool deleted = false;
};

// Every well-formed line; a malformed line is skipped (the kernel's format never has one, a
// fuzzer's input does).
std::vector<Mapping> parse_maps(std::string_view text);

}  // namespace conclab::observe

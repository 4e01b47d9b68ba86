#pragma once
// Reads what the observer needs from an ELF file (the Python executable or libpython): whether
// it is loaded at a fixed address, its loadable segments, and the values of a few named symbols
// from its dynamic symbol table (also the full symbol table when the file still has one).
// Only the headers and the symbol tables are read, not the whole (tens of MB) file. 64-bit
// little-endian files only (x86-64, AArch64); anything else is refused with a reason.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace conclab::observe {

struct ElfSymbol {
    std::string name;
    std::uint64_t value = 0;  // address in the file's own address space (add the load bias)
    std::uint64_t size = 0;   // bytes (for a variable: sizeof its type)
};

struct ElfLoadSegment {
    std::uint64_t offset = 0;  // in the file
    std::uint64_t vaddr = 0;
    std::uint64_t filesz = 0;
    std::uint64_t memsz = 0;
};

struct ElfInfo {
    bool position_independent = false;  // ET_DYN: a PIE executable or a shared library
    std::vector<ElfLoadSegment> loads;
    std::vector<ElfSymbol> symbols;     // those of the wanted names that were found

    const ElfSymbol* find(std::string_view name) const;
};

// Reads `size` bytes (never 0) at `offset` into `out`; false if the file is shorter or cannot be read.
using ReadAt = std::function<bool(std::uint64_t offset, void* out, std::size_t size)>;

struct ElfReadResult {
    std::optional<ElfInfo> info;
    std::string error;  // why not, when info is empty (for logs and tests; not shown to users)
};

ElfReadResult read_elf_symbols(const ReadAt& read, std::uint64_t file_size, std::span<const std::string_view> wanted);

// The same for a file on disk (opened read-only, read with pread).
ElfReadResult read_elf_file_symbols(const std::string& path, std::span<const std::string_view> wanted);

// Where a file's addresses land in a process: the mapping of the file that holds file offset
// `map_offset` starts at `map_start`. Returns the load bias (0 for a fixed-address executable).
std::optional<std::uint64_t> load_bias(const ElfInfo& elf, std::uint64_t map_start, std::uint64_t map_offset);

}  // namespace conclab::observe

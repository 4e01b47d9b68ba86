// Reading symbols from ELF files and placing them in a running process: checked against the
// dynamic loader itself (dlsym), against Debian's python3.11 when installed, and with damaged files.
#include <catch2/catch.hpp>

#include <dlfcn.h>
#include <link.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <array>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>
#include <vector>

#include "observe/elf_symbols.h"
#include "observe/proc_file.h"
#include "observe/proc_maps.h"

using namespace conclab::observe;

namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The path of the shared object that defines `address` in this process.
std::string object_of(const void* address) {
    Dl_info info{};
    REQUIRE(dladdr(address, &info) != 0);
    return info.dli_fname;
}

}  // namespace

TEST_CASE("a symbol read from libc's file, plus the load bias from /proc/self/maps, is where the loader put it") {
    void* real = dlsym(RTLD_DEFAULT, "malloc");
    REQUIRE(real != nullptr);
    const std::string libc = object_of(real);
    constexpr std::array<std::string_view, 2> wanted{"malloc", "no_such_symbol_anywhere"};
    const ElfReadResult read = read_elf_file_symbols(libc, wanted);
    INFO(read.error);
    REQUIRE(read.info);
    CHECK(read.info->position_independent);
    const ElfSymbol* sym = read.info->find("malloc");
    REQUIRE(sym != nullptr);
    CHECK(read.info->find("no_such_symbol_anywhere") == nullptr);

    struct stat st {};
    REQUIRE(stat(libc.c_str(), &st) == 0);
    const Mapping* first = nullptr;
    const std::vector<Mapping> maps = parse_maps(read_text("/proc/self/maps"));
    for (const Mapping& m : maps)
        if (m.inode == st.st_ino && m.dev_major == major(st.st_dev) && (first == nullptr || m.offset < first->offset))
            first = &m;
    REQUIRE(first != nullptr);
    const auto bias = load_bias(*read.info, first->start, first->offset);
    REQUIRE(bias);
    CHECK(*bias + sym->value == reinterpret_cast<std::uintptr_t>(real));
}

TEST_CASE("Debian's python3.11 is a fixed-address executable that exports _PyRuntime and Py_Version") {
    const std::string python = "/usr/bin/python3.11";
    struct stat st {};
    if (stat(python.c_str(), &st) != 0) {
        WARN("skipped: " << python << " is not installed");
        return;
    }
    constexpr std::array<std::string_view, 2> wanted{"_PyRuntime", "Py_Version"};
    const ElfReadResult read = read_elf_file_symbols(python, wanted);
    INFO(read.error);
    REQUIRE(read.info);
    const ElfSymbol* runtime = read.info->find("_PyRuntime");
    REQUIRE(runtime != nullptr);
    CHECK(runtime->size > 100'000);  // sizeof(_PyRuntimeState)
    CHECK(read.info->find("Py_Version") != nullptr);
    if (!read.info->position_independent) CHECK(load_bias(*read.info, 0x400000, 0) == std::optional<std::uint64_t>(0));
}

TEST_CASE("damaged ELF files are refused with a reason, never read out of bounds") {
    std::ifstream in("/proc/self/exe", std::ios::binary);
    const std::vector<unsigned char> file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(file.size() > sizeof(Elf64_Ehdr));
    auto read_from = [](const std::vector<unsigned char>& bytes) {
        const ReadAt read = [&](std::uint64_t offset, void* out, std::size_t size) {
            if (offset > bytes.size() || size > bytes.size() - offset) return false;
            std::memcpy(out, bytes.data() + offset, size);
            return true;
        };
        return read_elf_symbols(read, bytes.size(), std::array<std::string_view, 1>{"_PyRuntime"});
    };
    CHECK(read_from(file).info);  // the intact file reads

    auto damaged = file;
    damaged[0] = 'X';
    CHECK_FALSE(read_from(damaged).info);
    CHECK_FALSE(read_from(std::vector<unsigned char>(file.begin(), file.begin() + 20)).info);

    damaged = file;
    auto* eh = reinterpret_cast<Elf64_Ehdr*>(damaged.data());
    eh->e_shoff = damaged.size() - 10;  // section headers beyond the end
    CHECK_FALSE(read_from(damaged).info);

    damaged = file;
    eh = reinterpret_cast<Elf64_Ehdr*>(damaged.data());
    eh->e_phnum = 60000;
    CHECK_FALSE(read_from(damaged).info);

    // A symbol table whose size runs past the end of the file.
    damaged = file;
    eh = reinterpret_cast<Elf64_Ehdr*>(damaged.data());
    auto* sections = reinterpret_cast<Elf64_Shdr*>(damaged.data() + eh->e_shoff);
    bool changed = false;
    for (int i = 0; i < eh->e_shnum; ++i)
        if (sections[i].sh_type == SHT_DYNSYM || sections[i].sh_type == SHT_SYMTAB) {
            sections[i].sh_size = damaged.size();
            changed = true;
        }
    if (changed) CHECK_FALSE(read_from(damaged).info);
}

TEST_CASE("a /proc listing longer than the page the kernel hands out per read is read whole") {
    std::string maps;
    REQUIRE(ProcFile::read_once("/proc/self/maps", maps));
    const std::string expected = read_text("/proc/self/maps");
    // Both are snapshots of a changing file: compare the shape, not the bytes.
    INFO("read " << maps.size() << " bytes, a second reading has " << expected.size());
    CHECK(maps.size() > 4096);  // this test program maps more than a page of lines
    CHECK(maps.back() == '\n');
    CHECK(parse_maps(maps).size() + 20 > parse_maps(expected).size());
}

TEST_CASE("an ELF file whose symbol names are an empty table has no symbols, and is read without a fault") {
    // From the fuzzer: a copy of a small library whose dynamic string table has size 0.
    const ElfReadResult read = read_elf_file_symbols(std::string(CONCLAB_FUZZ_CORPUS) + "/fuzz_observe_elf/empty-string-table",
                                                     std::array<std::string_view, 1>{"_PyRuntime"});
    INFO(read.error);
    if (read.info) CHECK(read.info->symbols.empty());
}

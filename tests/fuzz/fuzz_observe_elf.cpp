// libFuzzer target: ELF files as the program observer reads them (the Python executable or
// libpython it finds mapped in a process; a file on disk may be anything). Never a crash, never a
// read outside the file, and a symbol found has a name that was asked for.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "fuzz_check.h"
#include "observe/elf_symbols.h"

using namespace conclab::observe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ReadAt read = [&](std::uint64_t offset, void* out, std::size_t n) {
        FUZZ_CHECK(offset <= size && n <= size - offset);  // the reader was asked only for bytes inside the file
        std::memcpy(out, data + offset, n);
        return true;
    };
    constexpr std::string_view wanted[] = {"_PyRuntime", "Py_Version"};
    const ElfReadResult r = read_elf_symbols(read, size, wanted);
    if (!r.info) {
        FUZZ_CHECK(!r.error.empty());
        return 0;
    }
    for (const ElfSymbol& s : r.info->symbols) FUZZ_CHECK(s.name == wanted[0] || s.name == wanted[1]);
    for (const ElfLoadSegment& seg : r.info->loads) (void)load_bias(*r.info, seg.vaddr, seg.offset & ~std::uint64_t{4095});
    return 0;
}

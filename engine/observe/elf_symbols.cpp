#include "observe/elf_symbols.h"

#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace conclab::observe {
namespace {

// Bounds for hostile files: a real libpython has ~2,000 dynamic symbols and a few hundred KB of
// names; the largest symbol tables of unstripped binaries are a few tens of MB.
constexpr std::uint64_t kMaxTableBytes = 64ull << 20;
constexpr unsigned kMaxProgramHeaders = 4096;
constexpr std::uint64_t kPage = 4096;

bool fits(std::uint64_t offset, std::uint64_t size, std::uint64_t file_size) {
    return offset <= file_size && size <= file_size - offset;
}

ElfReadResult fail(std::string why) { return ElfReadResult{std::nullopt, std::move(why)}; }

// Looks the wanted names up in one symbol table section (symbols in `symtab`, names in `strtab`).
bool scan_table(const ReadAt& read, std::uint64_t file_size, const Elf64_Shdr& symtab, const Elf64_Shdr& strtab,
                std::span<const std::string_view> wanted, ElfInfo& info, std::string& error) {
    if (symtab.sh_entsize != sizeof(Elf64_Sym) || symtab.sh_size > kMaxTableBytes || strtab.sh_size > kMaxTableBytes ||
        !fits(symtab.sh_offset, symtab.sh_size, file_size) || !fits(strtab.sh_offset, strtab.sh_size, file_size)) {
        error = "symbol table out of bounds";
        return false;
    }
    std::vector<char> names(strtab.sh_size);
    std::vector<Elf64_Sym> syms(symtab.sh_size / sizeof(Elf64_Sym));
    if (syms.empty() || names.empty()) return true;  // an empty table names nothing
    if (!read(strtab.sh_offset, names.data(), names.size()) ||
        !read(symtab.sh_offset, syms.data(), syms.size() * sizeof(Elf64_Sym))) {
        error = "symbol table unreadable";
        return false;
    }
    for (const Elf64_Sym& sym : syms) {
        if (sym.st_name >= names.size() || sym.st_shndx == SHN_UNDEF) continue;
        const char* begin = names.data() + sym.st_name;
        const void* nul = std::memchr(begin, '\0', names.size() - sym.st_name);
        if (nul == nullptr) continue;
        const std::string_view name(begin, static_cast<const char*>(nul) - begin);
        if (std::find(wanted.begin(), wanted.end(), name) == wanted.end() || info.find(name) != nullptr) continue;
        info.symbols.push_back(ElfSymbol{std::string(name), sym.st_value, sym.st_size});
    }
    return true;
}

}  // namespace

const ElfSymbol* ElfInfo::find(std::string_view name) const {
    for (const ElfSymbol& s : symbols)
        if (s.name == name) return &s;
    return nullptr;
}

ElfReadResult read_elf_symbols(const ReadAt& read, std::uint64_t file_size, std::span<const std::string_view> wanted) {
    Elf64_Ehdr eh{};
    if (!fits(0, sizeof eh, file_size) || !read(0, &eh, sizeof eh)) return fail("shorter than an ELF header");
    if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) return fail("not an ELF file");
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return fail("not a 64-bit little-endian ELF file");
    if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN) return fail("neither an executable nor a shared object");
    ElfInfo info;
    info.position_independent = eh.e_type == ET_DYN;

    if (eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum > kMaxProgramHeaders ||
        !fits(eh.e_phoff, std::uint64_t{eh.e_phnum} * sizeof(Elf64_Phdr), file_size))
        return fail("program headers out of bounds");
    std::vector<Elf64_Phdr> phdrs(eh.e_phnum);
    if (!phdrs.empty() && !read(eh.e_phoff, phdrs.data(), phdrs.size() * sizeof(Elf64_Phdr)))
        return fail("program headers unreadable");
    for (const Elf64_Phdr& p : phdrs)
        if (p.p_type == PT_LOAD) info.loads.push_back(ElfLoadSegment{p.p_offset, p.p_vaddr, p.p_filesz, p.p_memsz});

    // Section headers; with more than 0xff00 sections the real count is in section 0.
    if (eh.e_shoff == 0) return ElfReadResult{std::move(info), {}};  // no sections: no symbol names to read
    if (eh.e_shentsize != sizeof(Elf64_Shdr)) return fail("section header size is wrong");
    std::uint64_t count = eh.e_shnum;
    if (count == 0) {
        Elf64_Shdr first{};
        if (!fits(eh.e_shoff, sizeof first, file_size) || !read(eh.e_shoff, &first, sizeof first))
            return fail("section headers out of bounds");
        count = first.sh_size;
    }
    if (count > kMaxTableBytes / sizeof(Elf64_Shdr) || !fits(eh.e_shoff, count * sizeof(Elf64_Shdr), file_size))
        return fail("section headers out of bounds");
    std::vector<Elf64_Shdr> sections(count);
    if (!sections.empty() && !read(eh.e_shoff, sections.data(), sections.size() * sizeof(Elf64_Shdr)))
        return fail("section headers unreadable");
    // The dynamic table first (what a stripped file keeps), then the full one if there is one.
    for (const unsigned type : {unsigned{SHT_DYNSYM}, unsigned{SHT_SYMTAB}}) {
        for (const Elf64_Shdr& s : sections) {
            if (s.sh_type != type || s.sh_link >= sections.size()) continue;
            std::string error;
            if (!scan_table(read, file_size, s, sections[s.sh_link], wanted, info, error)) return fail(error);
        }
    }
    return ElfReadResult{std::move(info), {}};
}

ElfReadResult read_elf_file_symbols(const std::string& path, std::span<const std::string_view> wanted) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail("cannot open " + path + ": " + std::strerror(errno));
    struct stat st {};
    ElfReadResult result;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        result = fail(path + " is not a regular file");
    } else {
        const ReadAt read = [fd](std::uint64_t offset, void* out, std::size_t size) {
            auto* p = static_cast<char*>(out);
            while (size > 0) {
                const ssize_t n = ::pread(fd, p, size, static_cast<off_t>(offset));
                if (n <= 0) {
                    if (n < 0 && errno == EINTR) continue;
                    return false;
                }
                p += n;
                offset += static_cast<std::uint64_t>(n);
                size -= static_cast<std::size_t>(n);
            }
            return true;
        };
        result = read_elf_symbols(read, static_cast<std::uint64_t>(st.st_size), wanted);
    }
    ::close(fd);
    return result;
}

std::optional<std::uint64_t> load_bias(const ElfInfo& elf, std::uint64_t map_start, std::uint64_t map_offset) {
    if (!elf.position_independent) return 0;
    // A loadable segment is mapped from the page holding its file offset to the page holding its
    // address, so the mapping of file page `map_offset` starts at bias + page_floor(p_vaddr).
    for (const ElfLoadSegment& seg : elf.loads) {
        if ((seg.offset & ~(kPage - 1)) != map_offset) continue;
        const std::uint64_t page_vaddr = seg.vaddr & ~(kPage - 1);
        if (page_vaddr > map_start) return std::nullopt;
        return map_start - page_vaddr;
    }
    return std::nullopt;
}

}  // namespace conclab::observe

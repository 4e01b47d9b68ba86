#include "observe/python_probe.h"

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <regex>
#include <string_view>

#include "observe/proc_file.h"

namespace conclab::observe {
namespace {

constexpr std::string_view kRuntimeSymbol = "_PyRuntime";
constexpr std::string_view kVersionSymbol = "Py_Version";
constexpr std::array<std::string_view, 2> kWanted{kRuntimeSymbol, kVersionSymbol};
constexpr int kDebugWords = 40;               // _Py_DebugOffsets words read (the entries used are below 30)
constexpr int kMaxInterpreters = 64;          // a list longer than this is not a real interpreter list
constexpr std::uint64_t kMaxStructOffset = 1u << 24;  // offsets inside CPython's structs are far below 16 MB

PythonRuntime with_access(GilAccess access, PythonVersion version = {}, int error = 0) {
    PythonRuntime r;
    r.access = access;
    r.version = version;
    r.error = error;
    return r;
}

// "python3.10", "libpython3.10.so.1.0", "libpython3.13t.so" → 3.10, 3.10, 3.13.
PythonVersion version_from_name(const std::string& path) {
    static const std::regex re("python([0-9])\\.([0-9]{1,2})[^/]*$");
    std::smatch m;
    if (!std::regex_search(path, m, re)) return {};
    return PythonVersion{std::stoi(m[1].str()), std::stoi(m[2].str()), 0};
}

bool is_libpython(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1).starts_with("libpython");
}

// The load bias of `binary` in the process: from its mapping with the lowest file offset.
std::optional<std::uint64_t> bias_in(const ProbeInput::Binary& binary, const ElfInfo& elf, const std::vector<Mapping>& maps) {
    const Mapping* first = nullptr;
    for (const Mapping& m : maps)
        if (m.inode == binary.inode && m.dev_major == binary.dev_major && m.dev_minor == binary.dev_minor &&
            (first == nullptr || m.offset < first->offset))
            first = &m;
    if (first == nullptr) return elf.position_independent ? std::nullopt : std::optional<std::uint64_t>(0);
    return load_bias(elf, first->start, first->offset);
}

// 3.13+: checks one candidate layout of _Py_DebugOffsets against the values the build wrote into
// it. Each check compares two offsets the headers relate (the GIL's fields sit where pycore_gil.h
// puts them; native_thread_id follows thread_id), so a wrong layout fails instead of being used.
bool debug_layout_fits(const DebugOffsetWords& w, const std::array<std::uint64_t, kDebugWords>& words,
                       std::uint64_t runtime_size, const GilStructOffsets& gil) {
    const auto at = [&](int i) { return words[static_cast<std::size_t>(i)]; };
    for (const int i : {w.interpreters_head, w.interp_next, w.interp_gil, w.interp_gil_locked, w.interp_gil_holder,
                        w.tstate_thread_id, w.tstate_native_thread_id})
        if (i <= 2 || i >= kDebugWords || at(i) >= kMaxStructOffset) return false;
    return at(w.runtime_size) == runtime_size && at(w.interp_gil_locked) == at(w.interp_gil) + gil.locked &&
           at(w.interp_gil_holder) == at(w.interp_gil) + gil.last_holder &&
           at(w.tstate_native_thread_id) == at(w.tstate_thread_id) + 8;
}

PythonRuntime from_debug_offsets(PythonRuntime r, const PythonLayout& layout, std::uint64_t runtime_size,
                                 const MemoryReader& memory) {
    std::array<std::uint64_t, kDebugWords> words{};
    if (const int err = memory(r.runtime_address, words.data(), sizeof words); err != 0)
        return with_access(err == EPERM || err == EACCES ? GilAccess::NotPermitted : GilAccess::Starting, r.version, err);
    char cookie[8];
    std::memcpy(cookie, words.data(), sizeof cookie);
    if (std::memcmp(cookie, "xdebugpy", sizeof cookie) != 0) return with_access(GilAccess::LayoutMismatch, r.version);
    const PythonVersion debug_version = decode_py_version_hex(words[1]);
    if (debug_version.major != r.version.major || debug_version.minor != r.version.minor)
        return with_access(GilAccess::LayoutMismatch, r.version);
    if (words[2] != 0) return with_access(GilAccess::FreeThreaded, r.version);
    const DebugOffsetWords* fit = nullptr;
    for (const DebugOffsetWords& w : layout.debug_layouts)
        if (debug_layout_fits(w, words, runtime_size, layout.gil)) {
            fit = &w;
            break;
        }
    if (fit == nullptr) return with_access(GilAccess::LayoutMismatch, r.version);
    // The main interpreter is the oldest: the last of the list that starts at interpreters.head.
    std::uint64_t interp = 0;
    if (const int err = memory(r.runtime_address + words[fit->interpreters_head], &interp, sizeof interp); err != 0)
        return with_access(GilAccess::Starting, r.version, err);
    if (interp == 0) return with_access(GilAccess::Starting, r.version);  // Py_Initialize has not run yet
    for (int i = 0; i < kMaxInterpreters; ++i) {
        std::uint64_t next = 0;
        if (const int err = memory(interp + words[fit->interp_next], &next, sizeof next); err != 0)
            return with_access(GilAccess::Starting, r.version, err);
        if (next == 0) break;
        interp = next;
    }
    r.gil_address = interp + words[fit->interp_gil];
    r.tstate_native_thread_id = words[fit->tstate_native_thread_id];
    r.access = GilAccess::Readable;
    return r;
}

}  // namespace

std::string_view gil_access_name(GilAccess a) {
    switch (a) {
        case GilAccess::Readable: return "readable";
        case GilAccess::NotPython: return "not-python";
        case GilAccess::Starting: return "starting";
        case GilAccess::UnsupportedVersion: return "unsupported-version";
        case GilAccess::LayoutMismatch: return "layout-mismatch";
        case GilAccess::FreeThreaded: return "free-threaded";
        case GilAccess::NotPermitted: return "not-permitted";
        case GilAccess::UnsupportedPlatform: return "unsupported-platform";
    }
    return "?";
}

const ElfInfo* ElfCache::lookup(const std::string& open_path, unsigned dev_major, unsigned dev_minor, std::uint64_t inode) {
    const auto key = std::make_tuple(dev_major, dev_minor, inode);
    if (auto it = files_.find(key); it != files_.end()) return it->second.get();
    // The file at that name must still be the one mapped (an upgrade may have replaced it).
    struct stat st {};
    if (::stat(open_path.c_str(), &st) != 0 || static_cast<std::uint64_t>(st.st_ino) != inode ||
        major(st.st_dev) != dev_major || minor(st.st_dev) != dev_minor)
        return nullptr;
    ElfReadResult read = read_elf_file_symbols(open_path, kWanted);
    std::unique_ptr<ElfInfo>& slot = files_[key];
    if (read.info) slot = std::make_unique<ElfInfo>(std::move(*read.info));
    return slot.get();
}

PythonRuntime probe_python(const ProbeInput& input, ElfCache& cache) {
    for (const ProbeInput::Binary& binary : input.binaries) {
        const ElfInfo* elf = cache.lookup(binary.open_path, binary.dev_major, binary.dev_minor, binary.inode);
        if (elf == nullptr) continue;
        const ElfSymbol* runtime = elf->find(kRuntimeSymbol);
        if (runtime == nullptr) continue;
        const std::optional<std::uint64_t> bias = bias_in(binary, *elf, input.maps);
        if (!bias) return with_access(GilAccess::Starting);  // not mapped yet: the loader is at work

        PythonRuntime r;
        r.binary = binary.shown_path;
        r.runtime_address = *bias + runtime->value;
        if (const ElfSymbol* version = elf->find(kVersionSymbol); version != nullptr && version->size >= 4) {
            std::uint64_t hex = 0;
            const std::size_t size = version->size >= 8 ? 8 : 4;
            if (const int err = input.memory(*bias + version->value, &hex, size); err != 0)
                return with_access(err == EPERM || err == EACCES ? GilAccess::NotPermitted : GilAccess::Starting, {}, err);
            r.version = decode_py_version_hex(hex & 0xffffffffu);
        } else {
            r.version = version_from_name(binary.shown_path);  // 3.10 and older: to say which version
            return with_access(GilAccess::UnsupportedVersion, r.version);
        }
        const PythonLayout* layout = python_layout_for(r.version.major, r.version.minor);
        if (layout == nullptr)
            return with_access(python_layouts().empty() ? GilAccess::UnsupportedPlatform : GilAccess::UnsupportedVersion,
                               r.version);
        r.gil = layout->gil;
        if (!layout->debug_layouts.empty()) return from_debug_offsets(std::move(r), *layout, runtime->size, input.memory);
        if (runtime->size != layout->runtime_size) return with_access(GilAccess::LayoutMismatch, r.version);
        r.gil_address = r.runtime_address + layout->gil_in_runtime;
        r.tstate_native_thread_id = layout->tstate_native_thread_id;
        r.access = GilAccess::Readable;
        return r;
    }
    return with_access(GilAccess::NotPython);
}

PythonRuntime probe_process(int pid, ElfCache& cache) {
    const std::string proc = "/proc/" + std::to_string(pid);
    ProbeInput input;
    // Read with the observer's /proc reader: a process that exits meanwhile is a failed read, not
    // an exception (std::ifstream throws from underflow on ESRCH).
    std::string maps_text;
    int error = 0;
    if (!ProcFile::read_once(proc + "/maps", maps_text, &error)) return with_access(GilAccess::NotPython, {}, error);
    input.maps = parse_maps(maps_text);

    struct stat exe {};
    char exe_path[4096];
    const ssize_t n = ::readlink((proc + "/exe").c_str(), exe_path, sizeof exe_path - 1);
    if (n > 0 && ::stat((proc + "/exe").c_str(), &exe) == 0) {
        exe_path[n] = '\0';
        input.binaries.push_back(ProbeInput::Binary{proc + "/exe", exe_path, major(exe.st_dev), minor(exe.st_dev),
                                                    static_cast<std::uint64_t>(exe.st_ino)});
    }
    for (const Mapping& m : input.maps) {
        if (m.path.empty() || m.path.front() != '/' || !is_libpython(m.path)) continue;
        bool known = false;
        for (const ProbeInput::Binary& b : input.binaries) known |= b.inode == m.inode && b.dev_major == m.dev_major && b.dev_minor == m.dev_minor;
        if (known) continue;
        // Opened through the process's own root, so a program in a container or chroot is read right.
        input.binaries.push_back(ProbeInput::Binary{proc + "/root" + m.path, m.path, m.dev_major, m.dev_minor, m.inode});
    }
    input.memory = process_memory(pid);
    return probe_python(input, cache);
}

}  // namespace conclab::observe

#pragma once
// Finds CPython's runtime in a running process and says whether (and where) its GIL can be read.
//
// How: the file that defines the symbol `_PyRuntime` is either the executable (Debian's
// /usr/bin/python3.11: a fixed-address executable that exports it in its dynamic symbol table)
// or a mapped libpython3.X.so (pyenv and most source builds; `--enable-shared`). Its address in
// the process is the symbol's value plus the load bias read from /proc/<pid>/maps (0 for a
// fixed-address executable). The version comes from the exported constant `Py_Version`
// (PY_VERSION_HEX, 3.11+) read from the process; without it (3.10 and older) from the file name
// ("python3.10", "libpython3.10.so.1.0") only to say which version cannot be read. 3.13+ builds
// also carry the version in _Py_DebugOffsets, which must agree.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "observe/elf_symbols.h"
#include "observe/proc_maps.h"
#include "observe/python_layout.h"
#include "observe/remote_memory.h"
#include "observe/syscall_state.h"

namespace conclab::observe {

// What the GIL row of a process can show. The UI composes the sentence from the code and the
// version (e.g. GilAccess::UnsupportedVersion, 3.10 → "GIL not readable for Python 3.10").
enum class GilAccess : std::uint8_t {
    Readable,             // the real holder, read from the interpreter's memory
    NotPython,            // no CPython runtime in this process: no GIL row
    Starting,             // CPython, but its interpreter is not initialised yet (checked again)
    UnsupportedVersion,   // a CPython this build has no layout for (version says which; 0.0 unknown)
    LayoutMismatch,       // a known version whose build does not match the layout (a custom build)
    FreeThreaded,         // a free-threaded build (3.13t+): there is no GIL
    NotPermitted,         // the system refused to let us read its memory (error = errno)
    UnsupportedPlatform,  // the layouts were taken for x86-64 only
};
std::string_view gil_access_name(GilAccess a);  // "readable", "unsupported-version", ... (trace, CSV, logs)

struct PythonRuntime {
    GilAccess access = GilAccess::NotPython;
    PythonVersion version;      // 0.0.0 when not CPython or not known
    std::string binary;         // the file that defines _PyRuntime
    std::uint64_t runtime_address = 0;
    std::uint64_t gil_address = 0;            // the main interpreter's struct _gil_runtime_state
    GilStructOffsets gil;
    std::uint64_t tstate_native_thread_id = 0;  // offset in PyThreadState
    int error = 0;                            // errno behind NotPermitted

    AddressRange gil_range() const { return AddressRange{gil_address, gil_address + gil.size}; }
};

// ELF symbol look-ups are kept per file (device, inode): every process of a multiprocessing
// program maps the same interpreter, and a file is read once. Used by one thread.
class ElfCache {
public:
    // Symbols _PyRuntime and Py_Version of the file; `open_path` is what to open (e.g.
    // /proc/<pid>/exe), the key its identity. Nothing when it is not a readable ELF file.
    const ElfInfo* lookup(const std::string& open_path, unsigned dev_major, unsigned dev_minor, std::uint64_t inode);

private:
    std::map<std::tuple<unsigned, unsigned, std::uint64_t>, std::unique_ptr<ElfInfo>> files_;
};

// The inputs of a probe, gathered from /proc by probe_process() or made up by tests.
struct ProbeInput {
    struct Binary {
        std::string open_path;   // to read the ELF file from
        std::string shown_path;  // its name (version from the name; messages)
        unsigned dev_major = 0;
        unsigned dev_minor = 0;
        std::uint64_t inode = 0;
    };
    std::vector<Binary> binaries;  // the executable first, then every mapped libpython
    std::vector<Mapping> maps;
    MemoryReader memory;
};

PythonRuntime probe_python(const ProbeInput& input, ElfCache& cache);

// Gathers the input from /proc/<pid>/exe and /proc/<pid>/maps and probes. NotPython (error =
// errno) if the process is gone or its maps cannot be read.
PythonRuntime probe_process(int pid, ElfCache& cache);

}  // namespace conclab::observe

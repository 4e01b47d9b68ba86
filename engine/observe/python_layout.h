#pragma once
// Where CPython keeps its GIL, per interpreter version, taken from CPython's own headers (never
// guessed). The test `python_layout_matches_headers` compiles a C program against every
// CPython's internal headers it finds on the machine (python3.X-dev, pyenv builds) and compares
// its offsetof() values with this table, so the table cannot drift unnoticed.
//
//   3.11  the GIL is _PyRuntime.ceval.gil                       (Include/internal/pycore_runtime.h)
//   3.12  it is the main interpreter's _gil, and the main interpreter is stored inside _PyRuntime
//         (_PyRuntime._main_interpreter._gil; PEP 684 per-interpreter GIL)
//   3.13+ _PyRuntime starts with _Py_DebugOffsets (cookie "xdebugpy"), which give the offsets of
//         the interpreter's _gil, _gil.locked, _gil.last_holder and PyThreadState.native_thread_id
//         for the very build that runs; this table only says where in _Py_DebugOffsets they are.
//
// The holder: `locked` is 1 while some thread holds the GIL and `last_holder` is the
// PyThreadState that took it last (take_gil sets both under the GIL's mutex), so while locked,
// last_holder is the holder; PyThreadState.native_thread_id is its OS thread id. (In 3.11,
// _PyRuntime.gilstate.tstate_current names the same thread while it runs Python code; the
// lock's own fields exist in every version and say exactly who holds the lock.)
// `switch_number` is CPython's own count of GIL changes to a different thread.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace conclab::observe {

// struct _gil_runtime_state (Include/internal/pycore_gil.h) in builds with a GIL, x86-64 glibc:
// unsigned long interval; PyThreadState* last_holder; int locked; unsigned long switch_number;
// pthread_cond_t cond; pthread_mutex_t mutex; pthread_cond_t switch_cond; pthread_mutex_t switch_mutex.
struct GilStructOffsets {
    std::uint64_t last_holder = 0;
    std::uint64_t locked = 0;
    std::uint64_t switch_number = 0;
    std::uint64_t cond = 0;
    std::uint64_t size = 0;  // the whole structure: a futex wait on any address inside it waits for the GIL
};

// Positions (in 8-byte words from the start of _Py_DebugOffsets) of the entries the reader uses.
struct DebugOffsetWords {
    int runtime_size = 0;          // runtime_state.size = sizeof(_PyRuntimeState)
    int interpreters_head = 0;     // runtime_state.interpreters_head
    int interp_next = 0;           // interpreter_state.next
    int interp_gil = 0;            // interpreter_state.gil_runtime_state (offset of _gil)
    int interp_gil_locked = 0;     // interpreter_state.gil_runtime_state_locked
    int interp_gil_holder = 0;     // interpreter_state.gil_runtime_state_holder
    int tstate_thread_id = 0;      // thread_state.thread_id
    int tstate_native_thread_id = 0;  // thread_state.native_thread_id
};

struct PythonLayout {
    int major = 3;
    int minor = 0;
    // 3.11, 3.12: fixed offsets, valid only when the binary's _PyRuntime symbol has exactly
    // runtime_size bytes (a build with other options has another layout and is refused).
    std::uint64_t runtime_size = 0;
    std::uint64_t gil_in_runtime = 0;
    std::uint64_t tstate_native_thread_id = 0;
    GilStructOffsets gil;
    // 3.13+: the debug offsets' layouts seen in CPython's headers for this version; the one whose
    // values pass the consistency checks (python_probe.cpp) is used.
    std::vector<DebugOffsetWords> debug_layouts;
};

// The table entry for CPython major.minor on this architecture, or nothing (another version or
// a platform the table was not made for: the GIL row then says it cannot be read).
const PythonLayout* python_layout_for(int major, int minor);
// Every entry (for the header test and the documentation).
std::span<const PythonLayout> python_layouts();

// PY_VERSION_HEX: 0xMMmmppLS.
struct PythonVersion {
    int major = 0;
    int minor = 0;
    int micro = 0;
};
inline PythonVersion decode_py_version_hex(std::uint64_t hex) {
    return PythonVersion{static_cast<int>((hex >> 24) & 0xff), static_cast<int>((hex >> 16) & 0xff),
                         static_cast<int>((hex >> 8) & 0xff)};
}

}  // namespace conclab::observe

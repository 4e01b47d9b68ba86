#include "observe/python_layout.h"

namespace conclab::observe {
namespace {

#if defined(__x86_64__)
// The same in 3.11, 3.12, 3.13 and 3.14 builds with a GIL (pycore_gil.h did not change):
// pthread_cond_t is 48 bytes and pthread_mutex_t 40 on x86-64 glibc.
constexpr GilStructOffsets kGil{.last_holder = 8, .locked = 16, .switch_number = 24, .cond = 32, .size = 208};

// 3.13.0 Include/internal/pycore_runtime.h: cookie, version, free_threaded, runtime_state{size,
// finalizing, interpreters_head}, interpreter_state{size, id, next, threads_head, gc,
// imports_modules, sysdict, builtins, ceval_gil, gil_runtime_state, .._enabled, .._locked,
// .._holder}, thread_state{size, prev, next, interp, current_frame, thread_id, native_thread_id, ...}.
constexpr DebugOffsetWords kDebug313{.runtime_size = 3, .interpreters_head = 5, .interp_next = 8, .interp_gil = 15,
                                     .interp_gil_locked = 17, .interp_gil_holder = 18, .tstate_thread_id = 24,
                                     .tstate_native_thread_id = 25};
// 3.14 Include/internal/pycore_debug_offsets.h adds interpreter_state.threads_main after
// threads_head; later 3.14 headers also append code_object_generation and tlbc_generation to
// interpreter_state, which moves thread_state by two words. Both layouts are listed; the
// consistency checks pick the one the running build has.
constexpr DebugOffsetWords kDebug314{.runtime_size = 3, .interpreters_head = 5, .interp_next = 8, .interp_gil = 16,
                                     .interp_gil_locked = 18, .interp_gil_holder = 19, .tstate_thread_id = 25,
                                     .tstate_native_thread_id = 26};
constexpr DebugOffsetWords kDebug314Generations{.runtime_size = 3, .interpreters_head = 5, .interp_next = 8,
                                                .interp_gil = 16, .interp_gil_locked = 18, .interp_gil_holder = 19,
                                                .tstate_thread_id = 27, .tstate_native_thread_id = 28};

const std::vector<PythonLayout>& table() {
    static const std::vector<PythonLayout> layouts = {
        // 3.11: offsetof(_PyRuntimeState, ceval.gil), offsetof(PyThreadState, native_thread_id).
        PythonLayout{.major = 3, .minor = 11, .runtime_size = 166688, .gil_in_runtime = 360,
                     .tstate_native_thread_id = 160, .gil = kGil, .debug_layouts = {}},
        // 3.12: offsetof(_PyRuntimeState, _main_interpreter._gil).
        PythonLayout{.major = 3, .minor = 12, .runtime_size = 459944, .gil_in_runtime = 77432,
                     .tstate_native_thread_id = 144, .gil = kGil, .debug_layouts = {}},
        PythonLayout{.major = 3, .minor = 13, .runtime_size = 0, .gil_in_runtime = 0, .tstate_native_thread_id = 0,
                     .gil = kGil, .debug_layouts = {kDebug313}},
        PythonLayout{.major = 3, .minor = 14, .runtime_size = 0, .gil_in_runtime = 0, .tstate_native_thread_id = 0,
                     .gil = kGil, .debug_layouts = {kDebug314, kDebug314Generations}},
    };
    return layouts;
}
#else
const std::vector<PythonLayout>& table() {
    static const std::vector<PythonLayout> none;  // offsets taken on x86-64 only so far
    return none;
}
#endif

}  // namespace

const PythonLayout* python_layout_for(int major, int minor) {
    for (const PythonLayout& l : table())
        if (l.major == major && l.minor == minor) return &l;
    return nullptr;
}

std::span<const PythonLayout> python_layouts() { return table(); }

}  // namespace conclab::observe

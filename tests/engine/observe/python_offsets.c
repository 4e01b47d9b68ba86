/* Prints, from CPython's own internal headers, every offset the observer's layout table
 * (engine/observe/python_layout.cpp) holds, so test_observe_python_layout.cpp can compare them.
 * Built once per CPython 3.11+ header folder found on the machine (tests/engine/observe/CMakeLists.txt). */
#define Py_BUILD_CORE 1
#include <Python.h>
#include <internal/pycore_runtime.h>
#if PY_VERSION_HEX >= 0x030C0000
#include <internal/pycore_interp.h>
#endif
#include <stddef.h>
#include <stdio.h>

int main(void) {
    printf("major %d\nminor %d\n", PY_MAJOR_VERSION, PY_MINOR_VERSION);
#ifdef Py_GIL_DISABLED
    printf("free_threaded 1\n");
#else
    printf("free_threaded 0\n");
#endif
    printf("runtime_size %zu\n", sizeof(_PyRuntimeState));
#if PY_VERSION_HEX < 0x030C0000
    printf("gil_in_runtime %zu\n", offsetof(_PyRuntimeState, ceval.gil));
#else
    printf("gil_in_runtime %zu\n", offsetof(_PyRuntimeState, _main_interpreter._gil));
#endif
    printf("gil.last_holder %zu\n", offsetof(struct _gil_runtime_state, last_holder));
    printf("gil.locked %zu\n", offsetof(struct _gil_runtime_state, locked));
    printf("gil.switch_number %zu\n", offsetof(struct _gil_runtime_state, switch_number));
    printf("gil.cond %zu\n", offsetof(struct _gil_runtime_state, cond));
    printf("gil.size %zu\n", sizeof(struct _gil_runtime_state));
    printf("tstate.native_thread_id %zu\n", offsetof(PyThreadState, native_thread_id));
#if PY_VERSION_HEX >= 0x030D0000
#define WORD(field) (offsetof(_Py_DebugOffsets, field) / 8)
    printf("debug.runtime_size %zu\n", WORD(runtime_state.size));
    printf("debug.interpreters_head %zu\n", WORD(runtime_state.interpreters_head));
    printf("debug.interp_next %zu\n", WORD(interpreter_state.next));
    printf("debug.interp_gil %zu\n", WORD(interpreter_state.gil_runtime_state));
    printf("debug.interp_gil_locked %zu\n", WORD(interpreter_state.gil_runtime_state_locked));
    printf("debug.interp_gil_holder %zu\n", WORD(interpreter_state.gil_runtime_state_holder));
    printf("debug.tstate_thread_id %zu\n", WORD(thread_state.thread_id));
    printf("debug.tstate_native_thread_id %zu\n", WORD(thread_state.native_thread_id));
#endif
    return 0;
}

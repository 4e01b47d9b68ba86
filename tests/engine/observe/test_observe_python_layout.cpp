// The GIL layout table holds exactly what CPython's own headers say: for every CPython 3.11+
// whose internal headers are on this machine, a C program compiled against them (python_offsets.c)
// prints the offsets, and they must match the table. Without such headers the test says so.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>

#include "observe/python_layout.h"
#include "observe_test_support.h"

using namespace conclab::observe;

namespace {

std::map<std::string, std::uint64_t> run_offsets_program(const std::string& path) {
    std::map<std::string, std::uint64_t> values;
    // Started and its output read by the observer itself (no shell, no popen).
    const testing::ObservedRun run = testing::observe_command({path});
    REQUIRE(run.status == conclab::RunStatus::Completed);
    for (const conclab::OutputLine& line : run.output()) {
        std::istringstream in(line.text);
        std::string key;
        std::uint64_t value = 0;
        if (in >> key >> value) values[key] = value;
    }
    return values;
}

}  // namespace

TEST_CASE("the layout table matches the offsets compiled from every CPython's own headers found here") {
    const std::string programs = CONCLAB_PYTHON_OFFSET_PROGRAMS;
    if (programs.empty()) {
        WARN("skipped: no CPython 3.11+ internal headers here (install python3.11-dev), or a sanitizer build");
        return;
    }
    std::istringstream list(programs);
    std::string entry;
    int checked = 0;
    while (std::getline(list, entry, '|')) {
        const std::size_t eq = entry.find('=');
        const std::string program = entry.substr(0, eq);
        INFO("headers " << entry.substr(eq + 1));
        auto v = run_offsets_program(program);
        if (v["free_threaded"] != 0) {
            WARN("free-threaded headers in " << entry.substr(eq + 1) << ": such a build has no GIL to read");
            continue;
        }
        const PythonLayout* layout = python_layout_for(static_cast<int>(v["major"]), static_cast<int>(v["minor"]));
        INFO("CPython " << v["major"] << "." << v["minor"]);
        REQUIRE(layout != nullptr);
        CHECK(layout->gil.last_holder == v["gil.last_holder"]);
        CHECK(layout->gil.locked == v["gil.locked"]);
        CHECK(layout->gil.switch_number == v["gil.switch_number"]);
        CHECK(layout->gil.cond == v["gil.cond"]);
        CHECK(layout->gil.size == v["gil.size"]);
        if (layout->debug_layouts.empty()) {
            CHECK(layout->runtime_size == v["runtime_size"]);
            CHECK(layout->gil_in_runtime == v["gil_in_runtime"]);
            CHECK(layout->tstate_native_thread_id == v["tstate.native_thread_id"]);
        } else {
            bool one_matches = false;
            for (const DebugOffsetWords& w : layout->debug_layouts)
                one_matches |= w.runtime_size == static_cast<int>(v["debug.runtime_size"]) &&
                               w.interpreters_head == static_cast<int>(v["debug.interpreters_head"]) &&
                               w.interp_next == static_cast<int>(v["debug.interp_next"]) &&
                               w.interp_gil == static_cast<int>(v["debug.interp_gil"]) &&
                               w.interp_gil_locked == static_cast<int>(v["debug.interp_gil_locked"]) &&
                               w.interp_gil_holder == static_cast<int>(v["debug.interp_gil_holder"]) &&
                               w.tstate_thread_id == static_cast<int>(v["debug.tstate_thread_id"]) &&
                               w.tstate_native_thread_id == static_cast<int>(v["debug.tstate_native_thread_id"]);
            CHECK(one_matches);
        }
        ++checked;
    }
    CHECK(checked > 0);
}

TEST_CASE("PY_VERSION_HEX decodes to major, minor and micro") {
    const PythonVersion v = decode_py_version_hex(0x030b07f0);
    CHECK(v.major == 3);
    CHECK(v.minor == 11);
    CHECK(v.micro == 7);
}

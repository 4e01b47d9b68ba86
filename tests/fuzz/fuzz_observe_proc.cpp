// libFuzzer target: the /proc texts the program observer reads hundreds of times a second
// (task stat, schedstat, syscall, status, id lists, maps). Never a crash or undefined behaviour,
// and what is accepted is consistent (a maps range never ends before it starts).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "observe/proc_maps.h"
#include "observe/proc_parse.h"
#include "observe/syscall_state.h"

using namespace conclab;
using namespace conclab::observe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto stat = parse_task_stat(text)) FUZZ_CHECK(stat->comm.size() <= text.size());
    (void)parse_schedstat(text);
    if (const auto call = parse_syscall(text)) {
        for (const char state : {'R', 'S', 'D'})
            (void)blocked_state(*call, state, AddressRange{0x1000, 0x2000});
        if (call->kind == SyscallSnapshot::Kind::InSyscall) FUZZ_CHECK(call->number >= 0);
    }
    (void)parse_status_switches(text);
    for (const int id : parse_id_list(text)) FUZZ_CHECK(id > 0);
    for (const Mapping& m : parse_maps(text)) FUZZ_CHECK(m.end >= m.start);
    return 0;
}

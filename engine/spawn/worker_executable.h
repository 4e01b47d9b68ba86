#pragma once
// Where the worker program (conclab-worker) is. Looked for, in this order:
//   1. $CONCLAB_WORKER, if set: then only there (an override that is wrong is reported, never
//      passed over for another copy that may be of another version);
//   2. beside the running program (/proc/self/exe), as in a relocated or unpacked build;
//   3. ../libexec/conclab/ relative to the running program's folder, where `cmake --install`
//      puts it (the relative path comes from CMAKE_INSTALL_BINDIR and CMAKE_INSTALL_LIBEXECDIR);
//   4. where the build tree made it (fixed at compile time): tests and `build/.../app/conclab`.
// The first that is a regular file this user may execute wins.
#include <optional>
#include <string>
#include <vector>

#include "core/message.h"

namespace conclab {

struct WorkerExecutable {
    std::string path;                // empty if none was usable
    std::vector<std::string> tried;  // every place looked at, in order
    std::optional<Message> error;    // why none was usable, naming the places (none if found)

    bool found() const { return !path.empty(); }
};

WorkerExecutable locate_worker_executable();
// The same search with its inputs given: the override (nullptr or "" when unset) and the path of
// the running program.
WorkerExecutable locate_worker_executable(const char* override_path, const std::string& own_executable);

}  // namespace conclab

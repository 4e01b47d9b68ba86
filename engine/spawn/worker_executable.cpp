#include "spawn/worker_executable.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "spawn/spawn_messages.h"

namespace conclab {
namespace {

constexpr const char* kWorkerName = "conclab-worker";

std::string folder_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::string own_executable_path() {
    char path[4096];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    return n > 0 ? std::string(path, static_cast<std::size_t>(n)) : std::string();
}

// 0 if `path` can be started; else why not, as an errno value (a folder: EISDIR, another kind of
// file that is not a program: EACCES, as exec would say).
int unusable_because(const std::string& path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return errno;
    if (S_ISDIR(st.st_mode)) return EISDIR;
    if (!S_ISREG(st.st_mode)) return EACCES;
    if (access(path.c_str(), X_OK) != 0) return errno;
    return 0;
}

}  // namespace

WorkerExecutable locate_worker_executable(const char* override_path, const std::string& own_executable) {
    WorkerExecutable found;
    if (override_path && *override_path) {
        found.tried.emplace_back(override_path);
        if (const int why = unusable_because(override_path); why != 0)
            found.error = Message{MessageCode::WorkerOverrideUnusable, {text_arg(override_path), errno_arg(why)}};
        else
            found.path = override_path;
        return found;
    }
    if (!own_executable.empty()) {
        const std::string folder = folder_of(own_executable);
        found.tried.push_back(folder + "/" + kWorkerName);
        // "bin/../libexec/conclab" read as "libexec/conclab": the path shown in messages and `ps`.
        found.tried.push_back(
            (std::filesystem::path(folder) / CONCLAB_WORKER_FROM_BIN_DIR / kWorkerName).lexically_normal().string());
    }
    found.tried.emplace_back(CONCLAB_WORKER_BUILD_PATH);
    for (const std::string& candidate : found.tried)
        if (unusable_because(candidate) == 0) {
            found.path = candidate;
            return found;
        }
    found.error = Message{MessageCode::WorkerProgramNotFound, {text_arg(spawn_text::join_paths(found.tried))}};
    return found;
}

WorkerExecutable locate_worker_executable() {
    return locate_worker_executable(std::getenv("CONCLAB_WORKER"), own_executable_path());
}

}  // namespace conclab

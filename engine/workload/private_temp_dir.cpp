#include "workload/private_temp_dir.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <vector>

#include "core/message.h"
#include "core/text.h"

namespace conclab {

namespace {

constexpr std::string_view kPrefix = "conclab-";

// A program killed with SIGKILL (or a machine that lost power) cannot remove its folder. The next
// run removes such leftovers: folders named conclab-<pid>-… that belong to this user, are real
// folders (not links), and whose process no longer exists. A live process's folder, another
// user's, or anything else in the temp folder is never touched.
void remove_leftovers(const std::string& base) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(base, error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(kPrefix, 0) != 0) continue;
        const std::string_view rest = std::string_view(name).substr(kPrefix.size());
        int pid = 0;
        const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
        if (ec != std::errc() || end == rest.data() || *end != '-' || pid <= 0) continue;
        struct stat st {};
        if (lstat(entry.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid()) continue;
        if (kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
        std::filesystem::remove_all(entry.path(), error);
    }
}

}  // namespace

PrivateTempDir::PrivateTempDir() {
    const char* tmpdir = std::getenv("TMPDIR");
    const std::string base = tmpdir && *tmpdir ? tmpdir : "/tmp";
    remove_leftovers(base);
    // The pid in the name lets a later run tell a leftover from a folder still in use.
    std::string pattern = base + "/" + std::string(kPrefix) + std::to_string(getpid()) + "-XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!mkdtemp(buffer.data())) {  // mkdtemp creates the folder with mode 0700
        const int error = errno;
        throw MessageError(Message{MessageCode::TempFolderUnavailable, {text_arg(printable(pattern, 300)), errno_arg(error)}});
    }
    path_ = buffer.data();
}

PrivateTempDir::~PrivateTempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace conclab

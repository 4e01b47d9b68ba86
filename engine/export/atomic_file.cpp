// Atomic replacement of a file: temp file beside the target (same file system, so rename() is
// atomic), content written, flushed and fsync'ed, then renamed over the target. A RAII guard
// removes the temp file on every failure path, exceptions from the writer included.
#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <vector>

#include "core/text.h"

namespace conclab {

namespace {

// The path as messages show it: on one line, a huge one cut short.
MessageArg path_arg(const std::string& path) { return text_arg(printable(path, 300)); }

Message failure(MessageCode code, const std::string& path) { return Message{code, {path_arg(path)}}; }

Message system_failure(const std::string& path, int error) {
    return Message{MessageCode::CannotWriteSystemError, {path_arg(path), errno_arg(error)}};
}

std::string directory_of(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// Owns a temp file "<dir>/.<basename>.XXXXXX" made by mkstemp; unlinks it unless committed.
class TempFile {
public:
    explicit TempFile(const std::string& target) {
        const std::string name =
            (std::filesystem::path(directory_of(target)) / ("." + std::filesystem::path(target).filename().string() + ".XXXXXX"))
                .string();
        name_.assign(name.begin(), name.end());
        name_.push_back('\0');
        fd_ = ::mkstemp(name_.data());
        error_ = fd_ < 0 ? errno : 0;
    }
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (created() && !committed_) ::unlink(name());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    bool created() const { return error_ == 0; }
    int error() const { return error_; }
    int fd() const { return fd_; }
    const char* name() const { return name_.data(); }
    // Closes the descriptor; errno on failure, else 0.
    int close() {
        const int rc = ::close(fd_);
        fd_ = -1;
        return rc == 0 ? 0 : errno;
    }
    void commit() { committed_ = true; }

private:
    std::vector<char> name_;
    int fd_ = -1;
    int error_ = 0;
    bool committed_ = false;
};

// mkstemp makes files 0600. An export should get the mode the target had, or the usual 0644
// (umask() cannot be read without changing it, which would race with other threads).
void give_usual_mode(int fd, const std::string& target) {
    struct stat st {};
    const mode_t mode = ::stat(target.c_str(), &st) == 0 ? (st.st_mode & 07777) : mode_t{0644};
    ::fchmod(fd, mode);
}

// Writes the content to `temp_name`; why not, about `path` (the file the user named).
std::optional<Message> write_content(const char* temp_name, const std::string& path,
                                     const std::function<void(std::ostream&)>& write) {
    std::ofstream stream(temp_name, std::ios::binary | std::ios::trunc);
    if (!stream) return system_failure(path, errno);
    try {
        write(stream);
    } catch (const std::exception& e) {
        return Message{MessageCode::CannotWriteWriterFailed, {path_arg(path), text_arg(printable(e.what(), 300))}};
    } catch (...) {
        return failure(MessageCode::CannotWriteWriterAborted, path);
    }
    stream.flush();
    if (!stream) return errno != 0 ? system_failure(path, errno) : failure(MessageCode::CannotWriteContent, path);
    stream.close();
    if (!stream) return errno != 0 ? system_failure(path, errno) : failure(MessageCode::CannotWriteClose, path);
    return std::nullopt;
}

// What is at `path` now, following symbolic links.
enum class Target { Missing, RegularFile, Directory, Stream, Other };

Target target_kind(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return Target::Missing;
    if (S_ISREG(st.st_mode)) return Target::RegularFile;
    if (S_ISDIR(st.st_mode)) return Target::Directory;
    // Devices and pipes (/dev/null, /dev/stdout, a FIFO) have no content to replace: they are
    // written straight into. Renaming over one would put a regular file in its place.
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) return Target::Stream;
    return Target::Other;  // block devices and sockets: never written
}

}  // namespace

std::optional<Message> write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    if (path.empty()) return Message{MessageCode::FileNameMissing, {}};
    switch (target_kind(path)) {
        case Target::Directory: return failure(MessageCode::CannotWriteDirectory, path);
        case Target::Other: return failure(MessageCode::CannotWriteSpecialFile, path);
        case Target::Stream:
            errno = 0;
            return write_content(path.c_str(), path, write);
        case Target::Missing:
        case Target::RegularFile: break;
    }
    TempFile temp(path);
    if (!temp.created()) return system_failure(path, temp.error());
    errno = 0;
    if (auto error = write_content(temp.name(), path, write)) return error;
    // Durable before it becomes visible: fsync acts on the file, whichever descriptor asks.
    if (::fsync(temp.fd()) != 0) return system_failure(path, errno);
    give_usual_mode(temp.fd(), path);
    if (const int err = temp.close(); err != 0) return system_failure(path, err);
    if (::rename(temp.name(), path.c_str()) != 0) return system_failure(path, errno);
    temp.commit();
    return std::nullopt;
}

std::optional<Message> check_writable(const std::string& path) {
    if (path.empty()) return Message{MessageCode::FileNameMissing, {}};
    switch (target_kind(path)) {
        case Target::Directory: return failure(MessageCode::CannotWriteDirectory, path);
        case Target::Other: return failure(MessageCode::CannotWriteSpecialFile, path);
        case Target::Stream: {
            // O_NONBLOCK: a pipe nobody reads refuses at once instead of waiting for a reader.
            const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0) return system_failure(path, errno);
            ::close(fd);
            return std::nullopt;
        }
        case Target::Missing:
        case Target::RegularFile: break;
    }
    std::error_code ec;
    const std::string dir = directory_of(path);
    if (!std::filesystem::is_directory(dir, ec)) {
        const MessageCode code = std::filesystem::exists(dir, ec) ? MessageCode::CannotWriteParentNotDirectory
                                                                  : MessageCode::CannotWriteNoDirectory;
        return Message{code, {path_arg(path), text_arg("'" + printable(dir, 300) + "'")}};
    }
    // Permission bits do not tell the whole story (root, read-only mounts): try it.
    TempFile probe(path);
    if (!probe.created()) return system_failure(path, probe.error());
    return std::nullopt;
}

}  // namespace conclab

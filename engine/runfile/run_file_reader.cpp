// The outside of a saved run file: opening it, telling a conclab file from anything else, the
// trace around conclab's section, and one message for every problem.
#include "runfile/run_file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "core/text.h"
#include "runfile/json_fields.h"
#include "runfile/run_file_format.h"
#include "runfile/run_json_reader.h"

namespace conclab {

namespace {

using Result = ParseResult<std::vector<RunResult>>;

// Closes the descriptor on every way out.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

// What a file that is not a conclab JSON document is, from its first bytes.
std::optional<MessageCode> foreign_kind(std::string_view head) {
    auto starts = [&](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
    if (starts("\x1f\x8b") || starts("\x28\xb5\x2f\xfd") || starts("\xfd" "7zXZ") || starts("BZh"))
        return MessageCode::RunFileCompressed;
    std::size_t i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) ++i;
    if (i < head.size() && (head[i] == '{' || head[i] == '[')) return std::nullopt;  // JSON: read on
    // A Perfetto trace is a protobuf stream of TracePacket fields: tag 0x0a, a length, binary bytes.
    if (!head.empty() && head[0] == '\x0a') {
        for (std::size_t k = 1; k < head.size(); ++k) {
            const auto c = static_cast<unsigned char>(head[k]);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c >= 0x80) return MessageCode::RunFileBinaryTrace;
        }
    }
    return MessageCode::RunFileNotJson;
}

// The "conclab" section: format and version first, then the runs.
std::vector<RunResult> read_section(JsonReader& r, const MessageArg& file, std::optional<Message>& refusal) {
    using namespace runfile;
    r.begin_object();
    const std::string format = read_field(r, "format", [&] { return r.read_string(kMaxNameBytes); });
    if (format != kRunFileFormat) {
        refusal = Message{MessageCode::RunFileNotConclab, {file}};
        return {};
    }
    const std::int64_t version = read_field(r, "version", [&] { return read_int_in(r, 1, std::numeric_limits<int>::max()); });
    if (version > kRunFileVersion) {
        refusal = Message{MessageCode::RunFileNewerVersion, {file, integer_arg(version), integer_arg(kRunFileVersion)}};
        return {};
    }
    read_field(r, "saved_unix_ns", [&] { return read_non_negative(r); });
    read_field(r, "state_names", [&] {
        // The numbering the rows use: this program's own, or the file is not one it can read.
        r.begin_array();
        for (int s = 0; s < kLaneStateCount; ++s) {
            JsonPlace place(r, static_cast<std::size_t>(s));
            if (!r.next_item() || r.read_string(kMaxNameBytes) != lane_state_name(static_cast<LaneState>(s)))
                r.wrong_value();
        }
        expect_array_end(r);
    });
    std::vector<RunResult> runs = read_field(r, "runs", [&] { return read_runs(r); });
    expect_object_end(r);
    return runs;
}

Result read_document(JsonReader& r, const std::string& name) {
    const MessageArg file = text_arg(printable(name, 300));
    try {
        const std::string_view head = r.peek_bytes(64);
        if (head.empty()) return Result::fail(Message{MessageCode::RunFileEmpty, {file}});
        if (const auto kind = foreign_kind(head)) return Result::fail(Message{*kind, {file}});
        // A JSON array is a trace in Chrome's array format: never a conclab file.
        if (r.peek_type() == JsonType::Array) return Result::fail(Message{MessageCode::RunFileForeignTrace, {file}});
        if (r.peek_type() != JsonType::Object) return Result::fail(Message{MessageCode::RunFileNotJson, {file}});
        std::vector<RunResult> runs;
        bool has_section = false;
        bool has_trace = false;
        std::optional<Message> refusal;
        r.begin_object();
        std::string key;
        while (r.next_key(key)) {
            JsonPlace place(r, key);
            if (key == "conclab") {
                if (has_section) r.wrong_value();  // twice: which one would be the run?
                has_section = true;
                runs = read_section(r, file, refusal);
                if (refusal) return Result::fail(*refusal);
            } else {
                has_trace = has_trace || key == "traceEvents";
                r.skip_value();  // the trace (and anything a viewer added): checked, not kept
            }
        }
        r.expect_end();
        if (!has_section)
            return Result::fail(Message{has_trace ? MessageCode::RunFileForeignTrace : MessageCode::RunFileNotConclab, {file}});
        if (runs.empty()) return Result::fail(Message{MessageCode::RunFileNoRuns, {file}});
        return Result::ok(std::move(runs));
    } catch (const JsonProblem& p) {
        switch (p.kind) {
            case JsonProblem::Kind::Syntax:
                return Result::fail(Message{MessageCode::RunFileSyntax, {file, integer_arg(p.line), integer_arg(p.column)}});
            case JsonProblem::Kind::Truncated:
                return Result::fail(Message{MessageCode::RunFileTruncated, {file, integer_arg(p.offset)}});
            case JsonProblem::Kind::ReadFailed:
                return Result::fail(Message{MessageCode::RunFileCannotRead, {file, errno_arg(p.error_number)}});
            case JsonProblem::Kind::TooLarge:
                return Result::fail(
                    Message{MessageCode::RunFileTooLarge, {file, integer_arg(p.offset), text_arg(kMaxRunFileBytesText)}});
            case JsonProblem::Kind::WrongValue:
                return Result::fail(Message{MessageCode::RunFileDamaged, {file, text_arg(printable(p.place, 300))}});
        }
        return Result::fail(Message{MessageCode::RunFileNotJson, {file}});
    } catch (const std::bad_alloc&) {
        // Bounded by the file's size, but the machine may still have less than that to give.
        return Result::fail(Message{MessageCode::RunFileCannotRead, {file, errno_arg(ENOMEM)}});
    }
}

}  // namespace

Result read_run_file_bytes(std::string_view bytes, const std::string& name) {
    if (static_cast<std::int64_t>(bytes.size()) > kMaxRunFileBytes)
        return Result::fail(Message{MessageCode::RunFileTooLarge, {text_arg(printable(name, 300)),
                                                                   integer_arg(static_cast<std::int64_t>(bytes.size())),
                                                                   text_arg(kMaxRunFileBytesText)}});
    JsonReader reader(bytes);
    return read_document(reader, name);
}

Result read_run_file(const std::string& path) {
    const MessageArg file = text_arg(printable(path, 300));
    // O_NONBLOCK: a FIFO without a writer must not block the open; it is refused just below.
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == EISDIR) return Result::fail(Message{MessageCode::RunFileIsDirectory, {file}});
        return Result::fail(Message{MessageCode::RunFileCannotRead, {file, errno_arg(error)}});
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return Result::fail(Message{MessageCode::RunFileCannotRead, {file, errno_arg(errno)}});
    if (S_ISDIR(st.st_mode)) return Result::fail(Message{MessageCode::RunFileIsDirectory, {file}});
    if (!S_ISREG(st.st_mode)) return Result::fail(Message{MessageCode::RunFileNotRegular, {file}});
    if (st.st_size > kMaxRunFileBytes)
        return Result::fail(Message{MessageCode::RunFileTooLarge,
                                    {file, integer_arg(static_cast<std::int64_t>(st.st_size)), text_arg(kMaxRunFileBytesText)}});
    // The limit holds while reading too: a file that grows meanwhile is cut off at the limit.
    JsonReader reader(
        [fd = fd.get()](char* buffer, std::size_t size) {
            for (;;) {
                const ssize_t got = ::read(fd, buffer, size);
                if (got >= 0) return static_cast<std::size_t>(got);
                if (errno == EINTR) continue;
                JsonProblem p;
                p.kind = JsonProblem::Kind::ReadFailed;
                p.error_number = errno;
                throw p;
            }
        },
        kMaxRunFileBytes);
    return read_document(reader, path);
}

}  // namespace conclab

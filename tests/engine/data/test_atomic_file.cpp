// Writing files atomically: the complete new file or nothing, never a part, never a stray temp.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <cerrno>
#include <stdexcept>

#include "export/atomic_file.h"

using namespace conclab;
namespace fs = std::filesystem;

namespace {

// A fresh directory for one test, removed with everything in it afterwards.
class ScratchDir {
public:
    ScratchDir() {
        std::string pattern = (fs::temp_directory_path() / "conclab-atomic-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }
    std::size_t entries() const {
        std::size_t n = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(path_)) ++n;
        return n;
    }

private:
    fs::path path_;
};

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// The refusal's code, and that its first argument is the path as given.
void check_refusal(const std::optional<Message>& problem, MessageCode code, const std::string& path) {
    REQUIRE(problem);
    CAPTURE(*problem);
    CHECK(problem->code == code);
    CHECK(has_declared_args(*problem));
    if (!problem->args.empty()) CHECK(problem->args.front() == text_arg(path));
}

}  // namespace

TEST_CASE("a successful write leaves exactly the complete file") {
    ScratchDir dir;
    const std::string path = dir / "trace.json";
    CHECK_FALSE(write_file_atomically(path, [](std::ostream& out) { out << "{\"traceEvents\":[]}\n"; }));
    CHECK(read(path) == "{\"traceEvents\":[]}\n");
    CHECK(dir.entries() == 1);
    // Readable like any other file the user makes, not private to the writer like a temp file.
    CHECK((fs::status(path).permissions() & fs::perms::others_read) != fs::perms::none);
}

TEST_CASE("writing again replaces the old content") {
    ScratchDir dir;
    const std::string path = dir / "table.csv";
    write_text(path, "old content that is longer than the new");
    CHECK_FALSE(write_file_atomically(path, [](std::ostream& out) { out << "new"; }));
    CHECK(read(path) == "new");
    CHECK(dir.entries() == 1);
}

TEST_CASE("a writer that throws leaves the old file untouched and no temp file") {
    ScratchDir dir;
    const std::string path = dir / "table.csv";
    SECTION("no old file") {
        const auto error = write_file_atomically(path, [](std::ostream& out) {
            out << "half";
            throw std::runtime_error("disk on fire");
        });
        check_refusal(error, MessageCode::CannotWriteWriterFailed, path);
        CHECK(error->args.at(1) == text_arg("disk on fire"));
        CHECK_FALSE(fs::exists(path));
        CHECK(dir.entries() == 0);
    }
    SECTION("an old file") {
        write_text(path, "old");
        check_refusal(write_file_atomically(path, [](std::ostream&) { throw 42; }), MessageCode::CannotWriteWriterAborted,
                      path);
        CHECK(read(path) == "old");
        CHECK(dir.entries() == 1);
    }
    SECTION("a writer that puts the stream into a failed state") {
        const auto error = write_file_atomically(path, [](std::ostream& out) { out.setstate(std::ios::badbit); });
        REQUIRE(error);
        CHECK((error->code == MessageCode::CannotWriteContent || error->code == MessageCode::CannotWriteSystemError));
        CHECK(dir.entries() == 0);
    }
}

TEST_CASE("unwritable places are refused by name, and nothing is left behind") {
    ScratchDir dir;
    write_text(dir / "plain-file", "x");
    fs::create_directory(dir.path() / "a-directory");
    struct Row {
        const char* name;  // inside the scratch directory ("" = no path at all)
        MessageCode code;
        int error;  // the errno it names, 0 for none
    };
    const Row row = GENERATE(values<Row>({
        {"missing/trace.json", MessageCode::CannotWriteSystemError, ENOENT},
        {"plain-file/trace.json", MessageCode::CannotWriteSystemError, ENOTDIR},
        {"a-directory", MessageCode::CannotWriteDirectory, 0},
        {"", MessageCode::FileNameMissing, 0},
    }));
    const std::string path = *row.name != '\0' ? dir / row.name : std::string();
    CAPTURE(path);
    Message expected{row.code, {}};
    if (!path.empty()) expected.args.push_back(text_arg(path));
    if (row.error != 0) expected.args.push_back(errno_arg(row.error));
    const auto error = write_file_atomically(path, [](std::ostream& out) { out << "data"; });
    REQUIRE(error);
    CHECK(*error == expected);
    CHECK(dir.entries() == 2);
    CHECK(read(dir / "plain-file") == "x");
}

TEST_CASE("check_writable says before a long run whether the file can be written") {
    ScratchDir dir;
    write_text(dir / "plain-file", "x");
    CHECK_FALSE(check_writable(dir / "new.csv"));
    CHECK(dir.entries() == 1);  // the probe is gone
    CHECK_FALSE(check_writable(dir / "plain-file"));  // replacing a file is fine
    CHECK(check_writable(dir / "missing/new.csv") ==
          Message{MessageCode::CannotWriteNoDirectory, {text_arg(dir / "missing/new.csv"), text_arg("'" + (dir / "missing") + "'")}});
    CHECK(check_writable(dir / "plain-file/new.csv") ==
          Message{MessageCode::CannotWriteParentNotDirectory,
                  {text_arg(dir / "plain-file/new.csv"), text_arg("'" + (dir / "plain-file") + "'")}});
    check_refusal(check_writable(dir.path().string()), MessageCode::CannotWriteDirectory, dir.path().string());
    CHECK(dir.entries() == 1);
}

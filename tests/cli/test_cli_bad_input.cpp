// Hostile values for every option of `run`, `compare` and `shot`: empty, huge, negative, not a
// number, other scripts' digits, control characters, a 100,000-character value, a missing value,
// paths that cannot be written. Each gets exit status 2, exactly one line on stderr that names
// the option and the value (and the bound, where one was crossed), nothing on stdout and no file.
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "process_runner.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace conclab::testing;
namespace fs = std::filesystem;

namespace {

struct Hostile {
    std::string value;
    std::string shown;  // how the message shows it ("" for the empty value)
};

// A single argument may be at most 128 KiB on Linux (MAX_ARG_STRLEN), so "huge" is 100,000 bytes.
const std::string kLong(100'000, '7');

const std::vector<Hostile> kHostileValues = {
    {"", ""},
    {"99999999999999999999", "'99999999999999999999'"},
    {"9223372036854775808", "'9223372036854775808'"},  // 2^63
    {"1e309", "1e309"},
    {"-1", "-1"},
    {"NaN", "NaN"},
    {"inf", "inf"},
    {"\xE0\xA7\xAA", "\xE0\xA7\xAA"},  // Bengali digit four
    {"4\x01" "5", "4\\x015"},
    {"4\n5", "4\\n5"},
    {"\x1B[31mred", "\\x1B[31mred"},
    {kLong, "(100000 characters)"},
};

struct Option {
    std::string name;
    std::string bound;  // what a message about a number too large names
};

// The options of `run`; `compare` has them all but --model, --gil and --no-gil.
const std::vector<Option> kValueOptions = {
    {"workload", ""}, {"tasks", "100000"}, {"model", ""}, {"workers", "256"}, {"switch-interval", "100ms"},
    {"crash-task", "0 to 3"}, {"size", "8000"},
};


bool has(const std::vector<std::string>& args, const std::string& arg) {
    for (const std::string& a : args)
        if (a == arg) return true;
    return false;
}

// Every output a command can write goes into `dir`, so an empty `dir` afterwards means no file
// and no temporary file was left behind.
std::vector<std::string> with_outputs(std::vector<std::string> args, const std::string& dir) {
    const std::string command = args.front();
    if (command == "shot") {
        if (!has(args, "--out")) args.insert(args.end(), {"--out", dir + "/picture.png"});
    } else {
        if (!has(args, "--trace")) args.insert(args.end(), {"--trace", dir + "/trace.json"});
        if (!has(args, "--csv")) args.insert(args.end(), {"--csv", dir + "/table.csv"});
    }
    return args;
}

std::string shown_args(const std::vector<std::string>& args) {
    std::string text = "conclab";
    for (const std::string& a : args) {
        text += ' ';
        text.append(a, 0, 40);
        if (a.size() > 40) text += "...";
    }
    return text;
}

// One refusal: status 2, one line "conclab: ..." that says each of `mentions`, nothing else.
void check_refused(const std::vector<std::string>& args, const std::vector<std::string>& mentions,
                   const std::string& dir) {
    const CommandResult r = run_conclab(with_outputs(args, dir));
    INFO(shown_args(args) << "\n  stderr: " << r.err.substr(0, 400));
    CHECK(r.exit_code == 2);
    CHECK(line_count(r.err) == 1);
    CHECK_THAT(r.err, Catch::StartsWith("conclab: "));
    for (const std::string& m : mentions) CHECK_THAT(r.err, Catch::Contains(m));
    CHECK(r.err.size() < 1000);  // a clear line, not a page
    CHECK(r.out.empty());
    CHECK(fs::is_empty(dir));
}

bool is_device(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISCHR(st.st_mode);
}

// A private copy of /dev/<name> (memory device `minor`) in `dir`: if conclab ever replaced its
// target with a regular file instead of writing into it, only the copy would be lost. A user who
// cannot make device nodes cannot replace the real one either (/dev is not theirs), so it is used.
// Empty (and the test says why) when neither is safe: root without CAP_MKNOD.
std::string device_to_write(const std::string& dir, const std::string& name, unsigned minor) {
    const std::string copy = dir + "/" + name;
    if (::mknod(copy.c_str(), S_IFCHR | 0666, makedev(1, minor)) == 0) return copy;
    if (::geteuid() != 0) return "/dev/" + name;
    WARN("cannot make a device node here (no CAP_MKNOD); not risking /dev/" << name << " as root");
    return {};
}

std::vector<std::string> commands() {
#ifdef CONCLAB_WITH_UI
    return {"run", "compare", "shot"};
#else
    return {"run", "compare"};  // sanitizer builds have no window, so no `shot`
#endif
}

bool command_has(const std::string& command, const std::string& option) {
    if (option == "size") return command == "shot";  // the picture's size in pixels
    if (command == "compare") return option != "model" && option != "gil" && option != "no-gil";
    return true;
}

}  // namespace

TEST_CASE("every experiment option refuses hostile values with one line naming the option and the value",
          "[cli][bad-input]") {
    PrivateTempDir dir;
    for (const std::string& command : commands())
        for (const Option& option : kValueOptions) {
            if (!command_has(command, option.name)) continue;
            for (const Hostile& h : kHostileValues) {
                std::vector<std::string> mentions{"--" + option.name};
                if (!h.shown.empty()) mentions.push_back(h.shown);
                // crash-task is only read for process models; the bound names the task numbers.
                std::vector<std::string> args{command, "--" + option.name, h.value};
                if (option.name == "crash-task" && command != "compare")
                    args.insert(args.end(), {"--model", "processes"});
                check_refused(args, mentions, dir.path());
            }
        }
}

TEST_CASE("numbers beyond a bound are refused with the bound in the message", "[cli][bad-input]") {
    PrivateTempDir dir;
    for (const std::string& command : commands()) {
        const std::string crash_model = command == "compare" ? "--tasks" : "--model";
        const std::string crash_model_value = command == "compare" ? "4" : "processes";
        for (const Option& option : kValueOptions) {
            if (option.bound.empty() || !command_has(command, option.name)) continue;
            for (const char* huge : {"99999999999999999999", "9223372036854775808", "2147483648"}) {
                std::vector<std::string> args{command, "--" + option.name, huge};
                if (option.name == "switch-interval") args.back() += "ms";
                if (option.name == "size") args.back() += "x900";
                if (option.name == "crash-task") args.insert(args.end(), {crash_model, crash_model_value});
                check_refused(args, {"--" + option.name, huge, option.bound}, dir.path());
            }
        }
        check_refused({command, "--tasks", "-3"}, {"--tasks", "'-3'", "1 to 100000"}, dir.path());
        check_refused({command, "--workers", "-1"}, {"--workers", "'-1'", "1 to 256"}, dir.path());
        check_refused({command, "--switch-interval", "0.01ms"}, {"--switch-interval", "0.01ms", "100us to 100ms"},
                      dir.path());
        check_refused({command, "--workload", "cpu:99999999999999999999ms"}, {"99999999999999999999ms", "600s"},
                      dir.path());
        check_refused({command, "--workload", "file:99999999999999999999GiB"}, {"99999999999999999999GiB", "1GiB"},
                      dir.path());
        check_refused({command, "--workload", "net:99999999999999999999"}, {"99999999999999999999", "10000000"},
                      dir.path());
        check_refused({command, "--workload", "mixed:1ms/1msx99999999999999999999"},
                      {"99999999999999999999", "10000"}, dir.path());
    }
}

TEST_CASE("an option without its value, or a switch given one, is refused", "[cli][bad-input]") {
    PrivateTempDir dir;
    for (const std::string& command : commands()) {
        for (const Option& option : kValueOptions) {
            if (!command_has(command, option.name)) continue;
            // Last on the line: nothing follows. (with_outputs puts the file options first.)
            std::vector<std::string> args = with_outputs({command}, dir.path());
            args.push_back("--" + option.name);
            check_refused(args, {"Missing value", "--" + option.name}, dir.path());
        }
        for (const char* flag : {"gil", "no-gil"})
            if (command_has(command, flag))
                check_refused({command, std::string("--") + flag + "=yes"}, {flag}, dir.path());
        check_refused({command, "--" + kLong}, {"Unknown option"}, dir.path());
        check_refused({command, "--tasks", "4", "stray\nword"}, {"unexpected argument", "stray\\nword"}, dir.path());
    }
    check_refused({"run", "--gil", "--no-gil"}, {"--gil and --no-gil"}, dir.path());
}

TEST_CASE("an unknown command is named on one line, however it is spelled", "[cli][bad-input]") {
    PrivateTempDir dir;
    for (const std::string& word : {std::string("teleport\nnow"), std::string("\x1B[2J"), kLong}) {
        const CommandResult r = run_conclab({word});
        INFO(r.err.substr(0, 300));
        CHECK(r.exit_code == 2);
        CHECK(line_count(r.err) == 1);
        CHECK_THAT(r.err, Catch::StartsWith("conclab: unknown command"));
        CHECK(r.err.size() < 1000);
    }
}

TEST_CASE("file options refuse names that cannot be written, before anything runs", "[cli][bad-input]") {
    PrivateTempDir dir;
    const std::string folder = dir.path() + "/a-folder";
    fs::create_directory(folder);
    fs::create_directory(folder + ".png");  // shot's pictures end in .png
    struct Target {
        std::string path;
        std::string mentions;
    };
    const std::vector<Target> targets = {
        {"", "no file name given"},
        {folder, "it is a directory"},
        {dir.path() + "/missing-folder/out", "missing-folder"},
        {"/proc/conclab-cannot-write-here", "/proc/conclab-cannot-write-here"},
        {dir.path() + "/" + std::string(300, 'n') + "/x", "cannot write"},
        {dir.path() + "/" + kLong, "cannot write"},
        {dir.path() + "/new\nline/x", "new\\nline"},
    };
    for (const std::string& command : commands()) {
        const std::vector<std::string> options =
            command == "shot" ? std::vector<std::string>{"out"} : std::vector<std::string>{"trace", "csv"};
        for (const std::string& option : options)
            for (const Target& t : targets) {
                // shot wants a picture name; the checks of the name come first.
                const std::string path = command == "shot" && !t.path.empty() ? t.path + ".png" : t.path;
                const std::string why = t.path.empty() && command == "shot" ? "--out" : t.mentions;
                const CommandResult r = run_conclab(with_outputs({command, "--" + option, path, "--workload",
                                                                  "cpu:1ms", "--tasks", "1"},
                                                                 folder));
                INFO(command << " --" << option << " " << path.substr(0, 80) << "\n  stderr: " << r.err.substr(0, 400));
                CHECK(r.exit_code == 2);
                CHECK(line_count(r.err) == 1);
                CHECK_THAT(r.err, Catch::StartsWith("conclab: ") && Catch::Contains(why));
                CHECK(r.err.size() < 1000);
                CHECK(r.out.empty());
                CHECK(fs::is_empty(folder));
            }
    }
    CHECK(fs::is_empty(folder));
}

TEST_CASE("the same file for --trace and --csv is refused", "[cli][bad-input]") {
    PrivateTempDir dir;
    for (const char* command : {"run", "compare"})
        check_refused({command, "--trace", dir.path() + "/out", "--csv", dir.path() + "/./out"}, {"both name"},
                      dir.path());
}

TEST_CASE("a device that refuses writes fails the command after the run, with status 1 and the reason",
          "[cli][bad-input]") {
    PrivateTempDir dir;
    const std::string full = device_to_write(dir.path(), "full", 7);
    if (full.empty()) return;
    for (const char* option : {"--trace", "--csv"}) {
        const CommandResult r = run_conclab({"run", "--workload", "cpu:1ms", "--tasks", "1", option, full});
        INFO(option << " → " << r.err);
        CHECK(r.exit_code == 1);
        CHECK(line_count(r.err) == 1);
        CHECK_THAT(r.err, Catch::StartsWith("conclab: cannot write " + full) && Catch::Contains("No space left on device"));
        CHECK(is_device(full));  // written into, not replaced by a regular file
    }
}

TEST_CASE("a device that takes writes, such as /dev/null, is written into and stays a device", "[cli][bad-input]") {
    PrivateTempDir dir;
    const std::string null = device_to_write(dir.path(), "null", 3);
    if (null.empty()) return;
    const CommandResult r = run_conclab({"run", "--workload", "cpu:1ms", "--tasks", "1", "--csv", null});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::Contains("CSV") && Catch::Contains(null));
    CHECK(is_device(null));
}

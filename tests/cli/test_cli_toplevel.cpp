// `conclab` itself, before any command: --version, --help, and a wrong option or command, which
// gets one line and status 2 and never opens a window, whether or not there is a display.
#include <catch2/catch.hpp>
#include <regex>

#include "../support/scoped_env.h"
#include "process_runner.h"

using namespace conclab::testing;

namespace {

// The no-hang bound: a wrong option is refused at once; a window that opened would stay open.
constexpr int kPromptlyMs = 20'000;


}  // namespace

TEST_CASE("conclab --version prints the name, the project version and the commit it was built from", "[cli][toplevel]") {
    const CommandResult r = run_conclab_within({"--version"}, kPromptlyMs);
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    INFO(r.out);
    CHECK(line_count(r.out) == 1);
    std::smatch m;
    const std::string out = r.out;
    REQUIRE(std::regex_match(out, m, std::regex(R"(conclab (\S+) \(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\)\n)")));
    CHECK(m[1] == CONCLAB_PROJECT_VERSION);  // CMake's project(VERSION ...)
}

TEST_CASE("conclab --help and -h print the overview and exit 0", "[cli][toplevel]") {
    const std::string flag = GENERATE(as<std::string>{}, "--help", "-h");
    const CommandResult r = run_conclab_within({flag}, kPromptlyMs);
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("conclab run") && Catch::Contains("conclab compare") &&
                          Catch::Contains("conclab observe") && Catch::Contains("conclab lessons") &&
                          Catch::Contains("--version"));
#ifdef CONCLAB_WITH_UI
    CHECK_THAT(r.out, Catch::Contains("conclab shot"));  // only a build with the window draws pictures
#endif
}

TEST_CASE("an unknown option gets one line naming it and status 2, with or without a display, and no window",
          "[cli][toplevel]") {
    struct Display {
        const char* label;
        const char* display;
        const char* platform;
    };
    // ":99" names an X display that need not exist: the window must not even be attempted.
    const Display d = GENERATE(Display{"no display", nullptr, nullptr}, Display{"DISPLAY=:99", ":99", nullptr},
                               Display{"offscreen platform", nullptr, "offscreen"});
    const std::vector<std::string> args = GENERATE(as<std::vector<std::string>>{}, std::vector<std::string>{"--bogus"},
                                                   std::vector<std::string>{"--bogus", "--more"},
                                                   std::vector<std::string>{"-x"});
    INFO(d.label << ", conclab " << args[0]);
    CommandResult r;
    {
        const ScopedEnv display("DISPLAY", d.display);
        const ScopedEnv wayland("WAYLAND_DISPLAY", nullptr);
        const ScopedEnv platform("QT_QPA_PLATFORM", d.platform);
        r = run_conclab_within(args, kPromptlyMs);
    }
    INFO(r.err);
    REQUIRE_FALSE(r.timed_out);  // a window would still be open
    CHECK(r.exit_code == 2);
    CHECK(line_count(r.err) == 1);
    CHECK_THAT(r.err, Catch::StartsWith("conclab: unknown option '" + args[0] + "'"));
    CHECK(r.out.empty());
}

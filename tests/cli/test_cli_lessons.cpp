// Lessons from the terminal: `conclab lessons` lists them (and names a broken file with its line),
// `conclab run --lesson` runs one and grades its answers from the figures, `conclab shot --lesson`
// pictures its main run.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "../support/scoped_env.h"
#include "process_runner.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace conclab::testing;
namespace fs = std::filesystem;

namespace {

// A lesson that runs in a fraction of a second.
const char* kQuickLesson = R"({
  "format": "conclab-lesson", "version": 1, "id": "quick", "order": 1,
  "title": {"en": "Quick lesson", "bn": "ছোট পাঠ"},
  "explanation": "Two short runs.", "python": ["pass"],
  "runs": [
    {"id": "one", "label": "one thread", "workload": "cpu:20ms", "tasks": 2, "model": "sequential"},
    {"id": "two", "label": "two threads", "workload": "cpu:20ms", "tasks": 2, "model": "threads", "gil": true}
  ],
  "main_run": "two",
  "figures": {"speedup": {"measure": "speedup", "run": "two", "over": "one"}},
  "question": "Faster?",
  "answers": [
    {"id": "no", "text": "not faster", "right_if": "speedup < 1.3"},
    {"id": "yes", "text": "faster", "right_if": "speedup >= 1.3"}
  ],
  "result": {"en": "Two threads ran {speedup}x as fast.", "bn": "দুটি থ্রেড {speedup} গুণ গতিতে চলেছে।"}
})";

struct LessonFolders {
    PrivateTempDir shipped;
    PrivateTempDir data;  // XDG_DATA_HOME: the user's lessons are in conclab/lessons under it
    ScopedEnv shipped_env{"CONCLAB_LESSONS_DIR", shipped.path().c_str()};
    ScopedEnv data_env{"XDG_DATA_HOME", data.path().c_str()};
    std::string user() const { return data.path() + "/conclab/lessons"; }
    void write_shipped(const std::string& name, const std::string& text) const {
        std::ofstream(shipped.path() + "/" + name) << text;
    }
    void write_user(const std::string& name, const std::string& text) const {
        fs::create_directories(user());
        std::ofstream(user() + "/" + name) << text;
    }
};

}  // namespace

TEST_CASE("conclab lessons lists the shipped lessons", "[cli][lessons]") {
    PrivateTempDir data;
    ScopedEnv shipped("CONCLAB_LESSONS_DIR", CONCLAB_SOURCE_LESSONS);
    ScopedEnv user("XDG_DATA_HOME", data.path().c_str());
    const CommandResult r = run_conclab({"lessons"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    for (const char* id : {"memory", "threading", "multiprocessing", "gil", "convoy", "thread-pool", "rule-of-thumb"})
        CHECK(r.out.find(id) != std::string::npos);
    const CommandResult bn = run_conclab({"lessons", "--language", "bn"});
    CHECK(bn.out.find("কনভয়") != std::string::npos);
}

TEST_CASE("a broken lesson file is named with its line and problem; the others still load", "[cli][lessons]") {
    LessonFolders folders;
    folders.write_shipped("quick.json", kQuickLesson);
    folders.write_user("broken.json", "{\n  \"format\": \"conclab-lesson\",\n  \"version\": 1,\n  \"id\": \"Bad Id\"\n}\n");
    const CommandResult r = run_conclab({"lessons"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("quick") != std::string::npos);
    CHECK(r.err.find("broken.json") != std::string::npos);
    CHECK(r.err.find("line 4") != std::string::npos);
    CHECK(r.signal == 0);
}

TEST_CASE("conclab run --lesson runs every run and grades the answers from the figures", "[cli][lessons]") {
    LessonFolders folders;
    folders.write_shipped("quick.json", kQuickLesson);
    const CommandResult r = run_conclab_within({"run", "--lesson", "quick", "--answer", "no"}, 60'000);  // no-hang bound
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    for (const char* part : {"Quick lesson", "Run 1 of 2", "Run 2 of 2", "Figures:", "speedup", "Two threads ran",
                             "Answers:", "Your prediction 'not faster'"})
        CHECK(r.out.find(part) != std::string::npos);
    // Exactly one of the two answers is right, or the machine was too busy to tell.
    const bool busy = r.out.find("cannot tell") != std::string::npos;
    std::size_t rights = 0;
    for (std::size_t at = r.out.find(": right"); at != std::string::npos; at = r.out.find(": right", at + 1)) ++rights;
    CHECK((busy || rights == 1));
}

TEST_CASE("conclab run --lesson refuses what it cannot use, with one line and status 2", "[cli][lessons]") {
    LessonFolders folders;
    folders.write_shipped("quick.json", kQuickLesson);
    struct Case {
        std::vector<std::string> args;
        std::string mentions;
    };
    for (const Case& c : std::vector<Case>{{{"run", "--lesson", "nosuch"}, "quick"},
                                           {{"run", "--lesson", "quick", "--workload", "cpu:1ms"}, "--workload"},
                                           {{"run", "--lesson", "quick", "--answer", "7"}, "no, yes"},
                                           {{"run", "--lesson", "quick", "--language", "fr"}, "bn"},
                                           {{"run", "--answer", "1"}, "--lesson"}}) {
        CAPTURE(c.args);
        const CommandResult r = run_conclab(c.args);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(c.mentions) != std::string::npos);
        CHECK(r.out.find("Run 1") == std::string::npos);
    }
}

#ifdef CONCLAB_WITH_UI
TEST_CASE("conclab shot --lesson pictures the lesson's main run", "[cli][lessons]") {
    LessonFolders folders;
    folders.write_shipped("quick.json", kQuickLesson);
    const std::string out = folders.data.path() + "/quick.png";
    const CommandResult r = run_conclab_within({"shot", "--lesson", "quick", "--out", out, "--size", "800x450"}, 60'000);
    REQUIRE_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    CHECK(fs::file_size(out) > 1000);
}
#endif

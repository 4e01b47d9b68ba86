// Lesson files as a teacher writes them: the shipped lessons load in both languages, a broken
// file is refused with the line, column and problem, and the user's folder adds and replaces.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "../../support/scoped_env.h"
#include "lessons/json_reader.h"
#include "lessons/lesson_library.h"

using namespace conclab;
namespace fs = std::filesystem;

namespace {

// A small, complete lesson; `patch` is put in place of the marker to break it on purpose.
std::string lesson_text(const std::string& id = "mine", const std::string& right_if = "speedup < 1.3") {
    return "{\n"
           "  \"format\": \"conclab-lesson\",\n"
           "  \"version\": 1,\n"
           "  \"id\": \"" + id + "\",\n"
           "  \"title\": {\"en\": \"Mine\", \"bn\": \"আমার\"},\n"
           "  \"explanation\": \"Two runs.\",\n"
           "  \"python\": [\"print(1)\"],\n"
           "  \"runs\": [\n"
           "    {\"id\": \"one\", \"label\": \"one\", \"workload\": \"cpu:10ms\", \"tasks\": 2, \"model\": \"sequential\"},\n"
           "    {\"id\": \"two\", \"label\": \"two\", \"workload\": \"cpu:10ms\", \"tasks\": 2, \"model\": \"threads\"}\n"
           "  ],\n"
           "  \"figures\": {\"speedup\": {\"measure\": \"speedup\", \"run\": \"two\", \"over\": \"one\"}},\n"
           "  \"question\": \"Faster?\",\n"
           "  \"answers\": [\n"
           "    {\"id\": \"no\", \"text\": \"no\", \"right_if\": \"" + right_if + "\"},\n"
           "    {\"id\": \"yes\", \"text\": \"yes\", \"right_if\": \"speedup >= 1.3\"}\n"
           "  ],\n"
           "  \"result\": {\"en\": \"{speedup}x as fast\", \"bn\": \"{speedup} গুণ\"}\n"
           "}\n";
}

struct TempFolder {
    fs::path path = fs::temp_directory_path() / ("conclab-lessons-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    TempFolder() { fs::create_directories(path); }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

}  // namespace

TEST_CASE("every shipped lesson loads, in English and Bengali, with runs that validate") {
    const LessonLibrary library = load_lesson_library({CONCLAB_TEST_LESSONS_DIR, ""});
    for (const LessonProblem& p : library.problems) FAIL(p.path << " line " << p.error.line << ": " << debug_text(p.error.problem));
    REQUIRE(library.lessons.size() >= 7);
    for (const char* id : {"memory", "threading", "multiprocessing", "gil", "convoy", "thread-pool", "rule-of-thumb"})
        CHECK(library.find(id) != nullptr);
    for (const LoadedLesson& loaded : library.lessons) {
        const Lesson& l = loaded.lesson;
        CAPTURE(l.id);
        for (const LessonText* t : {&l.title, &l.explanation, &l.question, &l.result}) {
            CHECK(t->has(LessonLanguage::English));
            CHECK(t->has(LessonLanguage::Bengali));
        }
        for (const LessonAnswer& a : l.answers) CHECK((a.text.has(LessonLanguage::English) && a.text.has(LessonLanguage::Bengali)));
        for (const LessonRun& r : l.runs) CHECK(!r.experiment.validate());
    }
}

TEST_CASE("the lessons are listed in their order") {
    const LessonLibrary library = load_lesson_library({CONCLAB_TEST_LESSONS_DIR, ""});
    for (std::size_t i = 1; i < library.lessons.size(); ++i)
        CHECK(library.lessons[i - 1].lesson.order <= library.lessons[i].lesson.order);
}

TEST_CASE("a lesson's texts are split at their figures") {
    const auto lesson = read_lesson(lesson_text());
    REQUIRE(lesson);
    const auto& pieces = lesson.value().result.pieces(LessonLanguage::Bengali);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].figure == std::optional<std::size_t>(0));
    CHECK(pieces[1].literal == " গুণ");
    // A text given once serves both languages.
    CHECK(lesson.value().question.in(LessonLanguage::Bengali) == "Faster?");
}

TEST_CASE("a broken lesson is refused with the line and column of the problem") {
    struct Row {
        std::string text;
        int line;
        MessageCode code;
    };
    const std::string good = lesson_text();
    auto replace = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        t.replace(t.find(from), from.size(), to);
        return t;
    };
    const Row row = GENERATE_COPY(values<Row>({
        {replace("\"tasks\": 2, \"model\": \"threads\"}", "\"tasks\": 2, \"model\": \"threads\",}"), 10, MessageCode::JsonUnexpectedCharacter},
        {replace("cpu:10ms\", \"tasks\": 2, \"model\": \"threads", "cpu:forever\", \"tasks\": 2, \"model\": \"threads"), 10,
         MessageCode::LessonRunInvalid},
        {replace("\"version\": 1", "\"version\": 7"), 3, MessageCode::LessonVersionUnsupported},
        {replace("speedup < 1.3", "speedup < (1.3"), 15, MessageCode::LessonRuleUnreadable},
        {replace("speedup < 1.3", "slowness < 1.3"), 15, MessageCode::LessonRuleUnknownFigure},
        {replace("speedup < 1.3", "1 < 2"), 15, MessageCode::LessonRuleNoFigure},
        {replace("{speedup}x", "{speed}x"), 18, MessageCode::LessonPlaceholderUnknown},
        {replace("\"over\": \"one\"", "\"over\": \"three\""), 12, MessageCode::LessonUnknownRun},
        {replace("\"question\"", "\"questoin\""), 13, MessageCode::LessonUnknownField},
        {replace("\"Mine\"", "\"Mine\n\""), 5, MessageCode::JsonControlCharacter},
        {replace("{\"id\": \"yes\"", "{\"id\": \"no\""), 16, MessageCode::LessonDuplicateId},
    }));
    CAPTURE(row.text);
    const auto lesson = read_lesson(row.text);
    REQUIRE_FALSE(lesson);
    CHECK(lesson.error().problem.code == row.code);
    CHECK(lesson.error().line == row.line);
    CHECK(lesson.error().column >= 1);
}

TEST_CASE("the JSON reader is strict and names where it stopped") {
    CHECK(read_json("{\"a\": [1, 2.5e3, true, null, \"\\u0041\"]}"));
    for (const char* bad : {"{\"a\": 1,}", "[1 2]", "{\"a\": NaN}", "// x\n{}", "{\"a\": 1} x", "\"\xff\"", "[01]", ""}) {
        CAPTURE(bad);
        CHECK_FALSE(read_json(bad));
    }
    const auto e = read_json("{\n  \"a\": 1,\n  \"a\": 2\n}");
    REQUIRE_FALSE(e);
    CHECK(e.error().problem.code == MessageCode::JsonDuplicateKey);
    CHECK(e.error().line == 3);
    // Deep nesting is refused, not recursed into.
    CHECK_FALSE(read_json(std::string(100'000, '[')));
    // A file that is not UTF-8 (UTF-16 with its byte-order mark, Latin-1) is named as such: its
    // bytes are never quoted raw into a message (a terminal or a dialog would show garbage).
    for (const char* not_utf8 : {"\xff\xfe{\x00\"\x00", "{\"a\": \xe9t\xe9}", "\xc3"}) {
        CAPTURE(not_utf8);
        const auto r = read_json(not_utf8);
        REQUIRE_FALSE(r);
        CHECK(r.error().problem.code == MessageCode::JsonBadUtf8);
    }
    // A well-formed character in the wrong place is quoted.
    const auto bengali = read_json("{\"a\": ১}");
    REQUIRE_FALSE(bengali);
    CHECK(bengali.error().problem.code == MessageCode::JsonUnexpectedCharacter);
}

TEST_CASE("a user's lesson folder adds lessons and replaces shipped ones; broken files are listed, not fatal") {
    TempFolder shipped, user;
    shipped.write("a.json", lesson_text("alpha"));
    shipped.write("b.json", lesson_text("beta"));
    shipped.write("notes.txt", "not a lesson");
    user.write("beta.json", lesson_text("beta", "speedup < 2"));
    user.write("mine.json", lesson_text("mine"));
    user.write("broken.json", lesson_text("broken").substr(0, 200));
    const LessonLibrary library = load_lesson_library({shipped.path.string(), user.path.string()});
    REQUIRE(library.lessons.size() == 3);
    const LoadedLesson* beta = library.find("beta");
    REQUIRE(beta != nullptr);
    CHECK(beta->origin == LessonOrigin::User);
    CHECK(beta->replaces_shipped);
    CHECK(beta->lesson.answers[0].right_if.text() == "speedup < 2");
    REQUIRE(library.problems.size() == 1);
    CHECK(library.problems[0].path == (user.path / "broken.json").string());
    CHECK(library.problems[0].error.line >= 1);
    CHECK(library.problems[0].message().code == MessageCode::LessonFileProblem);
}

TEST_CASE("lesson folders come from the environment; a missing user folder is no problem") {
    TempFolder shipped;
    shipped.write("a.json", lesson_text("alpha"));
    testing::ScopedEnv dir("CONCLAB_LESSONS_DIR", shipped.path.c_str());
    testing::ScopedEnv data("XDG_DATA_HOME", (shipped.path / "no-such-data").c_str());
    const LessonFolders folders = lesson_folders();
    CHECK(folders.shipped == shipped.path.string());
    CHECK(folders.user == (shipped.path / "no-such-data" / "conclab" / "lessons").string());
    const LessonLibrary library = load_lesson_library(folders);
    CHECK(library.lessons.size() == 1);
    CHECK(library.problems.empty());
}

TEST_CASE("a file that is not a regular file, or too large, is refused as a whole") {
    TempFolder folder;
    fs::create_directories(folder.path / "dir.json");
    folder.write("huge.json", std::string(kMaxLessonFileBytes + 1, ' '));
    const LessonLibrary library = load_lesson_library({folder.path.string(), ""});
    CHECK(library.lessons.empty());
    REQUIRE(library.problems.size() == 2);
    for (const LessonProblem& p : library.problems) CHECK(p.error.line == 0);
}

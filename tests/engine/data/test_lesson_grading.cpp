// Grading a prediction from measured figures: the rule language, and the grader's refusal to
// give a verdict on a run that did not complete or ran on a busy machine.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "lessons/lesson_grader.h"
#include "lessons/lesson_library.h"

using namespace conclab;

namespace {

std::optional<std::size_t> figure_of(std::string_view name) {
    if (name == "a") return 0;
    if (name == "b") return 1;
    return std::nullopt;
}

std::optional<bool> eval(const std::string& rule, std::optional<double> a, std::optional<double> b) {
    const auto parsed = LessonRule::parse(rule, figure_of);
    REQUIRE(parsed);
    const std::vector<std::optional<double>> values{a, b};
    return parsed.value().evaluate(values);
}

// The GIL lesson shape: one run, a speedup over another, two answers.
Lesson two_run_lesson() {
    const std::string text = R"({
      "format": "conclab-lesson", "version": 1, "id": "t", "title": "t", "explanation": "e", "python": ["x"],
      "runs": [
        {"id": "one", "label": "one", "workload": "cpu:10ms", "tasks": 2, "model": "sequential"},
        {"id": "two", "label": "two", "workload": "cpu:10ms", "tasks": 2, "model": "threads"}
      ],
      "figures": {"speedup": {"measure": "speedup", "run": "two", "over": "one"},
                  "wall": {"measure": "wall", "run": "one"}},
      "question": "q",
      "answers": [
        {"id": "no", "text": "no", "right_if": "speedup < 1.3"},
        {"id": "yes", "text": "yes", "right_if": "speedup >= 1.3"},
        {"id": "slow", "text": "slow", "right_if": "wall > 1"}
      ],
      "result": "r"
    })";
    auto lesson = read_lesson(text);
    REQUIRE(lesson);
    return lesson.value();
}

LessonMeasurements measured(double speedup) {
    LessonMeasurements m;
    m.runs.resize(2);
    for (LessonRunFacts& f : m.runs) {
        f.ran = true;
        f.wall_s = 0.5;
    }
    m.figures = {speedup, 0.5};
    return m;
}

}  // namespace

TEST_CASE("rules compare figures and numbers with and, or, not and parentheses") {
    CHECK(eval("a < 1.3", 1.0, 0) == true);
    CHECK(eval("a < 1.3", 2.0, 0) == false);
    CHECK(eval("a >= 0.5 and a <= 1.5", 1.0, 0) == true);
    CHECK(eval("a > b or b == 0", 1.0, 2.0) == false);
    CHECK(eval("not (a > b) and a != 3", 1.0, 2.0) == true);
    CHECK(eval("a > 0 and b > 0", 1.0, std::nullopt) == std::nullopt);  // unknown figure: no answer
    CHECK(eval("a > 0 or b > 0", 1.0, std::nullopt) == true);           // ... unless the rest decides it
}

TEST_CASE("rules that cannot be read are refused with where they went wrong") {
    for (const char* bad : {"", "a <", "a < < 1", "(a < 1", "a < 1)", "a < 1 and", "c < 1", "a ~ 1", "1.2.3 < a"}) {
        CAPTURE(bad);
        CHECK_FALSE(LessonRule::parse(bad, figure_of));
    }
    CHECK_FALSE(LessonRule::parse("a < " + std::string(LessonRule::kMaxTextBytes, '1'), figure_of));
    std::string deep = "a < 1";
    for (int i = 0; i < 200; ++i) deep = "(" + deep + ")";
    CHECK_FALSE(LessonRule::parse(deep, figure_of));  // bounded: no deep recursion
}

TEST_CASE("the answer the figures make true is right, the others wrong") {
    const Lesson l = two_run_lesson();
    const LessonGrade slow = grade_lesson(l, measured(0.98));
    REQUIRE(slow.answers.size() == 3);
    CHECK(slow.answers[0].grade.verdict == Verdict::Right);
    CHECK(slow.answers[1].grade.verdict == Verdict::Wrong);
    const LessonGrade fast = grade_lesson(l, measured(3.6));
    CHECK(fast.answers[0].grade.verdict == Verdict::Wrong);
    CHECK(fast.answers[1].grade.verdict == Verdict::Right);
}

TEST_CASE("on a busy machine the grader says it cannot tell, naming the run and the load") {
    const Lesson l = two_run_lesson();
    LessonMeasurements m = measured(0.98);
    m.runs[1].machine_busy = true;
    m.runs[1].other_share = 0.31;
    const LessonGrade g = grade_lesson(l, m);
    for (const std::size_t a : {0, 1}) {
        CHECK(g.answers[a].grade.verdict == Verdict::CannotTell);
        CHECK(g.answers[a].grade.reason == CannotTellReason::MachineBusy);
        CHECK(g.answers[a].grade.run == 1);
        CHECK(g.answers[a].grade.other_share == Approx(0.31));
    }
    // An answer that needs only the other run still gets its verdict.
    CHECK(g.answers[2].grade.verdict == Verdict::Wrong);
    CHECK(g.busy_runs == std::vector<std::size_t>{1});
}

TEST_CASE("a run that has not run or did not complete gives no verdict") {
    const Lesson l = two_run_lesson();
    LessonMeasurements m = measured(0.98);
    m.runs[0].ran = false;
    CHECK(grade_lesson(l, m).answers[0].grade.reason == CannotTellReason::NotRun);
    m = measured(0.98);
    m.runs[0].status = RunStatus::Stopped;
    CHECK(grade_lesson(l, m).answers[0].grade.reason == CannotTellReason::RunNotCompleted);
    m = measured(0.98);
    m.figures[0] = std::nullopt;
    const Grade unknown = grade_lesson(l, m).answers[0].grade;
    CHECK(unknown.reason == CannotTellReason::FigureUnknown);
    CHECK(unknown.figure == 0);
}

TEST_CASE("measuring a lesson whose runs have not run gives unknown figures and no verdicts") {
    const Lesson l = two_run_lesson();
    const std::vector<const RunResult*> none(l.runs.size(), nullptr);
    const LessonMeasurements m = measure_lesson(l, none);
    REQUIRE(m.figures.size() == l.figures.size());
    for (const auto& f : m.figures) CHECK_FALSE(f);
    for (const AnswerGrade& a : grade_lesson(l, m).answers) CHECK(a.grade.reason == CannotTellReason::NotRun);
}

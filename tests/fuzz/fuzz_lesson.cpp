// libFuzzer target: lesson files (lessons/lesson_library.h read_lesson, with the JSON reader and
// the rule parser under it). Never a crash or a hang; a refusal names a line and column inside
// the text and is one sentence on one line that shows its arguments; an accepted lesson keeps
// every bound the format documents, and its rules evaluate on any figures without crashing.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "lessons/lesson_grader.h"
#include "lessons/lesson_library.h"
#include "ui/text/message_text.h"

using namespace conclab;

namespace {

// As the window and `conclab lessons` show it: one line, every argument in it.
bool is_one_line(const Message& message) {
    if (!has_declared_args(message)) return false;
    const QString text = ui::message_text(message);
    for (const MessageArg& arg : message.args)
        if (!text.contains(ui::message_arg_text(arg))) return false;
    return !text.isEmpty() && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

int line_count(std::string_view text) {
    int lines = 1;
    for (const char c : text) lines += c == '\n';
    return lines;
}

void check_text(const Lesson& l, const LessonText& t) {
    FUZZ_CHECK(!t.empty());
    for (const LessonLanguage language : {LessonLanguage::English, LessonLanguage::Bengali})
        for (const TextPiece& piece : t.pieces(language))
            if (piece.figure) FUZZ_CHECK(*piece.figure < l.figures.size());
}

void check_lesson(const Lesson& l) {
    FUZZ_CHECK(!l.id.empty());
    FUZZ_CHECK(!l.runs.empty() && l.runs.size() <= kMaxLessonRuns);
    FUZZ_CHECK(l.main_run < l.runs.size());
    FUZZ_CHECK(l.answers.size() >= kMinLessonAnswers && l.answers.size() <= kMaxLessonAnswers);
    FUZZ_CHECK(l.figures.size() <= kMaxLessonFigures);
    for (const LessonRun& run : l.runs) {
        FUZZ_CHECK(!run.experiment.validate());
        FUZZ_CHECK(run.grid_row.has_value() == run.grid_column.has_value());
        if (run.grid_row) FUZZ_CHECK(l.grid && *run.grid_row < l.grid->rows.size() && *run.grid_column < l.grid->columns.size());
    }
    for (const LessonFigure& f : l.figures) {
        FUZZ_CHECK(f.run < l.runs.size());
        FUZZ_CHECK(f.over.has_value() == measure_needs_base(f.measure));
        if (f.over) FUZZ_CHECK(*f.over < l.runs.size());
    }
    check_text(l, l.title);
    check_text(l, l.question);
    check_text(l, l.result);
    // Every rule evaluates on unknown figures (nothing) and on odd ones (no crash, no UB).
    std::vector<std::optional<double>> unknown(l.figures.size());
    std::vector<std::optional<double>> odd(l.figures.size(), std::numeric_limits<double>::infinity());
    for (const LessonAnswer& a : l.answers) {
        check_text(l, a.text);
        if (!a.explain.empty()) check_text(l, a.explain);
        FUZZ_CHECK(!a.right_if.figures().empty());  // graded from what was measured, never canned
        for (const std::size_t f : a.right_if.figures()) FUZZ_CHECK(f < l.figures.size());
        (void)a.right_if.evaluate(unknown);
        (void)a.right_if.evaluate(odd);
    }
    // Grading figures that were never measured never gives a verdict.
    LessonMeasurements nothing;
    nothing.runs.resize(l.runs.size());
    nothing.figures = unknown;
    for (const AnswerGrade& g : grade_lesson(l, nothing).answers) FUZZ_CHECK(g.grade.verdict == Verdict::CannotTell);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto lesson = read_lesson(text);
    if (lesson) {
        check_lesson(lesson.value());
    } else {
        const LessonReadError& e = lesson.error();
        FUZZ_CHECK(e.line >= 1 && e.line <= line_count(text));
        FUZZ_CHECK(e.column >= 1);
        FUZZ_CHECK(is_one_line(e.problem));
        LessonProblem problem{"lessons/x.json", LessonOrigin::User, e};
        FUZZ_CHECK(is_one_line(problem.message()));
    }
    return 0;
}

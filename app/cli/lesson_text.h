#pragma once
// Lessons on the terminal: finding one by id, and writing its texts with the measured figures put
// in, in the language asked for (`--language en|bn`). The window writes the same texts its own way
// (ui/lessons); both take every sentence of a lesson from its file, and only the few words around
// them ("right", "cannot tell: ...") from tr().
#include <QString>
#include <optional>
#include <vector>

#include "core/parse_result.h"
#include "lessons/lesson.h"
#include "lessons/lesson_grader.h"
#include "lessons/lesson_library.h"

class QCommandLineParser;

namespace conclab::cli {

// The language of the lesson texts: the program's (set from --language before the command ran).
ParseResult<LessonLanguage, QString> read_language_option(const QCommandLineParser& parser);

// Reads every lesson (shipped and the user's), prints each broken file's problem on stderr
// ("conclab: <file>, line 3, column 7: ..."), and returns the library.
LessonLibrary load_lessons_reporting_problems();

// The lesson `id`, or the refusal naming the lessons there are.
ParseResult<Lesson, QString> find_lesson(const LessonLibrary& library, const QString& id);

// One figure as it is shown: its value with the figure's decimals, in the language's digits
// ("1.02", "১.০২", "4,000,000"); "?" when it measured nothing.
QString figure_text(const LessonFigure& figure, const std::optional<double>& value, LessonLanguage language);
// A lesson text with its {figures} filled in from `values` (one per Lesson::figures).
QString filled_text(const Lesson& lesson, const LessonText& text, const std::vector<std::optional<double>>& values,
                    LessonLanguage language);
QString plain_text(const LessonText& text, LessonLanguage language);

// What a grade says, for the terminal: "right", "wrong", or "cannot tell: <why>".
QString grade_text(const Lesson& lesson, const Grade& grade, LessonLanguage language);

}  // namespace conclab::cli

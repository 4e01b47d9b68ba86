#pragma once
// `conclab run --lesson <id>`: every run of a lesson, one after another, then its figures, its
// result text and the verdict on each answer, all from what was measured.
#include <QString>
#include <optional>
#include <string>

#include "cli/cli_options.h"
#include "lessons/lesson.h"

namespace conclab::cli {

struct LessonRunRequest {
    Lesson lesson;
    LessonLanguage language = LessonLanguage::English;
    std::optional<std::size_t> answer;  // the class's prediction (--answer), an index into lesson.answers
    OutputFiles files;                  // --trace (every run) and --csv (one row per run)
    std::string save;                   // --save: every run as one saved run file ("" when not given)
};

// The answer named by `text`: its id, or its number counted from 1. Refusal names the answers.
ParseResult<std::size_t, QString> find_answer(const Lesson& lesson, const QString& text);

// Runs the lesson and prints it; the exit status of `conclab run` (0, 1 failed, 130 stopped).
int run_lesson(const LessonRunRequest& request);

}  // namespace conclab::cli

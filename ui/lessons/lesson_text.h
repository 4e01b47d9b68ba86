#pragma once
// A lesson's words on screen: its own texts in the reader's language, the measured figures put
// into them in the reader's digits with their units, and the verdict on the class's prediction
// composed from the grader's codes and numbers (never a canned answer: every number in it was
// measured by the runs just made).
#include <QString>
#include <optional>

#include "lessons/lesson.h"
#include "lessons/lesson_grader.h"

namespace conclab::ui {

// The lessons' language: Bengali when the program speaks Bengali (the default locale the
// language switch sets), English otherwise.
LessonLanguage lesson_language();

// A text without figures (title, question, answer, run label), in `language`.
QString lesson_text(const LessonText& text, LessonLanguage language);
// A text with {figures}, each written as its number alone in the reader's digits (the text
// writes the unit: "{delay} ms late" → "5.1 ms late"); a figure that was not measured shows as
// "—". A figure of a run on a busy machine gets busy_mark() after its number and *marked_busy is
// set (the verdict adds the footnote), so a number taken while other programs ran is never shown
// without saying so.
QString lesson_text_with_figures(const Lesson& lesson, const LessonText& text, const LessonMeasurements& measured,
                                 const LessonGrade* grade, LessonLanguage language, bool* marked_busy = nullptr);
// One figure's value with its unit, in the reader's digits ("0.98×", "5.1 ms", "31 %").
QString figure_value_text(const LessonFigure& figure, double value);
// One figure's number as a lesson's text shows it: no unit, the reader's digits.
QString figure_number_text(const LessonFigure& figure, double value);
// The mark after a figure measured on a busy machine.
QString busy_mark();

// The lesson's code as one text (lines joined), in `language`.
QString lesson_code(const Lesson& lesson, LessonLanguage language);

// What happened, after the runs: the lesson's result text with the measured figures, then what
// became of the class's prediction (`chosen`: an index into lesson.answers; nothing: no
// prediction was made):
//   "Your prediction “about 4× faster” did not happen." and which answer the figures bear out;
//   "Your prediction “no faster” happened." and that answer's explanation;
//   "Cannot tell …: the machine was busy (other programs used 31 % of the CPUs) …".
// Plain text, paragraphs separated by blank lines.
QString lesson_verdict_text(const Lesson& lesson, const LessonMeasurements& measured, const LessonGrade& grade,
                            std::optional<std::size_t> chosen, LessonLanguage language);

// Why a grade cannot tell (a CannotTell grade's reason, naming the run or figure).
QString cannot_tell_text(const Lesson& lesson, const Grade& grade, LessonLanguage language);

}  // namespace conclab::ui

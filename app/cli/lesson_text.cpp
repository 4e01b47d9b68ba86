#include "cli/lesson_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <cmath>
#include <cstdio>

#include "cli/cli_options.h"
#include "cli/cli_translate.h"
#include "core/text.h"
#include "ui/text/display_format.h"
#include "ui/text/language.h"
#include "ui/text/message_text.h"

namespace conclab::cli {
namespace {

QString from(const std::string& text) { return QString::fromStdString(text); }

QLocale locale_for(LessonLanguage language) {
    return language == LessonLanguage::Bengali ? QLocale(QLocale::Bengali, QLocale::Bangladesh)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

}  // namespace

ParseResult<LessonLanguage, QString> read_language_option(const QCommandLineParser&) {
    // --language (command_language.h) already switched the program's language before the
    // command ran; a lesson speaks the same one.
    using R = ParseResult<LessonLanguage, QString>;
    return R::ok(ui::current_language().language == ui::Language::Bengali ? LessonLanguage::Bengali
                                                                           : LessonLanguage::English);
}

LessonLibrary load_lessons_reporting_problems() {
    LessonLibrary library = load_lesson_library(lesson_folders());
    for (const LessonProblem& problem : library.problems) print_error(ui::message_text(problem.message()));
    return library;
}

ParseResult<Lesson, QString> find_lesson(const LessonLibrary& library, const QString& id) {
    using R = ParseResult<Lesson, QString>;
    if (const LoadedLesson* found = library.find(id.trimmed().toStdString())) return R::ok(found->lesson);
    std::string ids;
    for (const LoadedLesson& l : library.lessons) {
        if (!ids.empty()) ids += ", ";
        ids += l.lesson.id;
    }
    if (ids.empty()) ids.push_back('-');  // (not `= "-"`: GCC 12 warns falsely, -Wrestrict, PR 105651)
    return R::fail(tr("--lesson: %1")
                       .arg(ui::message_text(Message{MessageCode::LessonNotFound,
                                                     {quoted_arg(id.toStdString()), text_arg(ids)}})));
}

QString figure_text(const LessonFigure& figure, const std::optional<double>& value, LessonLanguage language) {
    if (!value || !std::isfinite(*value)) return QStringLiteral("?");
    return locale_for(language).toString(*value, 'f', figure.digits);
}

QString filled_text(const Lesson& lesson, const LessonText& text, const std::vector<std::optional<double>>& values,
                    LessonLanguage language) {
    QString out;
    for (const TextPiece& piece : text.pieces(language)) {
        if (!piece.figure) {
            out += from(piece.literal);
        } else if (*piece.figure < lesson.figures.size()) {
            const auto value = *piece.figure < values.size() ? values[*piece.figure] : std::nullopt;
            out += figure_text(lesson.figures[*piece.figure], value, language);
        }
    }
    return out;
}

QString plain_text(const LessonText& text, LessonLanguage language) { return from(text.in(language)); }

QString grade_text(const Lesson& lesson, const Grade& grade, LessonLanguage language) {
    switch (grade.verdict) {
        case Verdict::Right: return tr("right");
        case Verdict::Wrong: return tr("wrong");
        case Verdict::CannotTell: break;
    }
    const QString run = grade.run < lesson.runs.size() ? plain_text(lesson.runs[grade.run].label, language) : QString();
    switch (grade.reason) {
        case CannotTellReason::NotRun: return tr("cannot tell: the run %1 has not run").arg(run);
        case CannotTellReason::RunNotCompleted: return tr("cannot tell: the run %1 did not complete").arg(run);
        case CannotTellReason::MachineBusy:
            return tr("cannot tell: the machine was too busy to tell during %1 (other programs used %2 of the CPUs)")
                .arg(run, ui::format_percent(grade.other_share));
        case CannotTellReason::FigureUnknown: {
            const QString name = grade.figure < lesson.figures.size() ? from(lesson.figures[grade.figure].name) : QString();
            return tr("cannot tell: the figure %1 measured nothing").arg(name);
        }
        case CannotTellReason::None: break;
    }
    return tr("cannot tell");
}

}  // namespace conclab::cli

#include "ui/lessons/lesson_text.h"
#include "ui/text/translate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace conclab::ui {
namespace {

QString quoted(const QString& text) { return tr("“%1”").arg(text); }

bool run_is_busy(const LessonGrade* grade, std::size_t run) {
    if (!grade) return false;
    for (const std::size_t b : grade->busy_runs)
        if (b == run) return true;
    return false;
}

// The answers the figures made right.
std::vector<std::size_t> right_answers(const LessonGrade& grade) {
    std::vector<std::size_t> right;
    for (const AnswerGrade& a : grade.answers)
        if (a.grade.verdict == Verdict::Right) right.push_back(a.answer);
    return right;
}

const Grade* grade_of(const LessonGrade& grade, std::size_t answer) {
    for (const AnswerGrade& a : grade.answers)
        if (a.answer == answer) return &a.grade;
    return nullptr;
}

// The first answer that cannot be told, and why (they share the reason in practice: a run is
// busy, missing or stopped).
const Grade* first_cannot_tell(const LessonGrade& grade) {
    for (const AnswerGrade& a : grade.answers)
        if (a.grade.verdict == Verdict::CannotTell) return &a.grade;
    return nullptr;
}

QString run_name(const Lesson& lesson, std::size_t run, LessonLanguage language) {
    if (run >= lesson.runs.size()) return tr("run %1").arg(run + 1);
    const QString label = lesson_text(lesson.runs[run].label, language);
    return label.isEmpty() ? tr("run %1").arg(run + 1) : label;
}

}  // namespace

LessonLanguage lesson_language() {
    return QLocale().language() == QLocale::Bengali ? LessonLanguage::Bengali : LessonLanguage::English;
}

QString lesson_text(const LessonText& text, LessonLanguage language) { return QString::fromStdString(text.in(language)); }

QString figure_value_text(const LessonFigure& figure, double value) {
    const QLocale locale;
    const QString n = locale.toString(value, 'f', std::max(figure.digits, 0));
    switch (figure.unit()) {
        case FigureUnit::Seconds: return tr("%1 s").arg(n);
        case FigureUnit::Milliseconds: return tr("%1 ms").arg(n);
        case FigureUnit::Times: return tr("%1×").arg(n);
        case FigureUnit::Percent: return tr("%1 %").arg(n);
        case FigureUnit::Count: return n;
        case FigureUnit::PerSecond: return tr("%1 per second").arg(n);
        case FigureUnit::Mebibytes: return tr("%1 MiB").arg(n);
    }
    return n;
}

QString figure_number_text(const LessonFigure& figure, double value) {
    return QLocale().toString(value, 'f', std::max(figure.digits, 0));
}

QString lesson_text_with_figures(const Lesson& lesson, const LessonText& text, const LessonMeasurements& measured,
                                 const LessonGrade* grade, LessonLanguage language, bool* marked_busy) {
    QString out;
    for (const TextPiece& piece : text.pieces(language)) {
        if (!piece.figure) {
            out += QString::fromStdString(piece.literal);
            continue;
        }
        const std::size_t f = *piece.figure;
        const bool known = f < measured.figures.size() && measured.figures[f].has_value();
        if (!known || f >= lesson.figures.size()) {
            out += tr("—");
            continue;
        }
        const LessonFigure& figure = lesson.figures[f];
        // The number alone: the lesson's text writes the unit after it ("{delay} ms late"), as
        // docs/lessons.md says and `conclab run --lesson` prints it.
        out += figure_number_text(figure, *measured.figures[f]);
        if (run_is_busy(grade, figure.run) || (figure.over && run_is_busy(grade, *figure.over))) {
            // A mark on the number, and a footnote under the text (a word here would stand
            // between the number and its unit).
            out += busy_mark();
            if (marked_busy) *marked_busy = true;
        }
    }
    return out;
}

QString busy_mark() { return QStringLiteral("*"); }

QString lesson_code(const Lesson& lesson, LessonLanguage language) {
    QStringList lines;
    for (const std::string& line : lesson.python.in(language)) lines << QString::fromStdString(line);
    return lines.join(QLatin1Char('\n'));
}

QString cannot_tell_text(const Lesson& lesson, const Grade& grade, LessonLanguage language) {
    const QLocale locale;
    switch (grade.reason) {
        case CannotTellReason::MachineBusy: {
            QStringList why;
            if (grade.other_share > 0)
                why << tr("other programs used %1 % of the CPUs").arg(locale.toString(grade.other_share * 100.0, 'f', 0));
            if (grade.unexplained_ready_share > 0)
                why << tr("the workers waited %1 % of their time for a CPU that other programs held")
                           .arg(locale.toString(grade.unexplained_ready_share * 100.0, 'f', 0));
            return tr("Cannot tell: the machine was busy during %1 (%2), so its timings are not the lesson's own. "
                      "Close other programs and run the lesson again.")
                .arg(quoted(run_name(lesson, grade.run, language)), why.join(tr("; ")));
        }
        case CannotTellReason::NotRun:
            return tr("Cannot tell yet: %1 has not run.").arg(quoted(run_name(lesson, grade.run, language)));
        case CannotTellReason::RunNotCompleted:
            return tr("Cannot tell: %1 did not run to the end (it was stopped or failed).")
                .arg(quoted(run_name(lesson, grade.run, language)));
        case CannotTellReason::FigureUnknown: {
            const QString name = grade.figure < lesson.figures.size()
                                     ? QString::fromStdString(lesson.figures[grade.figure].name)
                                     : QString::number(grade.figure);
            return tr("Cannot tell: the run measured nothing for the figure %1.").arg(name);
        }
        case CannotTellReason::None: break;
    }
    return {};
}

QString lesson_verdict_text(const Lesson& lesson, const LessonMeasurements& measured, const LessonGrade& grade,
                            std::optional<std::size_t> chosen, LessonLanguage language) {
    QStringList paragraphs;
    bool marked_busy = false;
    const QString result = lesson_text_with_figures(lesson, lesson.result, measured, &grade, language, &marked_busy);
    if (!result.isEmpty()) paragraphs << result;
    // The footnote to the marks on figures of busy runs, last.
    auto finish = [&] {
        if (marked_busy)
            paragraphs << tr("%1 measured while the machine was busy: other programs took part of the CPUs.").arg(busy_mark());
        return paragraphs.join(QStringLiteral("\n\n"));
    };

    auto answer_text = [&](std::size_t a) { return quoted(lesson_text(lesson.answers[a].text, language)); };
    auto explanation = [&](std::size_t a) {
        return lesson_text_with_figures(lesson, lesson.answers[a].explain, measured, &grade, language, &marked_busy);
    };
    const std::vector<std::size_t> right = right_answers(grade);

    if (chosen && *chosen < lesson.answers.size()) {
        const Grade* g = grade_of(grade, *chosen);
        if (!g || g->verdict == Verdict::CannotTell) {
            paragraphs << tr("Your prediction %1: %2").arg(answer_text(*chosen), g ? cannot_tell_text(lesson, *g, language) : QString());
            return finish();
        }
        if (g->verdict == Verdict::Right) {
            paragraphs << tr("Your prediction %1 happened.").arg(answer_text(*chosen));
            if (const QString e = explanation(*chosen); !e.isEmpty()) paragraphs << e;
            return finish();
        }
        paragraphs << tr("Your prediction %1 did not happen.").arg(answer_text(*chosen));
    } else if (const Grade* unknown = first_cannot_tell(grade); unknown && right.empty()) {
        paragraphs << cannot_tell_text(lesson, *unknown, language);
        return finish();
    }
    // What the figures bear out instead (or, with no prediction, what happened).
    if (right.empty()) {
        if (const Grade* unknown = first_cannot_tell(grade))
            paragraphs << cannot_tell_text(lesson, *unknown, language);
        else
            paragraphs << tr("None of the answers matches what was measured this time.");
    } else {
        QStringList names;
        for (const std::size_t a : right) names << answer_text(a);
        paragraphs << tr("What the run showed: %1.").arg(names.join(tr(" and ")));
        for (const std::size_t a : right)
            if (const QString e = explanation(a); !e.isEmpty()) paragraphs << e;
    }
    return finish();
}

}  // namespace conclab::ui

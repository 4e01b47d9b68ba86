#include "cli/lesson_run.h"

#include <QCoreApplication>
#include <cstdio>
#include <vector>

#include "cli/cli_translate.h"
#include "cli/lesson_text.h"
#include "cli/result_table.h"
#include "cli/run_driver.h"
#include "cli/saved_runs.h"
#include "lessons/lesson_grader.h"
#include "ui/text/display_format.h"
#include "run/run_session.h"

namespace conclab::cli {
namespace {

void print(const QString& text) { std::fputs((text + QLatin1Char('\n')).toStdString().c_str(), stdout); }

// Units as the terminal writes them after a figure (machine-neutral symbols).
const char* unit_symbol(FigureUnit unit) {
    switch (unit) {
        case FigureUnit::Seconds: return " s";
        case FigureUnit::Milliseconds: return " ms";
        case FigureUnit::Times: return "×";
        case FigureUnit::Percent: return " %";
        case FigureUnit::Count: return "";
        case FigureUnit::PerSecond: return "/s";
        case FigureUnit::Mebibytes: return " MiB";
    }
    return "";
}

void print_question(const Lesson& l, LessonLanguage language) {
    print(tr("Lesson: %1 (%2)").arg(plain_text(l.title, language), QString::fromStdString(l.id)));
    print(tr("Question: %1").arg(plain_text(l.question, language)));
    for (std::size_t a = 0; a < l.answers.size(); ++a)
        print(QStringLiteral("  %1. %2").arg(a + 1).arg(plain_text(l.answers[a].text, language)));
    print({});
}

void print_figures(const Lesson& l, const LessonMeasurements& m, LessonLanguage language) {
    print(tr("Figures:"));
    for (std::size_t f = 0; f < l.figures.size(); ++f) {
        const LessonFigure& fig = l.figures[f];
        QString of = QString::fromStdString(std::string(measure_name(fig.measure))) + QStringLiteral(" · ") +
                     QString::fromStdString(l.runs[fig.run].id);
        if (fig.over) of += QStringLiteral(" / ") + QString::fromStdString(l.runs[*fig.over].id);
        std::printf("  %-18s %14s%-4s  %s\n", fig.name.c_str(), figure_text(fig, m.figures[f], language).toStdString().c_str(),
                    unit_symbol(fig.unit()), of.toStdString().c_str());
    }
    print({});
}

void print_grades(const Lesson& l, const LessonMeasurements& m, const LessonGrade& g, const LessonRunRequest& request) {
    const LessonLanguage language = request.language;
    if (!g.busy_runs.empty()) {
        QStringList names;
        for (const std::size_t r : g.busy_runs) names << plain_text(l.runs[r].label, language);
        print(tr("Note: the machine was busy during %1: figures of these runs are not what this machine does when it is free.")
                  .arg(names.join(QStringLiteral(", "))));
    }
    for (const GridRowGrade& row : g.grid) {
        const QString label = plain_text(l.grid->rows[row.row], language);
        if (row.fastest_run) {
            // The grid's column names the model ("asyncio"); the run's own label repeats the row.
            const LessonRun& run = l.runs[*row.fastest_run];
            const QString model = run.grid_column ? plain_text(l.grid->columns[*run.grid_column], language)
                                                  : plain_text(run.label, language);
            print(tr("Fastest for %1: %2").arg(label, model));
        }
        else
            print(tr("Fastest for %1: %2").arg(label, grade_text(l, row.grade, language)));
    }
    print(tr("Answers:"));
    for (const AnswerGrade& a : g.answers) {
        const LessonAnswer& answer = l.answers[a.answer];
        print(QStringLiteral("  %1. %2: %3").arg(a.answer + 1).arg(plain_text(answer.text, language), grade_text(l, a.grade, language)));
        if (a.grade.verdict == Verdict::Right && !answer.explain.empty())
            print(QStringLiteral("     ") + filled_text(l, answer.explain, m.figures, language));
    }
    if (request.answer) {
        const AnswerGrade& chosen = g.answers[*request.answer];
        const QString text = plain_text(l.answers[*request.answer].text, language);
        switch (chosen.grade.verdict) {
            case Verdict::Right: print(tr("Your prediction '%1' happened.").arg(text)); break;
            case Verdict::Wrong: print(tr("Your prediction '%1' did not happen.").arg(text)); break;
            case Verdict::CannotTell:
                print(tr("Your prediction '%1': %2").arg(text, grade_text(l, chosen.grade, language)));
                break;
        }
    }
}

}  // namespace

ParseResult<std::size_t, QString> find_answer(const Lesson& lesson, const QString& text) {
    using R = ParseResult<std::size_t, QString>;
    const QString wanted = text.trimmed();
    QStringList ids;
    for (std::size_t a = 0; a < lesson.answers.size(); ++a) {
        const QString id = QString::fromStdString(lesson.answers[a].id);
        if (wanted == id || wanted == QString::number(a + 1)) return R::ok(a);
        ids << id;
    }
    return R::fail(tr("--answer %1: the answers of %2 are %3, or their numbers 1 to %4")
                       .arg(QStringLiteral("'%1'").arg(wanted.left(60)), QString::fromStdString(lesson.id),
                            ids.join(QStringLiteral(", ")))
                       .arg(lesson.answers.size()));
}

int run_lesson(const LessonRunRequest& request) {
    const Lesson& l = request.lesson;
    print_question(l, request.language);

    InterruptGuard interrupts;
    std::vector<RunResult> results;
    results.reserve(l.runs.size());
    for (std::size_t r = 0; r < l.runs.size() && !InterruptGuard::interrupted(); ++r) {
        print(tr("Run %1 of %2: %3")
                  .arg(ui::format_count(static_cast<qint64>(r + 1)), ui::format_count(static_cast<qint64>(l.runs.size())),
                       plain_text(l.runs[r].label, request.language)));
        std::fflush(stdout);
        results.push_back(run_experiment(l.runs[r].experiment));
        std::fputs(format_run_summary(results.back(), cpu_ticks_per_ms()).toUtf8().constData(), stdout);
        print({});
    }
    std::vector<const RunResult*> runs(l.runs.size(), nullptr);
    for (std::size_t r = 0; r < results.size(); ++r) runs[r] = &results[r];
    const LessonMeasurements measured = measure_lesson(l, runs);
    const LessonGrade grade = grade_lesson(l, measured);
    print_figures(l, measured, request.language);
    print(filled_text(l, l.result, measured.figures, request.language));
    print({});
    print_grades(l, measured, grade, request);

    std::vector<ComparisonRow> rows;
    std::vector<const RunResult*> done;
    for (const RunResult& r : results) {
        rows.push_back(comparison_row(r));
        done.push_back(&r);
    }
    compute_speedups(rows);
    int status = exit_status(rows);
    if (results.size() < l.runs.size()) status = 130;  // stopped before every run had run
    if (const int written = write_outputs(request.files.trace, request.files.csv, done, rows); written != 0) status = written;
    if (const int saved = save_runs(request.save, done); saved != 0) status = saved;
    return status;
}

}  // namespace conclab::cli

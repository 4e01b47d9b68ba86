// `conclab run`: one experiment, a summary on stdout, optional trace and CSV files.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "cli/cli_translate.h"
#include "cli/lesson_run.h"
#include "cli/lesson_text.h"
#include "cli/result_table.h"
#include "cli/run_driver.h"
#include "cli/saved_runs.h"
#include "ui/text/message_text.h"

namespace conclab::cli {
namespace {

void add_lesson_options(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("lesson"),
                      tr("Run a lesson's experiments instead (see conclab lessons) and grade its answers."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("answer"), tr("With --lesson: the class's prediction, an answer's id or number."),
                      QStringLiteral("answer")});
}

// The options a lesson sets itself: given with --lesson they would be ignored, so they are refused.
constexpr const char* kExperimentOptions[] = {"workload", "tasks", "model", "gil", "no-gil", "workers", "switch-interval",
                                              "crash-task"};

QString lesson_only_option_given(const QCommandLineParser& parser) {
    for (const char* option : {"answer"})
        if (parser.isSet(QLatin1String(option))) return tr("--%1 goes with --lesson").arg(QLatin1String(option));
    return {};
}

int run_lesson_command(const QCommandLineParser& parser) {
    for (const char* option : kExperimentOptions)
        if (parser.isSet(QLatin1String(option)))
            return fail_usage(tr("--%1: a lesson sets its own experiments; leave it out with --lesson").arg(QLatin1String(option)));
    const auto language = read_language_option(parser);
    if (!language) return fail_usage(language.error());
    const auto outputs = read_output_files(parser);
    if (!outputs) return fail_usage(outputs.error());
    if (const auto problem = check_outputs({outputs.value().trace, outputs.value().csv})) return fail_usage(*problem);
    const auto save = read_save_option(parser);
    if (!save) return fail_usage(save.error());
    const LessonLibrary library = load_lessons_reporting_problems();
    auto lesson = find_lesson(library, parser.value(QStringLiteral("lesson")));
    if (!lesson) return fail_usage(lesson.error());
    LessonRunRequest request{std::move(lesson.value()), language.value(), std::nullopt, outputs.value(), save.value()};
    if (parser.isSet(QStringLiteral("answer"))) {
        auto answer = find_answer(request.lesson, parser.value(QStringLiteral("answer")));
        if (!answer) return fail_usage(answer.error());
        request.answer = answer.value();
    }
    return run_lesson(request);
}

}  // namespace

int run_command(int argc, char** argv) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one experiment on real threads or processes and prints what was measured.") + QLatin1Char('\n') +
        tr("Example: %1").arg(QStringLiteral("conclab run --workload cpu:50ms --tasks 4 --model threads --gil --trace gil.json")) +
        QLatin1Char('\n') + tr("A lesson runs its own experiments, then says what they measured: %1").arg(QStringLiteral("conclab run --lesson convoy")));
    add_experiment_options(parser, ExperimentOptionSet::Single);
    add_lesson_options(parser);
    parser.addOption({QStringLiteral("trace"),
                      tr("Write the timeline as Chrome Trace Event JSON (Perfetto, chrome://tracing). Default: none."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"), tr("Write the result as a one-row CSV table. Default: none."),
                      QStringLiteral("file")});
    add_save_option(parser);
    int exit_code = 0;
    if (!parse_command_line(parser, argc, argv, exit_code)) return exit_code;
    if (parser.isSet(QStringLiteral("lesson"))) return run_lesson_command(parser);
    if (const QString stray = lesson_only_option_given(parser); !stray.isEmpty()) return fail_usage(stray);
    auto experiment = read_experiment_options(parser, ExperimentOptionSet::Single);
    if (!experiment) return fail_usage(experiment.error());
    const auto outputs = read_output_files(parser);
    if (!outputs) return fail_usage(outputs.error());
    const OutputFiles& files = outputs.value();
    if (const auto problem = check_outputs({files.trace, files.csv})) return fail_usage(*problem);
    const auto save = read_save_option(parser);
    if (!save) return fail_usage(save.error());

    InterruptGuard interrupts;
    const RunResult result = run_experiment(experiment.value());
    std::fputs(format_run_summary(result, cpu_ticks_per_ms()).toUtf8().constData(), stdout);

    std::vector<ComparisonRow> rows{comparison_row(result)};
    compute_speedups(rows);
    int status = exit_status(rows);
    if (const int written = write_outputs(files.trace, files.csv, {&result}, rows); written != 0) status = written;
    if (const int saved = save_runs(save.value(), {&result}); saved != 0) status = saved;
    if (result.status == RunStatus::Failed)
        print_error(tr("run failed: %1").arg(result.detail ? ui::message_text(*result.detail) : QString()));
    return status;
}

}  // namespace conclab::cli

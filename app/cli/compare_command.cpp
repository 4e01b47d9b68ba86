// `conclab compare`: the same workload under every run model, one table row each.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <vector>

#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "cli/cli_translate.h"
#include "cli/observe_command.h"
#include "cli/result_table.h"
#include "cli/run_driver.h"
#include "cli/saved_runs.h"
#include "core/text.h"
#include "experiment/comparison_lineup.h"
#include "observe/lesson_scripts.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"
#include "workload/quantity_parse.h"

namespace conclab::cli {
namespace {

// --real: the lesson script doing the line-up's work under real CPython, once per model (the GIL
// is CPython's own, so the no-GIL line of the line-up has no real counterpart).
ParseResult<std::vector<std::vector<std::string>>, QString> real_commands(const std::vector<Experiment>& lineup,
                                                                          const std::string& python) {
    using R = ParseResult<std::vector<std::vector<std::string>>, QString>;
    if (const auto failure = observe::check_program(python)) {
        const QString name = QString::fromStdString(conclab::quoted(python));
        return R::fail(failure->code == observe::LaunchError::NotFound
                           ? tr("--real needs Python to run the lesson scripts: %1 was not found (install python3, or "
                                "name one with --python)").arg(name)
                           : tr("--real needs Python to run the lesson scripts: %1 cannot be run (name one with "
                                "--python)").arg(name));
    }
    const auto dir = observe::lesson_scripts_dir();
    if (!dir)
        return R::fail(tr("--real needs the lesson scripts (share/conclab/python); set CONCLAB_PYTHON_DIR to their folder"));
    // The interpreter itself, not a launcher in front of it (pyenv's shim): its start-up would be
    // in every real row's wall time and lanes.
    const std::string interpreter = observe::python_executable(python);
    std::vector<std::vector<std::string>> commands;
    for (const Experiment& e : lineup) {
        if (e.model == RunModel::Threads && !e.gil) continue;
        auto command = observe::lesson_command(e, interpreter, *dir);
        if (!command) return R::fail(tr("--real: %1").arg(ui::message_text(command.error())));
        commands.push_back(std::move(command.value()));
    }
    return R::ok(std::move(commands));
}

// `compare --from FILE`: the table of the runs a file holds, as they were recorded; nothing runs.
int compare_saved_runs(const QCommandLineParser& parser) {
    const QStringList allowed{QStringLiteral("from"), QStringLiteral("trace"), QStringLiteral("csv"),
                              QStringLiteral("language"), QStringLiteral("digits")};
    if (const QString mixed = experiment_options_with_from(parser, allowed); !mixed.isEmpty()) return fail_usage(mixed);
    const auto outputs = read_output_files(parser);
    if (!outputs) return fail_usage(outputs.error());
    const OutputFiles& files = outputs.value();
    if (const auto problem = check_outputs({files.trace, files.csv})) return fail_usage(*problem);
    auto opened = open_saved_runs(parser.value(QStringLiteral("from")));
    if (!opened) return fail_usage(opened.error());
    const std::vector<RunResult>& results = opened.value();
    std::vector<ComparisonRow> rows;
    for (const RunResult& r : results) rows.push_back(comparison_row(r));
    compute_speedups(rows);
    const int cores = rows.empty() ? 0 : rows.front().metrics.cores;
    const QString heading = tr("%1: %Ln saved run(s)", nullptr, static_cast<int>(results.size()))
                                .arg(parser.value(QStringLiteral("from"))) +
                            QLatin1Char('\n') + tr("Machine: %Ln core(s)", nullptr, cores) + QStringLiteral("\n\n");
    std::fputs((heading + format_comparison_table(rows)).toUtf8().constData(), stdout);
    std::vector<const RunResult*> runs;
    for (const RunResult& r : results) runs.push_back(&r);
    return write_outputs(files.trace, files.csv, runs, rows);
}

}  // namespace

int compare_command(int argc, char** argv) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one workload under every model (sequential, threads with and without the GIL, thread pool,\n"
           "processes, process pool, async) and prints a comparison table.\n"
           "With --real, the same work also runs as a real CPython program (resources/python) for each model.") +
        QLatin1Char('\n') + tr("Example: %1").arg(QStringLiteral("conclab compare --workload cpu:50ms --tasks 4 --workers 2 --real")) +
        QLatin1Char('\n') +
        tr("The table of saved runs, nothing is run: %1").arg(QStringLiteral("conclab compare --from class.conclab.json")));
    add_experiment_options(parser, ExperimentOptionSet::Compare);
    parser.addOption({QStringLiteral("trace"),
                      tr("Write every run's timeline into one Chrome Trace Event JSON file. Default: none."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"),
                      tr("Write the comparison table as CSV (English column names, whatever the language). Default: none."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("real"),
                      tr("Also run the lesson script doing the same work under real CPython, once per model, "
                         "observed as `conclab observe` does, and add its rows (\"py threads\" ...). Default: off.")});
    parser.addOption({QStringLiteral("python"), tr("The Python that --real runs. Default: python3 (from PATH)."),
                      QStringLiteral("program"), QStringLiteral("python3")});
    add_save_option(parser);
    add_from_option(parser, tr("prints their table"));
    int exit_code = 0;
    if (!parse_command_line(parser, argc, argv, exit_code)) return exit_code;
    if (parser.isSet(QStringLiteral("from"))) return compare_saved_runs(parser);
    auto base = read_experiment_options(parser, ExperimentOptionSet::Compare);
    if (!base) return fail_usage(base.error());
    const std::vector<Experiment> lineup = comparison_lineup(base.value());
    for (const Experiment& e : lineup)
        if (const auto problem = e.validate()) return fail_usage(*problem);
    const auto outputs = read_output_files(parser);
    if (!outputs) return fail_usage(outputs.error());
    const OutputFiles& files = outputs.value();
    if (const auto problem = check_outputs({files.trace, files.csv})) return fail_usage(*problem);
    const auto save = read_save_option(parser);
    if (!save) return fail_usage(save.error());
    std::vector<std::vector<std::string>> real;
    if (parser.isSet("real")) {
        auto commands = real_commands(lineup, parser.value("python").toStdString());
        if (!commands) return fail_usage(commands.error());
        real = std::move(commands.value());
    }

    InterruptGuard interrupts;
    std::vector<RunResult> results;
    for (const Experiment& e : lineup) {
        if (InterruptGuard::interrupted()) break;
        const QString model = QString::fromLatin1(run_model_name(e.model).data(),
                                                  static_cast<qsizetype>(run_model_name(e.model).size()));
        std::fputs((tr("running %1, %2 ...").arg(model, e.gil ? tr("GIL on") : tr("GIL off")) + QLatin1Char('\n'))
                       .toUtf8()
                       .constData(),
                   stderr);
        results.push_back(run_experiment(e));
        // Every speedup is measured against the sequential run: if other programs took the machine
        // from it, all of them are wrong. It runs once more; if the machine stays busy, its row
        // keeps the mark and the table says so.
        if (e.model == RunModel::Sequential && results.back().metrics.machine_busy() && !InterruptGuard::interrupted()) {
            std::fputs((tr("the machine was busy during the sequential run (%1); running it once more ...")
                            .arg(ui::machine_busy_short(results.back().metrics)) +
                        QLatin1Char('\n'))
                           .toUtf8()
                           .constData(),
                       stderr);
            results.back() = run_experiment(e);
        }
    }
    for (const std::vector<std::string>& command : real) {
        if (InterruptGuard::interrupted()) break;
        std::string shown;
        for (std::size_t i = 1; i < command.size(); ++i) shown += " " + command[i].substr(command[i].rfind('/') + 1);
        std::fputs((tr("observing %1 ...").arg(QString::fromStdString(command.front() + shown)) + QLatin1Char('\n'))
                       .toUtf8()
                       .constData(),
                   stderr);
        observe::ObserveOptions options;
        options.launch.argv = command;
        results.push_back(observe_program(std::move(options)));
    }
    std::vector<ComparisonRow> rows;
    for (const RunResult& r : results) rows.push_back(comparison_row(r));
    compute_speedups(rows);
    const Experiment& b = base.value();
    const int cores = rows.empty() ? 0 : rows.front().metrics.cores;
    const QString heading =
        tr("%1 × %Ln task(s)", nullptr, b.tasks).arg(QString::fromStdString(b.workload.text)) + QStringLiteral(" · ") +
        tr("pools of %Ln worker(s)", nullptr, b.workers) + QStringLiteral(" · ") +
        tr("GIL switch interval %1").arg(ui::format_switch_interval(b.switch_interval_ns)) + QLatin1Char('\n') +
        tr("Machine: %Ln core(s)", nullptr, cores) + QStringLiteral("\n\n");
    std::fputs((heading + format_comparison_table(rows)).toUtf8().constData(), stdout);

    std::vector<const RunResult*> runs;
    for (const RunResult& r : results) runs.push_back(&r);
    int status = exit_status(rows);
    if (const int written = write_outputs(files.trace, files.csv, runs, rows); written != 0) status = written;
    if (const int saved = save_runs(save.value(), runs); saved != 0) status = saved;
    return status;
}

}  // namespace conclab::cli

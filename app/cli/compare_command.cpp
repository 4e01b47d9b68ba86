// `conclab compare`: the same workload under every run model, one table row each.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <vector>

#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "cli/result_table.h"
#include "cli/run_driver.h"
#include "experiment/comparison_lineup.h"
#include "ui/text/display_format.h"
#include "workload/quantity_parse.h"

namespace conclab::cli {
namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1) {
    return QCoreApplication::translate("conclab::cli", text, comment, n);
}
}  // namespace

int compare_command(int argc, char** argv) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one workload under every model (sequential, threads with and without the GIL, thread pool,\n"
           "processes, process pool, async) and prints a comparison table.") +
        QLatin1Char('\n') + tr("Example: %1").arg(QStringLiteral("conclab compare --workload cpu:50ms --tasks 4 --workers 2")));
    add_experiment_options(parser, ExperimentOptionSet::Compare);
    parser.addOption({QStringLiteral("trace"),
                      tr("Write every run's timeline into one Chrome Trace Event JSON file. Default: none."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"),
                      tr("Write the comparison table as CSV (English column names, whatever the language). Default: none."),
                      QStringLiteral("file")});
    int exit_code = 0;
    if (!parse_command_line(parser, argc, argv, exit_code)) return exit_code;
    auto base = read_experiment_options(parser, ExperimentOptionSet::Compare);
    if (!base) return fail_usage(base.error());
    const std::vector<Experiment> lineup = comparison_lineup(base.value());
    for (const Experiment& e : lineup)
        if (const auto problem = e.validate()) return fail_usage(*problem);
    const auto outputs = read_output_files(parser);
    if (!outputs) return fail_usage(outputs.error());
    const OutputFiles& files = outputs.value();
    if (const auto problem = check_outputs({files.trace, files.csv})) return fail_usage(*problem);

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
            std::fprintf(stderr, "the machine was busy during the sequential run (%s); running it once more ...\n",
                         ui::machine_busy_short(results.back().metrics).toStdString().c_str());
            results.back() = run_experiment(e);
        }
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
    return status;
}

}  // namespace conclab::cli

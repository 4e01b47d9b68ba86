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
int compare_command(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("conclab compare");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Runs one workload under every model (sequential, threads with and without the GIL, thread pool,\n"
        "processes, process pool, async) and prints a comparison table.\n"
        "Example: conclab compare --workload cpu:50ms --tasks 4 --workers 2");
    add_experiment_options(parser, ExperimentOptionSet::Compare);
    parser.addOption({"trace", "Write every run's timeline into one Chrome Trace Event JSON file. Default: none.", "file"});
    parser.addOption({"csv", "Write the comparison table as CSV. Default: none.", "file"});
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
        std::fprintf(stderr, "running %s, GIL %s ...\n", std::string(run_model_name(e.model)).c_str(), e.gil ? "on" : "off");
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
    std::printf("%s × %d tasks · pools of %d workers · GIL switch interval %s\nMachine: %d cores\n\n",
                b.workload.text.c_str(), b.tasks, b.workers, format_duration(b.switch_interval_ns).c_str(),
                rows.empty() ? 0 : rows.front().metrics.cores);
    std::fputs(format_comparison_table(rows).c_str(), stdout);

    std::vector<const RunResult*> runs;
    for (const RunResult& r : results) runs.push_back(&r);
    int status = exit_status(rows);
    if (const int written = write_outputs(files.trace, files.csv, runs, rows); written != 0) status = written;
    return status;
}

}  // namespace conclab::cli

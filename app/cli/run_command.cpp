// `conclab run`: one experiment, a summary on stdout, optional trace and CSV files.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <fstream>

#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "cli/result_table.h"
#include "cli/run_driver.h"
#include "ui/text/message_text.h"

namespace conclab::cli {

int run_command(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("conclab run");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Runs one experiment on real threads or processes and prints what was measured.\n"
        "Example: conclab run --workload cpu:50ms --tasks 4 --model threads --gil --trace gil.json");
    add_experiment_options(parser, ExperimentOptionSet::Single);
    parser.addOption({"trace", "Write the timeline as Chrome Trace Event JSON (Perfetto, chrome://tracing). Default: none.", "file"});
    parser.addOption({"csv", "Write the result as a one-row CSV table. Default: none.", "file"});
    int exit_code = 0;
    if (!parse_command_line(parser, argc, argv, exit_code)) return exit_code;
    auto experiment = read_experiment_options(parser, ExperimentOptionSet::Single);
    if (!experiment) return fail_usage(experiment.error());
    const auto outputs = read_output_files(parser);
    if (!outputs) return fail_usage(outputs.error());
    const OutputFiles& files = outputs.value();
    if (const auto problem = check_outputs({files.trace, files.csv})) return fail_usage(*problem);

    InterruptGuard interrupts;
    const RunResult result = run_experiment(experiment.value());
    std::fputs(format_run_summary(result, cpu_ticks_per_ms()).c_str(), stdout);

    std::vector<ComparisonRow> rows{comparison_row(result)};
    compute_speedups(rows);
    int status = exit_status(rows);
    if (const int written = write_outputs(files.trace, files.csv, {&result}, rows); written != 0) status = written;
    if (result.status == RunStatus::Failed)
        print_error(QCoreApplication::translate("conclab::cli", "run failed: %1")
                        .arg(result.detail ? ui::message_text(*result.detail) : QString()));
    return status;
}

}  // namespace conclab::cli

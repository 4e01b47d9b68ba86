#include "cli/cli_options.h"

#include <cstdio>
#include <limits>

#include "workload/quantity_parse.h"

namespace conclab::cli {
namespace {

ParseResult<int> read_int(const QCommandLineParser& parser, const QString& name) {
    const std::string text = parser.value(name).toStdString();
    auto parsed = parse_count(text);
    if (!parsed) return ParseResult<int>::fail("--" + name.toStdString() + ": " + parsed.error());
    if (parsed.value() > std::numeric_limits<int>::max())
        return ParseResult<int>::fail("--" + name.toStdString() + ": '" + text + "' is far too large");
    return ParseResult<int>::ok(static_cast<int>(parsed.value()));
}

}  // namespace

void add_experiment_options(QCommandLineParser& parser, ExperimentOptionSet set) {
    const Experiment d = default_experiment();
    parser.addOption({"workload",
                      "What every task does: cpu:<duration>, io:<duration> (sleep), file:<size-or-duration> "
                      "(write+fsync+read), net:<round trips> (loopback echo), mixed:<cpu>/<io>x<N>. Default: " +
                          QString::fromStdString(d.workload.text) + ".",
                      "spec", QString::fromStdString(d.workload.text)});
    parser.addOption({"tasks", QString("Number of tasks, 1 to %1. Default: %2.").arg(kMaxTasks).arg(d.tasks), "n",
                      QString::number(d.tasks)});
    if (set == ExperimentOptionSet::Single) {
        parser.addOption({"model",
                          "How tasks run: sequential, threads (one thread per task), thread-pool, processes (one "
                          "process per task), process-pool, async. Default: " +
                              QString::fromStdString(std::string(run_model_name(d.model))) + ".",
                          "name", QString::fromStdString(std::string(run_model_name(d.model)))});
        parser.addOption({"gil", "Run threads under the simulated GIL (the default)."});
        parser.addOption({"no-gil", "Switch the simulated GIL off (like free-threaded Python 3.13t)."});
    }
    parser.addOption({"workers",
                      QString("Pool size (max_workers) of thread-pool and process-pool: up to %1 threads or %2 "
                              "processes. Default: %3.")
                          .arg(kMaxThreads)
                          .arg(kMaxProcesses)
                          .arg(d.workers),
                      "n", QString::number(d.workers)});
    parser.addOption({"switch-interval",
                      "The GIL's switch interval (sys.setswitchinterval), 0.1ms to 100ms. Default: 5ms.", "duration",
                      QString::fromStdString(format_duration(d.switch_interval_ns))});
    parser.addOption({"crash-task",
                      "Test hook: task <n> calls abort() in its worker process (process models only). Default: off.",
                      "n"});
}

ParseResult<Experiment> read_experiment_options(const QCommandLineParser& parser, ExperimentOptionSet set) {
    using R = ParseResult<Experiment>;
    Experiment e = default_experiment();
    auto workload = parse_workload(parser.value("workload").toStdString());
    if (!workload) return R::fail("--workload: " + workload.error());
    e.workload = workload.value();
    auto tasks = read_int(parser, "tasks");
    if (!tasks) return R::fail(tasks.error());
    e.tasks = tasks.value();
    auto workers = read_int(parser, "workers");
    if (!workers) return R::fail(workers.error());
    e.workers = workers.value();
    auto interval = parse_duration_ns(parser.value("switch-interval").toStdString());
    if (!interval) return R::fail("--switch-interval: " + interval.error());
    e.switch_interval_ns = interval.value();
    if (parser.isSet("crash-task")) {
        auto crash = read_int(parser, "crash-task");
        if (!crash) return R::fail(crash.error());
        e.crash_task = crash.value();
    }
    if (set == ExperimentOptionSet::Single) {
        auto model = parse_run_model(parser.value("model").toStdString());
        if (!model) return R::fail("--model: " + model.error());
        e.model = model.value();
        if (parser.isSet("gil") && parser.isSet("no-gil")) return R::fail("--gil and --no-gil contradict each other");
        e.gil = !parser.isSet("no-gil");
        if (e.crash_task >= 0 && !uses_processes(e.model))
            return R::fail("--crash-task needs --model processes or process-pool (a crashing thread would end conclab itself)");
    }
    if (const std::string error = e.validate(); !error.empty()) return R::fail(error);
    return R::ok(std::move(e));
}

bool parse_command_line(QCommandLineParser& parser, int argc, char** argv, int& exit_code) {
    parser.addHelpOption();
    QStringList args;
    args << QString::fromLocal8Bit(argv[0]);
    for (int i = 2; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(args)) {
        exit_code = fail_usage(parser.errorText().toStdString());
        return false;
    }
    if (parser.isSet("help")) {
        // Qt names the binary's path in the usage line; users type "conclab <command>".
        QString help = parser.helpText();
        const qsizetype line_end = help.indexOf(QLatin1Char('\n'));
        help.replace(0, line_end, QStringLiteral("Usage: conclab %1 [options]").arg(QString::fromLocal8Bit(argv[1])));
        std::fputs(help.toLocal8Bit().constData(), stdout);
        exit_code = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        exit_code = fail_usage("unexpected argument '" + parser.positionalArguments().first().toStdString() +
                               "' (options start with --; see --help)");
        return false;
    }
    return true;
}

int fail_usage(const std::string& message) {
    std::fprintf(stderr, "conclab: %s\n", message.c_str());
    return 2;
}

}  // namespace conclab::cli

#include "cli/cli_options.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <string_view>

#include "cli/cli_translate.h"
#include "cli/command_language.h"
#include "core/text.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"
#include "workload/quantity_parse.h"

namespace conclab::cli {
namespace {

// A value as refusals show it: quoted, on one line, cut short if huge (core/text.h).
QString quoted_value(std::string_view text) { return QString::fromStdString(conclab::quoted(text)); }

// "--workload: <why>": the engine's reason, behind the option it is about.
QString option_problem(const QString& option, const Message& why) {
    return tr("--%1: %2").arg(option, ui::message_text(why));
}

// "1 to 100000", in the reader's digits.
QString range_text(qint64 low, qint64 high) { return tr("%1 to %2").arg(ui::format_count(low), ui::format_count(high)); }

// A whole-number option and the range it takes, for messages about values that are numbers but
// could never be used ("-3", "99999999999999999999").
struct IntOption {
    const char* name;
    QString range;
};

bool looks_like_integer(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

ParseResult<int, QString> read_int(const QCommandLineParser& parser, const IntOption& option) {
    using R = ParseResult<int, QString>;
    const QString name = QString::fromLatin1(option.name);
    const std::string text = parser.value(name).toStdString();
    auto parsed = parse_count(text, TooLarge::Saturate);
    const bool out_of_range = parsed ? parsed.value() > std::numeric_limits<int>::max() : looks_like_integer(trim(text));
    if (out_of_range) return R::fail(tr("--%1: %2 is out of range: use %3").arg(name, quoted_value(trim(text)), option.range));
    if (!parsed) return R::fail(option_problem(name, parsed.error()));
    return R::ok(static_cast<int>(parsed.value()));
}

// A file option: empty when not given; refused when given an empty name.
ParseResult<std::string, QString> read_output_option(const QCommandLineParser& parser, const QString& name) {
    using R = ParseResult<std::string, QString>;
    if (!parser.isSet(name)) return R::ok({});
    const QString path = parser.value(name);
    if (path.isEmpty()) return R::fail(tr("--%1: no file name given").arg(name));
    return R::ok(QFile::encodeName(path).toStdString());
}

}  // namespace

void add_experiment_options(QCommandLineParser& parser, ExperimentOptionSet set) {
    const Experiment d = default_experiment();
    const QString workload = QString::fromStdString(d.workload.text);
    const QString model = QString::fromStdString(std::string(run_model_name(d.model)));
    // Option names, value names and defaults are what the user types: never translated.
    parser.addOption({QStringLiteral("workload"),
                      tr("What every task does: cpu:<duration>, io:<duration> (sleep), file:<size-or-duration> "
                         "(write+fsync+read), net:<round trips> (loopback echo), mixed:<cpu>/<io>x<N>. Default: %1.")
                          .arg(workload),
                      QStringLiteral("spec"), workload});
    parser.addOption({QStringLiteral("tasks"),
                      tr("Number of tasks, 1 to %1. Default: %2.").arg(kMaxTasks).arg(d.tasks), QStringLiteral("n"),
                      QString::number(d.tasks)});
    if (set == ExperimentOptionSet::Single) {
        parser.addOption({QStringLiteral("model"),
                          tr("How tasks run: sequential, threads (one thread per task), thread-pool, processes (one "
                             "process per task), process-pool, async. Default: %1.")
                              .arg(model),
                          QStringLiteral("name"), model});
        parser.addOption({QStringLiteral("gil"), tr("Run threads under the simulated GIL (the default).")});
        parser.addOption({QStringLiteral("no-gil"), tr("Switch the simulated GIL off (like free-threaded Python 3.13t).")});
    }
    parser.addOption({QStringLiteral("workers"),
                      tr("Pool size (max_workers) of thread-pool and process-pool: up to %1 threads or %2 "
                         "processes. Default: %3.")
                          .arg(kMaxThreads)
                          .arg(kMaxProcesses)
                          .arg(d.workers),
                      QStringLiteral("n"), QString::number(d.workers)});
    parser.addOption({QStringLiteral("switch-interval"),
                      tr("The GIL's switch interval (sys.setswitchinterval), 0.1ms to 100ms. Default: 5ms."),
                      QStringLiteral("duration"), QString::fromStdString(format_duration(d.switch_interval_ns))});
    parser.addOption({QStringLiteral("crash-task"),
                      tr("Test hook: task <n> calls abort() in its worker process (process models only). Default: off."),
                      QStringLiteral("n")});
}

ParseResult<Experiment, QString> read_experiment_options(const QCommandLineParser& parser, ExperimentOptionSet set) {
    using R = ParseResult<Experiment, QString>;
    Experiment e = default_experiment();
    auto workload = parse_workload(parser.value("workload").toStdString());
    if (!workload) return R::fail(option_problem(QStringLiteral("workload"), workload.error()));
    e.workload = workload.value();
    auto tasks = read_int(parser, {"tasks", range_text(1, kMaxTasks)});
    if (!tasks) return R::fail(tasks.error());
    e.tasks = tasks.value();
    auto workers = read_int(parser, {"workers", range_text(1, kMaxThreads)});
    if (!workers) return R::fail(workers.error());
    e.workers = workers.value();
    const std::string interval_text = parser.value("switch-interval").toStdString();
    auto interval = parse_duration_ns(interval_text, TooLarge::Saturate);
    if (!interval) return R::fail(option_problem(QStringLiteral("switch-interval"), interval.error()));
    if (interval.value() < kMinSwitchIntervalNs || interval.value() > kMaxSwitchIntervalNs)
        return R::fail(tr("--switch-interval: %1 is out of range: use %2 to %3")
                           .arg(quoted_value(trim(interval_text)), QString::fromStdString(format_duration(kMinSwitchIntervalNs)),
                                QString::fromStdString(format_duration(kMaxSwitchIntervalNs))));
    e.switch_interval_ns = interval.value();
    if (parser.isSet("crash-task")) {
        const QString numbering = tr("%1 (tasks are numbered from 0)").arg(range_text(0, e.tasks - 1));
        auto crash = read_int(parser, {"crash-task", numbering});
        if (!crash) return R::fail(crash.error());
        e.crash_task = crash.value();
    }
    if (set == ExperimentOptionSet::Single) {
        auto model = parse_run_model(parser.value("model").toStdString());
        if (!model) return R::fail(option_problem(QStringLiteral("model"), model.error()));
        e.model = model.value();
        if (parser.isSet("gil") && parser.isSet("no-gil")) return R::fail(tr("--gil and --no-gil contradict each other"));
        e.gil = !parser.isSet("no-gil");
        if (e.crash_task >= 0 && !uses_processes(e.model))
            return R::fail(
                tr("--crash-task needs --model processes or process-pool (a crashing thread would end conclab itself)"));
    }
    if (const auto problem = e.validate()) return R::fail(ui::message_text(*problem));
    return R::ok(std::move(e));
}

ParseResult<OutputFiles, QString> read_output_files(const QCommandLineParser& parser) {
    using R = ParseResult<OutputFiles, QString>;
    auto trace = read_output_option(parser, QStringLiteral("trace"));
    if (!trace) return R::fail(trace.error());
    auto csv = read_output_option(parser, QStringLiteral("csv"));
    if (!csv) return R::fail(csv.error());
    if (!trace.value().empty() && std::filesystem::path(trace.value()).lexically_normal() ==
                                      std::filesystem::path(csv.value()).lexically_normal())
        return R::fail(tr("--trace and --csv both name %1: give each its own file").arg(quoted_value(trace.value())));
    return R::ok({trace.value(), csv.value()});
}

QString parse_arguments(QCommandLineParser& parser, const QStringList& arguments) {
    add_language_options(parser);  // read before parsing (command_language.h); accepted and listed here
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        const QString error = parser.errorText();  // Qt's own sentence, translated by Qt's catalogue
        if (error.isEmpty()) return tr("cannot read the options (see --help)");
        // Qt quotes the option as typed: a pasted megabyte is cut, so the refusal stays one clear line.
        constexpr qsizetype kLongest = 300;
        return error.size() > kLongest ? error.left(kLongest) + QStringLiteral("…") : error;
    }
    if (!parser.isSet(QStringLiteral("help")) && !parser.positionalArguments().isEmpty())
        return tr("unexpected argument %1 (options start with --; see --help)")
            .arg(quoted_value(parser.positionalArguments().first().toStdString()));
    return {};
}

bool parse_command_line(QCommandLineParser& parser, int argc, char** argv, int& exit_code) {
    QStringList args;
    args << QString::fromLocal8Bit(argv[0]);
    for (int i = 2; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    if (const QString error = parse_arguments(parser, args); !error.isEmpty()) {
        exit_code = fail_usage(error);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the binary's path in the usage line; users type "conclab <command>".
        QString help = parser.helpText();
        const qsizetype line_end = help.indexOf(QLatin1Char('\n'));
        help.replace(0, line_end, tr("Usage: conclab %1 [options]").arg(QString::fromLocal8Bit(argv[1])));
        std::fputs(help.toUtf8().constData(), stdout);
        exit_code = 0;
        return false;
    }
    return true;
}

void print_error(const QString& message) {
    // 3000 bytes: a long sentence in Bengali (3 bytes a letter) still fits whole; a pasted megabyte does not.
    std::fprintf(stderr, "conclab: %s\n", printable(message.toStdString(), 3000).c_str());
}

int fail_usage(const QString& message) {
    print_error(message);
    return 2;
}

int fail_usage(const Message& message) { return fail_usage(ui::message_text(message)); }

int fail_unknown_command(std::string_view command, const QStringList& commands) {
    return fail_usage(tr("unknown command %1 (expected one of: %2; see conclab --help)")
                          .arg(quoted_value(command), commands.join(QStringLiteral(", "))));
}

}  // namespace conclab::cli

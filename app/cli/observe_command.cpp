// `conclab observe`: a real program observed from the terminal.
#include "cli/observe_command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

#include "cli/cli_options.h"
#include "cli/cli_translate.h"
#include "cli/run_driver.h"
#include "cli/result_table.h"
#include "cli/saved_runs.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"
#include "workload/quantity_parse.h"

namespace conclab::cli {
namespace {

QString ms_text(std::int64_t ns) { return tr("%1 ms").arg(ui::format_decimal(static_cast<double>(ns) / 1e6, 1)); }

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// Where "--" separates conclab's options from the program's command line (argc if absent).
int separator_index(int argc, char** argv) {
    for (int i = 2; i < argc; ++i)
        if (std::strcmp(argv[i], "--") == 0) return i;
    return argc;
}

QString python_description(const observe::ObservedProcess& p) {
    using observe::GilAccess;
    const QString version = QString::number(p.python.version.major) + QLatin1Char('.') + QString::number(p.python.version.minor);
    switch (p.python.access) {
        case GilAccess::Readable:
            return tr("CPython %1, GIL read from its memory (%2 switches counted by CPython)")
                .arg(version + QLatin1Char('.') + QString::number(p.python.version.micro),
                     ui::format_count(static_cast<qint64>(p.gil_switches)));
        case GilAccess::NotPython: return tr("not Python");
        case GilAccess::Starting: return tr("CPython, ended before its interpreter was ready");
        case GilAccess::UnsupportedVersion:
            return p.python.version.major == 0 ? tr("CPython of unknown version: GIL not readable")
                                               : tr("GIL not readable for Python %1").arg(version);
        case GilAccess::LayoutMismatch: return tr("GIL not readable for this build of Python %1").arg(version);
        case GilAccess::FreeThreaded: return tr("Python %1: no GIL (free-threaded build)").arg(version);
        case GilAccess::NotPermitted:
            return tr("GIL not readable: reading its memory was refused (%1)")
                .arg(QString::fromLocal8Bit(std::strerror(p.python.error)));
        case GilAccess::UnsupportedPlatform: return tr("GIL not readable on this processor architecture");
    }
    return QStringLiteral("?");
}

}  // namespace

bool observe_wants_picture(int argc, char** argv) {
    const int end = separator_index(argc, argv);
    for (int i = 2; i < end; ++i)
        if (std::strcmp(argv[i], "--shot") == 0 || std::strncmp(argv[i], "--shot=", 7) == 0) return true;
    return false;
}

RunResult observe_program(observe::ObserveOptions options, observe::ObservedProgram* program) {
    observe::ProgramObserver observer(std::move(options));
    observer.start();
    while (!observer.wait_for(std::chrono::milliseconds(20)))
        if (InterruptGuard::interrupted()) observer.request_stop();
    RunResult result = observer.take_result();
    if (program != nullptr) *program = observer.program();
    return result;
}

QString format_observed_summary(const RunResult& run, const observe::ObservedProgram& program) {
    const RunMetrics& m = run.metrics;
    const TimelineStore& store = run.store();
    QStringList labels, values;
    auto line = [&](const QString& label, const QString& value) {
        labels << label;
        values << value;
    };
    line(tr("Status"), ui::run_status_word(run.status) +
                           (run.detail ? QStringLiteral(" — ") + ui::message_text(*run.detail) : QString()));
    line(tr("Wall time"), ms_text(m.wall_ns));
    const double busy = m.wall_ns > 0 ? static_cast<double>(m.cpu_ns) / static_cast<double>(m.wall_ns) : 0.0;
    line(tr("CPU time"), tr("%1 ms (%2 cores busy on average)")
                             .arg(ui::format_decimal(static_cast<double>(m.cpu_ns) / 1e6, 1), ui::format_decimal(busy, 2)));
    const int groups = static_cast<int>(store.layout().groups.size());
    line(tr("Threads"), tr("%1 in %Ln process(es)", nullptr, groups).arg(ui::format_count(m.lanes)) +
                            (program.limit_reached ? tr(" (more were started than are followed)") : QString()));
    const bool any_gil = std::any_of(program.processes.begin(), program.processes.end(), [](const auto& p) {
        return p.python.access == observe::GilAccess::Readable;
    });
    if (any_gil) {
        line(tr("GIL wait share"), tr("%1 of thread time").arg(ui::format_decimal(100.0 * m.gil_wait_share(), 1) + QStringLiteral(" %")));
        std::uint64_t counted = 0;
        for (const observe::ObservedProcess& p : program.processes) counted += p.gil_switches;
        line(tr("GIL hand-offs"), tr("%1 seen · %2 counted by CPython")
                                      .arg(ui::format_count(static_cast<qint64>(m.handoffs)),
                                           ui::format_count(static_cast<qint64>(counted))));
    } else {
        // No GIL row: nothing was measured, so no figure (a 0 would read as "measured, none").
        line(tr("GIL"), tr("none read (no process ran a CPython whose GIL could be read; see below)"));
    }
    line(tr("Context switches"), tr("%1 voluntary · %2 involuntary")
                                     .arg(ui::format_count(static_cast<qint64>(m.voluntary_cs)),
                                          ui::format_count(static_cast<qint64>(m.involuntary_cs))));
    line(tr("Peak memory"), tr("%1 MiB (sum over processes)").arg(ui::format_decimal(static_cast<double>(m.peak_rss_kib) / 1024.0, 1)));
    if (m.machine.measured) {
        const QString other = tr("%1 of the CPUs during the run").arg(ui::format_percent(m.machine.other_share()));
        const QString busy_mark = ui::machine_busy_short(m);
        line(tr("Other programs"),
             busy_mark.isEmpty() ? other : tr("%1 — %2: its times cannot be trusted").arg(other, busy_mark));
    }
    const QString sampling =
        tr("threads every %1 ms, GIL every %2 ms; the observer used %3 of one core")
            .arg(ui::format_count(static_cast<qint64>(program.intervals.threads.count() / 1000)),
                 ui::format_count(static_cast<qint64>(program.intervals.gil.count() / 1000)),
                 ui::format_decimal(m.wall_ns > 0 ? 100.0 * static_cast<double>(program.sampler_cpu_ns) /
                                                        static_cast<double>(m.wall_ns)
                                                  : 0.0,
                                    1) +
                     QStringLiteral(" %"));

    int width = 0;
    for (const QString& label : labels) width = std::max(width, terminal_width(label));
    width = std::max(width + 2, 18);
    auto padded = [&](const QString& label) {
        return label + QString(std::max(1, width - terminal_width(label)), QLatin1Char(' '));
    };
    QString out = tr("Observed: %1").arg(QString::fromStdString(printable(joined(run.command), 300))) + QLatin1Char('\n') +
                  tr("Machine: %Ln core(s)", nullptr, m.cores) + QStringLiteral("\n\n");
    for (qsizetype i = 0; i < labels.size(); ++i) out += padded(labels[i]) + values[i] + QLatin1Char('\n');
    // Every process, but a launcher's many short helpers (pyenv's shim runs ~40 shell processes
    // before Python) as one line per name: the processes that matter stay readable.
    constexpr std::size_t kListedAlone = 12;
    std::vector<std::pair<std::string, int>> folded;  // name, count of not-Python processes folded
    std::size_t listed = 0;
    for (const observe::ObservedProcess& p : program.processes) {
        const bool plain = p.python.access == observe::GilAccess::NotPython;
        if (plain && program.processes.size() > kListedAlone && listed >= 1) {
            auto it = std::find_if(folded.begin(), folded.end(), [&](const auto& f) { return f.first == p.name; });
            if (it == folded.end()) folded.emplace_back(p.name, 1);
            else ++it->second;
            continue;
        }
        ++listed;
        out += QStringLiteral("  ") + tr("pid %1 %2: %3").arg(QString::number(p.pid), QString::fromStdString(printable(p.name, 40)),
                                                              python_description(p)) +
               QLatin1Char('\n');
    }
    if (!folded.empty()) {
        int count = 0;
        QStringList names;
        for (const auto& [name, n] : folded) {
            count += n;
            names << QString::fromStdString(printable(name, 40)) + (n > 1 ? QStringLiteral(" ×") + ui::format_count(n) : QString());
        }
        out += QStringLiteral("  ") + tr("%Ln more process(es), not Python: %1", nullptr, count).arg(names.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
    }
    out += padded(tr("Sampling")) + sampling + QLatin1Char('\n');
    if (store.output_dropped() > 0)
        out += padded(tr("Output")) + tr("%1 lines beyond the first %2 were not kept")
                                          .arg(ui::format_count(static_cast<qint64>(store.output_dropped())),
                                               ui::format_count(static_cast<qint64>(TimelineStore::kMaxOutputLines))) +
               QLatin1Char('\n');
    return out;
}

int observe_command(int argc, char** argv, const ObservedPictureWriter& picture) {
    // The desktop build made a QApplication already when a picture is wanted.
    std::unique_ptr<QCoreApplication> app;
    if (QCoreApplication::instance() == nullptr) app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName("conclab observe");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a program (directly, no shell) and records what its threads, its child processes and, for\n"
           "CPython, its real GIL did; its output is passed through. Put the program after --.") +
        QLatin1Char('\n') +
        tr("Example: %1").arg(QStringLiteral("conclab observe --trace real.json -- python3 cpu_bound.py --model threads --tasks 4")));
    parser.addOption({QStringLiteral("trace"),
                      tr("Write the timeline as Chrome Trace Event JSON (Perfetto, chrome://tracing). Default: none."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"), tr("Write the result as a one-row CSV table. Default: none."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("shot"), tr("Save the timeline as a picture (.png, .svg or .pdf; desktop build). Default: none."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("size"), tr("Picture size in pixels for --shot. Default: 1600x900."), QStringLiteral("WxH"),
                      QStringLiteral("1600x900")});
    parser.addOption({QStringLiteral("time-limit"),
                      tr("Stop the program (SIGTERM, then SIGKILL) when it runs longer. Default: 10m (minutes)."),
                      QStringLiteral("duration"), QStringLiteral("10m")});
    parser.addOption({QStringLiteral("quiet"), tr("Do not pass the program's output through (it is still recorded).")});
    add_save_option(parser);
    const int separator = separator_index(argc, argv);
    int exit_code = 0;
    if (!parse_command_line(parser, separator, argv, exit_code)) {
        if (exit_code != 0 && separator == argc)
            std::fputs(qPrintable(tr("conclab: put the program to observe after --, e.g. conclab observe -- python3 script.py") +
                                  QLatin1Char('\n')),
                       stderr);
        return exit_code;
    }
    std::vector<std::string> command(argv + std::min(separator + 1, argc), argv + argc);
    if (command.empty() || command.front().empty())
        return fail_usage(tr("observe needs a program after --, e.g. conclab observe -- python3 script.py"));
    const auto limit = parse_duration_ns(parser.value("time-limit").toStdString());
    if (!limit) return fail_usage(tr("--time-limit: %1").arg(ui::message_text(limit.error())));
    if (limit.value() <= 0) return fail_usage(tr("--time-limit: the program needs some time to run"));
    const auto outputs = read_output_files(parser);
    if (!outputs) return fail_usage(outputs.error());
    const OutputFiles& files = outputs.value();
    const std::string shot = QFile::encodeName(parser.value("shot")).toStdString();
    if (parser.isSet("shot") && shot.empty()) return fail_usage(tr("--shot: no file name given"));
    if (!shot.empty() && !picture.write) return fail_usage(tr("--shot needs the desktop build (this conclab was built without the window)"));
    if (const auto problem = check_outputs({files.trace, files.csv, shot})) return fail_usage(*problem);
    if (!shot.empty())
        if (const QString problem = picture.check(shot, parser.value("size").toStdString()); !problem.isEmpty())
            return fail_usage(problem);
    const auto save = read_save_option(parser);
    if (!save) return fail_usage(save.error());

    observe::ObserveOptions options;
    options.launch.argv = command;
    options.time_limit = std::chrono::nanoseconds(limit.value()) > std::chrono::hours(24 * 365)
                             ? std::chrono::hours(24 * 365)
                             : std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::nanoseconds(limit.value()));
    if (!parser.isSet("quiet"))
        options.on_output = [](const OutputLine& line) {
            FILE* to = line.stream == OutputStream::Stderr ? stderr : stdout;
            std::fwrite(line.text.data(), 1, line.text.size(), to);
            std::fputc('\n', to);
            std::fflush(to);
        };

    InterruptGuard interrupts;
    observe::ObservedProgram program;
    const RunResult result = observe_program(std::move(options), &program);
    if (program.launch_failure) {
        // The program named cannot be run: bad input, said in one line (no summary of nothing).
        const QString why = result.detail ? ui::message_text(*result.detail) : QString();
        if (program.launch_failure->code != observe::LaunchError::SystemRefused) return fail_usage(why);
        print_error(why);
        return 1;
    }
    std::fputs(format_observed_summary(result, program).toUtf8().constData(), stdout);

    std::vector<ComparisonRow> rows{comparison_row(result)};
    compute_speedups(rows);
    int status = exit_status(rows);
    if (program.end == observe::ObserveEnd::TimeLimit) status = 1;  // stopped, but not by the user
    if (const int written = write_outputs(files.trace, files.csv, {&result}, rows); written != 0) status = written;
    if (const int saved = save_runs(save.value(), {&result}); saved != 0) status = saved;
    if (!shot.empty()) {
        if (const QString problem = picture.write(shot, parser.value("size").toStdString(), result); !problem.isEmpty()) {
            print_error(problem);
            return 1;
        }
        const QString label = tr("Picture");
        std::printf("%s%s%s\n", label.toUtf8().constData(),
                    QString(std::max(1, 18 - terminal_width(label)), QLatin1Char(' ')).toUtf8().constData(), shot.c_str());
    }
    if (result.status == RunStatus::Failed && result.detail) print_error(ui::message_text(*result.detail));
    return status;
}

}  // namespace conclab::cli

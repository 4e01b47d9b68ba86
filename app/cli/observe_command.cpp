// `conclab observe`: a real program observed from the terminal.
#include "cli/observe_command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <cstring>
#include <memory>

#include "cli/cli_options.h"
#include "cli/cli_translate.h"
#include "cli/run_driver.h"
#include "cli/saved_runs.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "ui/text/message_text.h"
#include "workload/quantity_parse.h"

namespace conclab::cli {
namespace {

std::string ms_text(std::int64_t ns) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f ms", static_cast<double>(ns) / 1e6);
    return text;
}

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

std::string python_description(const observe::ObservedProcess& p) {
    using observe::GilAccess;
    const std::string version = std::to_string(p.python.version.major) + "." + std::to_string(p.python.version.minor);
    switch (p.python.access) {
        case GilAccess::Readable:
            return "CPython " + version + "." + std::to_string(p.python.version.micro) + ", GIL read from its memory (" +
                   std::to_string(p.gil_switches) + " switches counted by CPython)";
        case GilAccess::NotPython: return "not Python";
        case GilAccess::Starting: return "CPython, ended before its interpreter was ready";
        case GilAccess::UnsupportedVersion:
            return p.python.version.major == 0 ? "CPython of unknown version: GIL not readable"
                                               : "GIL not readable for Python " + version;
        case GilAccess::LayoutMismatch: return "GIL not readable for this build of Python " + version;
        case GilAccess::FreeThreaded: return "Python " + version + ": no GIL (free-threaded build)";
        case GilAccess::NotPermitted:
            return "GIL not readable: reading its memory was refused (" + std::string(std::strerror(p.python.error)) + ")";
        case GilAccess::UnsupportedPlatform: return "GIL not readable on this processor architecture";
    }
    return "?";
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

std::string format_observed_summary(const RunResult& run, const observe::ObservedProgram& program) {
    const RunMetrics& m = run.metrics;
    const TimelineStore& store = run.store();
    std::string out = "Observed: " + printable(joined(run.command), 300) + "\nMachine: " + std::to_string(m.cores) + " cores\n\n";
    auto line = [&](const char* label, const std::string& value) {
        std::string padded = label;
        padded.resize(18, ' ');
        out += padded + value + "\n";
    };
    line("Status", std::string(run_status_name(run.status)) +
                       (run.detail ? " — " + ui::message_text(*run.detail).toStdString() : std::string()));
    line("Wall time", ms_text(m.wall_ns));
    char busy[64];
    std::snprintf(busy, sizeof busy, " (%.2f cores busy on average)",
                  m.wall_ns > 0 ? static_cast<double>(m.cpu_ns) / static_cast<double>(m.wall_ns) : 0.0);
    line("CPU time", ms_text(m.cpu_ns) + busy);
    line("Threads", std::to_string(m.lanes) + " in " + std::to_string(store.layout().groups.size()) + " processes" +
                        (program.limit_reached ? " (more were started than are followed)" : ""));
    char share[64];
    std::snprintf(share, sizeof share, "%.1f %% of thread time", 100.0 * m.gil_wait_share());
    line("GIL wait share", share);
    std::uint64_t counted = 0;
    for (const observe::ObservedProcess& p : program.processes) counted += p.gil_switches;
    line("GIL hand-offs", std::to_string(m.handoffs) + " seen · " + std::to_string(counted) + " counted by CPython");
    line("Context switches", std::to_string(m.voluntary_cs) + " voluntary · " + std::to_string(m.involuntary_cs) + " involuntary");
    char memory[64];
    std::snprintf(memory, sizeof memory, "%.1f MiB (sum over processes)", static_cast<double>(m.peak_rss_kib) / 1024.0);
    line("Peak memory", memory);
    for (const observe::ObservedProcess& p : program.processes)
        out += "  pid " + std::to_string(p.pid) + " " + printable(p.name, 40) + ": " + python_description(p) + "\n";
    char cost[160];
    const double wall_s = static_cast<double>(m.wall_ns) / 1e9;
    std::snprintf(cost, sizeof cost, "threads every %lld ms, GIL every %lld ms; the observer used %.1f %% of one core",
                  static_cast<long long>(program.intervals.threads.count() / 1000),
                  static_cast<long long>(program.intervals.gil.count() / 1000),
                  wall_s > 0 ? 100.0 * static_cast<double>(program.sampler_cpu_ns) / 1e9 / wall_s : 0.0);
    line("Sampling", cost);
    if (store.output_dropped() > 0) line("Output", std::to_string(store.output_dropped()) + " lines beyond the first " +
                                                       std::to_string(TimelineStore::kMaxOutputLines) + " were not kept");
    return out;
}

int observe_command(int argc, char** argv, const ObservedPictureWriter& picture) {
    // The desktop build made a QApplication already when a picture is wanted.
    std::unique_ptr<QCoreApplication> app;
    if (QCoreApplication::instance() == nullptr) app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName("conclab observe");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Runs a program (directly, no shell) and records what its threads, its child processes and, for\n"
        "CPython, its real GIL did; its output is passed through. Put the program after --.\n"
        "Example: conclab observe --trace real.json -- python3 cpu_bound.py --model threads --tasks 4");
    parser.addOption({"trace", "Write the timeline as Chrome Trace Event JSON (Perfetto, chrome://tracing). Default: none.", "file"});
    parser.addOption({"csv", "Write the result as a one-row CSV table. Default: none.", "file"});
    parser.addOption({"shot", "Save the timeline as a picture (.png, .svg or .pdf; desktop build). Default: none.", "file"});
    parser.addOption({"size", "Picture size in pixels for --shot. Default: 1600x900.", "WxH", "1600x900"});
    parser.addOption({"time-limit", "Stop the program (SIGTERM, then SIGKILL) when it runs longer. Default: 10m (minutes).", "duration", "10m"});
    parser.addOption({"quiet", "Do not pass the program's output through (it is still recorded)."});
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
    std::fputs(format_observed_summary(result, program).c_str(), stdout);

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
        std::printf("%-18s%s\n", "Picture", shot.c_str());
    }
    if (result.status == RunStatus::Failed && result.detail) print_error(ui::message_text(*result.detail));
    return status;
}

}  // namespace conclab::cli

#include "cli/run_driver.h"

#include <signal.h>

#include <atomic>
#include <chrono>

#include <cstdio>

#include <QCoreApplication>
#include <algorithm>

#include "cli/cli_options.h"
#include "cli/cli_translate.h"
#include "cli/result_table.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "export/csv_writer.h"
#include "export/trace_writer.h"
#include "machine/usable_cpus.h"
#include "ui/text/message_text.h"

namespace conclab::cli {
namespace {

std::atomic<int> g_interrupted{0};
static_assert(std::atomic<int>::is_always_lock_free, "set from a signal handler");

void on_signal(int) { g_interrupted.store(1); }

struct sigaction g_previous_int {};
struct sigaction g_previous_term {};

}  // namespace

InterruptGuard::InterruptGuard() {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previous_int);
    sigaction(SIGTERM, &action, &g_previous_term);
}

InterruptGuard::~InterruptGuard() {
    sigaction(SIGINT, &g_previous_int, nullptr);
    sigaction(SIGTERM, &g_previous_term, nullptr);
}

bool InterruptGuard::interrupted() { return g_interrupted.load() != 0; }

namespace {

RunResult not_started(const Experiment& experiment, const Message& why) {
    RunResult failed;
    failed.experiment = experiment;
    failed.status = RunStatus::Failed;
    failed.detail = Message{MessageCode::RunCouldNotStart, {message_arg(why)}};
    failed.metrics.cores = usable_cpus().count;
    // An empty, finished timeline: everything that shows a run can show this one too.
    failed.timeline = std::make_shared<SharedTimeline>(RunLayout{});
    failed.timeline->finish(0);
    return failed;
}

}  // namespace

RunResult run_experiment(const Experiment& experiment) {
    try {
        RunSession session(experiment);
        session.start();
        while (!session.wait_for(std::chrono::milliseconds(20)))
            if (InterruptGuard::interrupted()) session.request_stop();
        return session.take_result();
    } catch (const MessageError& e) {
        // The machine would not let the run start (no memory to map, no loopback socket, no
        // temporary folder): a failed run with the reason, not a crash.
        return not_started(experiment, e.message());
    } catch (const std::exception& e) {
        // Not one of the engine's own refusals (no memory for a thread): its text as it is.
        return not_started(experiment, Message{MessageCode::ForeignError, {text_arg(printable(e.what(), 300))}});
    }
}

std::optional<Message> check_outputs(const std::vector<std::string>& paths) {
    for (const std::string& path : paths)
        if (!path.empty())
            if (auto problem = check_writable(path)) return problem;
    return std::nullopt;
}

int write_outputs(const std::string& trace_path, const std::string& csv_path, const std::vector<const RunResult*>& runs,
                  const std::vector<ComparisonRow>& rows) {
    int status = 0;
    auto write = [&](const std::string& path, const QString& label, const QString& note,
                     const std::function<void(std::ostream&)>& writer) {
        if (path.empty()) return;
        if (const auto problem = write_file_atomically(path, writer)) {
            print_error(ui::message_text(*problem));
            status = 1;  // the name was checked before the run: the machine refused (disk full, I/O error)
        } else {
            const QString padding(std::max(1, 18 - terminal_width(label)), QLatin1Char(' '));
            std::printf("%s%s%s%s\n", label.toUtf8().constData(), padding.toUtf8().constData(), path.c_str(),
                        note.toUtf8().constData());
        }
    };
    write(trace_path, tr("Trace"), tr(" (open it in Perfetto or chrome://tracing)"),
          [&](std::ostream& out) { write_trace_json(out, runs); });
    write(csv_path, tr("CSV"), QString(), [&](std::ostream& out) { write_comparison_csv(out, rows); });
    return status;
}

int exit_status(const std::vector<ComparisonRow>& rows) {
    int status = 0;
    for (const ComparisonRow& row : rows) {
        if (row.status == RunStatus::Failed) return 1;
        if (row.status == RunStatus::Stopped) status = 130;
    }
    return status;
}

}  // namespace conclab::cli

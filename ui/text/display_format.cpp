#include "ui/text/display_format.h"

#include <QStringList>

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

#include "run/run_session.h"
#include "timeline/lane_names.h"
#include "ui/text/experiment_text.h"
#include "ui/text/message_text.h"
#include "ui/text/translate.h"

namespace conclab::ui {
namespace {

struct Unit {
    double ns;
    const char* name;
};

Unit unit_for(double magnitude_ns) {
    if (magnitude_ns >= 1e9) return {1e9, "s"};
    if (magnitude_ns >= 1e6) return {1e6, "ms"};
    if (magnitude_ns >= 1e3) return {1e3, "\xC2\xB5s"};
    return {1.0, "ns"};
}

QLocale number_locale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString with_unit(double value, int decimals, const char* unit) {
    return QStringLiteral("%1 %2").arg(number_locale().toString(value, 'f', decimals), QString::fromUtf8(unit));
}

}  // namespace

QString format_duration(std::int64_t ns) {
    const double magnitude = std::abs(static_cast<double>(ns));
    const Unit u = unit_for(magnitude);
    const double value = static_cast<double>(ns) / u.ns;
    const double a = std::abs(value);
    const int decimals = a >= 100 || u.ns == 1.0 ? 0 : (a >= 10 ? 1 : 2);
    return with_unit(value, decimals, u.name);
}

QString format_axis_time(std::int64_t ns, std::int64_t step_ns) {
    const double step = static_cast<double>(std::max<std::int64_t>(step_ns, 1));
    const Unit u = unit_for(step * 5);  // 200 µs steps read as 0.2 ms, 0.4 ms, ...
    const double step_in_unit = step / u.ns;
    int decimals = 0;
    while (decimals < 3 && std::abs(step_in_unit * std::pow(10.0, decimals) -
                                    std::round(step_in_unit * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return with_unit(static_cast<double>(ns) / u.ns, decimals, u.name);
}

QString format_percent(double share) {
    return QStringLiteral("%1%").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QString format_count(qint64 n) { return number_locale().toString(n); }

QString format_decimal(double value, int decimals) { return number_locale().toString(value, 'f', decimals); }

QString format_date_time(const QDateTime& when) {
    return QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString format_seconds(std::int64_t ns) {
    return tr("%1 s").arg(number_locale().toString(static_cast<double>(ns) / 1e9, 'f', 3));
}

QString format_switch_interval(std::int64_t ns) {
    const double ms = static_cast<double>(ns) / 1e6;
    const int decimals = ms >= 10 ? 0 : (ms >= 1 ? 1 : 2);
    QString text = QLocale().toString(ms, 'f', decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().front();
        while (text.endsWith(QLocale().zeroDigit())) text.chop(1);
        if (text.endsWith(point)) text.chop(1);
    }
    return QStringLiteral("%1 ms").arg(text);
}

QString state_display_name(LaneState s) {
    switch (s) {
        case LaneState::Running: return tr("Running");
        case LaneState::Ready: return tr("Ready (no free core)");
        case LaneState::WaitingGil: return tr("Waiting for GIL");
        case LaneState::BlockedIo: return tr("Blocked on I/O");
        case LaneState::Idle: return tr("Idle");
        case LaneState::Overhead: return tr("Overhead (start, fork, copy)");
        case LaneState::Sleeping: return tr("Sleeping");
        case LaneState::WaitingLock: return tr("Waiting on a lock");
        case LaneState::OtherWork: return tr("Other work (not this run's workers)");
    }
    return QStringLiteral("?");
}

QString model_display_name(RunModel m) {
    switch (m) {
        case RunModel::Sequential: return tr("sequential");
        case RunModel::Threads: return tr("threads");
        case RunModel::ThreadPool: return tr("thread pool");
        case RunModel::Processes: return tr("processes");
        case RunModel::ProcessPool: return tr("process pool");
        case RunModel::Async: return tr("asyncio event loop");
    }
    return QStringLiteral("?");
}

QString model_python_hint(RunModel m) {
    switch (m) {
        case RunModel::Sequential: return QStringLiteral("for task in tasks: task()");
        case RunModel::Threads: return QStringLiteral("threading.Thread");
        case RunModel::ThreadPool: return QStringLiteral("ThreadPoolExecutor");
        case RunModel::Processes: return QStringLiteral("multiprocessing.Process");
        case RunModel::ProcessPool: return QStringLiteral("ProcessPoolExecutor");
        case RunModel::Async: return QStringLiteral("asyncio");
    }
    return {};
}

QString workload_kind_display_name(WorkloadKind k) {
    switch (k) {
        case WorkloadKind::Cpu: return tr("CPU-bound (computation)");
        case WorkloadKind::Io: return tr("I/O-bound (waiting, sleep)");
        case WorkloadKind::File: return tr("File I/O (write, fsync, read)");
        case WorkloadKind::Net: return tr("Network (loopback round trips)");
        case WorkloadKind::Mixed: return tr("Mixed (compute, then wait)");
        case WorkloadKind::Numbers: return tr("Numbers (wait, then print)");
        case WorkloadKind::Square: return tr("Square (compute, then print)");
        case WorkloadKind::Counter: return tr("Shared counter (counter += 1)");
        case WorkloadKind::Alternating: return tr("Tasks taking turns at several workloads");
    }
    return QStringLiteral("?");
}

namespace {

// "killed by SIGKILL", "exited with status 3": signal names are the system's, not translated.
QString worker_failure_cause(const WorkerFailure& f) {
    if (f.signal != 0) {
        const std::string name = signal_name(f.signal);
        if (name.empty()) return tr("killed by signal %1").arg(f.signal);
        return tr("killed by %1").arg(QString::fromStdString(name));
    }
    return tr("exited with status %1").arg(f.exit_code);
}

// The failure is about a worker that ran (a fork that failed has no process to name).
bool names_a_dead_worker(const RunResult& r) {
    return r.failure && r.failure->pid != 0 && r.failure->lane < r.store().layout().lanes.size();
}

}  // namespace

QString lane_display_name(const RunLayout& layout, std::uint32_t lane) {
    return message_text(lane_name(layout, lane));
}

QString process_display_name(const ProcessGroup& group) { return message_text(process_name(group)); }

QString source_display_name(SourceKind k) {
    switch (k) {
        case SourceKind::Simulated: return tr("simulated");
        case SourceKind::Observed: return tr("real program");
        case SourceKind::Opened: return tr("saved run");
    }
    return QStringLiteral("?");
}

QString command_display_text(const std::vector<std::string>& command) {
    QStringList words;
    for (const std::string& w : command) words << QString::fromStdString(w);
    return words.join(QLatin1Char(' '));
}

QString machine_busy_text(const RunMetrics& m) {
    if (!m.machine_busy()) return {};
    if (m.machine.other_share() > kBusyOtherShare)
        return tr("machine busy: other programs used %1 of the CPUs — figures unreliable")
            .arg(format_percent(m.machine.other_share()));
    return tr("machine busy: the workers waited %1 of their time for a CPU other programs held — figures unreliable")
        .arg(format_percent(m.unexplained_ready_share()));
}

QString machine_busy_short(const RunMetrics& m) {
    if (!m.machine_busy()) return {};
    const double share = m.machine.other_share() > kBusyOtherShare ? m.machine.other_share() : m.unexplained_ready_share();
    return tr("machine busy (%1)").arg(format_percent(share));
}

QString events_dropped_text(const RunMetrics& m) {
    if (m.events_dropped <= 0) return {};
    return tr("%Ln events lost (recording could not keep up)", nullptr, static_cast<int>(std::min<std::int64_t>(m.events_dropped, 1'000'000'000)));
}

QString run_warnings_text(const RunMetrics& m) {
    QStringList parts;
    if (const QString busy = machine_busy_text(m); !busy.isEmpty()) parts << busy;
    if (const QString lost = events_dropped_text(m); !lost.isEmpty()) parts << lost;
    return parts.join(QStringLiteral(" · "));
}

QString gil_row_label(const ProcessGroup& group) {
    const QString version = QStringLiteral("%1.%2").arg(group.python_version / 100).arg(group.python_version % 100);
    switch (group.gil_note) {
        case GilNote::None: break;
        case GilNote::NotReadable:
            return group.python_version > 0 ? tr("GIL not readable for Python %1").arg(version) : tr("GIL not readable");
        case GilNote::FreeThreaded: return tr("no GIL (free-threaded build)");
        case GilNote::NotPermitted: return tr("GIL not readable: the system refused to let conclab read it");
    }
    return tr("GIL holder");
}

QString run_title(const RunDescription& what) {
    if (what.experiment) return experiment_summary(*what.experiment);
    return tr("%1: %2").arg(source_display_name(what.source), command_display_text(what.command));
}

QString run_status_word(RunStatus status) {
    switch (status) {
        case RunStatus::Completed: return tr("completed");
        case RunStatus::Stopped: return tr("stopped");
        case RunStatus::Failed: return tr("failed");
    }
    return {};
}

QString run_status_text(RunStatus status, const RunResult* result) {
    switch (status) {
        case RunStatus::Completed:
        case RunStatus::Stopped: return run_status_word(status);
        case RunStatus::Failed:
            if (!result || !names_a_dead_worker(*result)) return run_status_word(status);
            return tr("failed: %1 %2")
                .arg(lane_display_name(result->store().layout(), result->failure->lane),
                     worker_failure_cause(*result->failure));
    }
    return {};
}

QString worker_death_text(const RunResult& result) {
    if (!names_a_dead_worker(result)) return {};
    return tr("%1 at %2").arg(worker_failure_cause(*result.failure),
                              format_duration(result.failure->t_ns - result.store().start_ns()));
}

}  // namespace conclab::ui

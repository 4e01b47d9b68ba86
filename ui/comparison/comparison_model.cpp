#include "ui/comparison/comparison_model.h"

#include <QColor>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QStringList>
#include <cmath>

#include "experiment/experiment.h"
#include "metrics/run_metrics.h"
#include "run/run_session.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"

namespace conclab::ui {

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {
    // A model is no widget: it hears of a language switch from the application, which Qt tells.
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

bool ComparisonModel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

void ComparisonModel::retranslate() {
    // Nothing is kept translated: every text is composed in data()/headerData(); the views only
    // have to ask again.
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    } else {
        // Qt Charts 6.4's bar model mapper (the speedup chart) crashes on a header change of its
        // column while it has no bar set (an empty table); the header view repaints the whole
        // header row on either signal, so the Speedup title follows the language all the same.
        emit headerDataChanged(Qt::Horizontal, 0, Speedup - 1);
        emit headerDataChanged(Qt::Horizontal, Speedup + 1, ColumnCount - 1);
    }
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int ComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return role == Qt::DisplayRole ? QVariant(format_count(section + 1)) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Speedup: return tr("Wall time of the sequential run of the same workload ÷ wall time of this run");
            case Efficiency: return tr("Speedup ÷ the number of workers (for asyncio: ÷ the number of tasks it interleaves)");
            case GilWait: return tr("Share of the workers' busy time spent waiting for the GIL");
            case Handoffs: return tr("How often the GIL passed from one thread to another");
            default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Model: return tr("Model");
        case Gil: return tr("GIL");
        case Workers: return tr("Workers");
        case Workload: return tr("Workload");
        case Status: return tr("Status");
        case WallTime: return tr("Wall time");
        case CpuTime: return tr("CPU time");
        case Speedup: return tr("Speedup");
        case Efficiency: return tr("Efficiency");
        case GilWait: return tr("GIL wait");
        case Handoffs: return tr("GIL hand-offs");
        case ContextSwitches: return tr("Context switches");
        case PeakMemory: return tr("Peak memory (PSS)");
        default: return {};
    }
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const ComparisonRow& r = rows_[static_cast<std::size_t>(index.row())];
    const RunMetrics& m = r.metrics;
    const int col = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(col >= WallTime ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && col == Status) {
        QStringList lines;
        if (r.status_detail) lines << message_text(*r.status_detail);
        if (const QString busy = machine_busy_text(m); !busy.isEmpty()) lines << busy;
        if (const QString lost = events_dropped_text(m); !lost.isEmpty()) lines << lost;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    // A run the machine was too busy for is marked where its figures are read: status and speedup.
    if (role == Qt::BackgroundRole && m.machine_busy() && (col == Status || col == Speedup || col == WallTime))
        return QColor(0xFF, 0xE8, 0xB0);
    if (role == SortRole) {
        switch (col) {
            case Workers: return m.lanes;
            case WallTime: return QVariant::fromValue<qlonglong>(m.wall_ns);
            case CpuTime: return QVariant::fromValue<qlonglong>(m.cpu_ns);
            case Speedup: return r.speedup ? QVariant(*r.speedup) : QVariant();
            case Efficiency: return r.efficiency ? QVariant(*r.efficiency) : QVariant();
            case GilWait: return m.gil_wait_share();
            case Handoffs: return QVariant::fromValue<qlonglong>(m.handoffs);
            case ContextSwitches: return QVariant::fromValue<qlonglong>(m.voluntary_cs + m.involuntary_cs);
            case PeakMemory: return QVariant::fromValue<qlonglong>(m.peak_rss_kib);
            default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole) return {};
    // A row without an experiment is a real program the window observed: its command says what ran.
    const Experiment* e = r.experiment ? &*r.experiment : nullptr;
    switch (col) {
        case Model: return e ? model_display_name(e->model) : modelName(index.row());
        case Gil:
            if (!e) return QStringLiteral("–");
            return e->gil ? tr("on (%1)").arg(format_switch_interval(e->switch_interval_ns)) : tr("off");
        case Workers: return format_count(m.lanes);
        case Workload:
            if (!e) return command_display_text(r.command);
            return tr("%1 × %2").arg(QString::fromStdString(e->workload.text), format_count(e->tasks));
        case Status: {
            QStringList parts{run_status_text(r.status, results_[static_cast<std::size_t>(index.row())].get())};
            if (const QString busy = machine_busy_short(m); !busy.isEmpty()) parts << busy;
            if (m.events_dropped > 0) parts << events_dropped_text(m);
            return parts.join(QStringLiteral(" · "));
        }
        case WallTime: return format_duration(m.wall_ns);
        case CpuTime: return format_duration(m.cpu_ns);
        // A number (not text): the chart's bar mapper reads this column.
        case Speedup: return r.speedup ? QVariant(std::round(*r.speedup * 100.0) / 100.0) : QVariant();
        case Efficiency:
            if (!r.efficiency) return {};
            // Where the CPUs, not the workers, were the limit, per CPU too: 4 threads at 1.9× on
            // 2 CPUs are 48% per worker but 95% of what the CPUs could give.
            if (r.core_efficiency)
                return tr("%1 (%2 per CPU)").arg(format_percent(*r.efficiency), format_percent(*r.core_efficiency));
            return format_percent(*r.efficiency);
        case GilWait: return format_percent(m.gil_wait_share());
        case Handoffs: return format_count(static_cast<qint64>(m.handoffs));
        case ContextSwitches:
            return tr("%1 / %2")
                .arg(format_count(static_cast<qint64>(m.voluntary_cs)), format_count(static_cast<qint64>(m.involuntary_cs)));
        case PeakMemory:
            return m.peak_rss_kib > 0 ? tr("%1 MiB").arg(format_decimal(static_cast<double>(m.peak_rss_kib) / 1024.0, 1))
                                      : QVariant(QStringLiteral("–"));
        default: return {};
    }
}

int ComparisonModel::addRun(ComparisonRow row, std::shared_ptr<const RunResult> result) {
    const int at = static_cast<int>(rows_.size());
    beginInsertRows({}, at, at);
    rows_.push_back(std::move(row));
    results_.push_back(std::move(result));
    endInsertRows();
    recompute();
    return at;
}

void ComparisonModel::removeRun(int row) {
    if (row < 0 || row >= rowCount()) return;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    results_.erase(results_.begin() + row);
    endRemoveRows();
    recompute();
}

void ComparisonModel::clear() {
    if (rows_.empty()) return;
    beginResetModel();
    rows_.clear();
    results_.clear();
    endResetModel();
}

std::shared_ptr<const RunResult> ComparisonModel::result(int row) const {
    return row >= 0 && row < rowCount() ? results_[static_cast<std::size_t>(row)] : nullptr;
}

std::vector<const RunResult*> ComparisonModel::results() const {
    std::vector<const RunResult*> out;
    for (const auto& r : results_)
        if (r) out.push_back(r.get());
    return out;
}

QString ComparisonModel::modelName(int row) const {
    if (row < 0 || row >= rowCount()) return {};
    const ComparisonRow& r = rows_[static_cast<std::size_t>(row)];
    if (!r.experiment) {
        // Our lesson scripts take the model as --model: a real run of them is named by it, so the
        // table reads "Threads (real run)" beside the simulated "Threads".
        if (r.source == SourceKind::Observed)
            if (const auto m = parse_run_model(observed_model(r.command)))
                return tr("%1 (real run)").arg(m.value() == RunModel::Async ? tr("asyncio") : model_display_name(m.value()));
        return source_display_name(r.source);
    }
    return r.experiment->model == RunModel::Async ? tr("asyncio") : model_display_name(r.experiment->model);
}

QString ComparisonModel::labelNotes(int row) const {
    if (row < 0 || row >= rowCount()) return {};
    const ComparisonRow& r = rows_[static_cast<std::size_t>(row)];
    QStringList notes;
    if (r.experiment && (r.experiment->model == RunModel::Threads || r.experiment->model == RunModel::ThreadPool) &&
        !r.experiment->gil)
        notes << tr("no GIL");
    // The chart's bar of a run the machine was too busy for says so beside the bar itself; in a
    // word, so the label still fits a small chart (the table's status cell gives the figure).
    if (r.metrics.machine_busy()) notes << tr("⚠ busy");
    return notes.join(QStringLiteral(" · "));
}

QString ComparisonModel::shortLabel(int row) const {
    const QString notes = labelNotes(row);
    return notes.isEmpty() ? modelName(row) : QStringLiteral("%1, %2").arg(modelName(row), notes);
}

void ComparisonModel::recompute() {
    if (rows_.empty()) return;
    compute_speedups(rows_);
    emit dataChanged(index(0, Speedup), index(rowCount() - 1, Efficiency), {Qt::DisplayRole, SortRole});
}

}  // namespace conclab::ui

#include "ui/comparison/comparison_model.h"

#include <QLocale>
#include <cmath>

#include "run/run_session.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"

namespace conclab::ui {

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

int ComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
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
        case PeakMemory: return tr("Peak memory");
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
    if (role == Qt::ToolTipRole && col == Status && r.status_detail) return message_text(*r.status_detail);
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
        case Model: return e ? model_display_name(e->model) : source_display_name(r.source);
        case Gil:
            if (!e) return QStringLiteral("–");
            return e->gil ? tr("on (%1)").arg(format_switch_interval(e->switch_interval_ns)) : tr("off");
        case Workers: return m.lanes;
        case Workload:
            if (!e) return command_display_text(r.command);
            return tr("%1 × %2").arg(QString::fromStdString(e->workload.text)).arg(e->tasks);
        case Status: return run_status_text(r.status, results_[static_cast<std::size_t>(index.row())].get());
        case WallTime: return format_duration(m.wall_ns);
        case CpuTime: return format_duration(m.cpu_ns);
        // A number (not text): the chart's bar mapper reads this column.
        case Speedup: return r.speedup ? QVariant(std::round(*r.speedup * 100.0) / 100.0) : QVariant();
        case Efficiency: return r.efficiency ? QVariant(format_percent(*r.efficiency)) : QVariant();
        case GilWait: return format_percent(m.gil_wait_share());
        case Handoffs: return QLocale().toString(static_cast<qlonglong>(m.handoffs));
        case ContextSwitches:
            return tr("%1 / %2")
                .arg(QLocale().toString(static_cast<qlonglong>(m.voluntary_cs)),
                     QLocale().toString(static_cast<qlonglong>(m.involuntary_cs)));
        case PeakMemory:
            return m.peak_rss_kib > 0 ? tr("%1 MiB").arg(QLocale().toString(static_cast<double>(m.peak_rss_kib) / 1024.0, 'f', 1))
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

QString ComparisonModel::shortLabel(int row) const {
    if (row < 0 || row >= rowCount()) return {};
    const ComparisonRow& r = rows_[static_cast<std::size_t>(row)];
    if (!r.experiment) return source_display_name(r.source);
    const Experiment& e = *r.experiment;
    QString text = e.model == RunModel::Async ? tr("asyncio") : model_display_name(e.model);
    if ((e.model == RunModel::Threads || e.model == RunModel::ThreadPool) && !e.gil) text += tr(", no GIL");
    return text;
}

void ComparisonModel::recompute() {
    if (rows_.empty()) return;
    compute_speedups(rows_);
    emit dataChanged(index(0, Speedup), index(rowCount() - 1, Efficiency), {Qt::DisplayRole, SortRole});
}

}  // namespace conclab::ui

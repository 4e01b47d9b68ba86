#pragma once
// The comparison table: one row per finished run, over std::vector<ComparisonRow>, with the run's
// full result kept so its timeline can be shown again. The table view and the speedup chart
// (QVBarModelMapper on the Speedup column) both read this one model.
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "metrics/run_metrics.h"

namespace conclab {
struct RunResult;
}

namespace conclab::ui {

class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // What the class compares comes first, so it stays in view on a projector without scrolling;
    // the workload, the same for every row of a Compare all, comes last.
    enum Column {
        Model, Gil, Workers, Speedup, WallTime, CpuTime, Efficiency, GilWait, Handoffs, Status,
        ContextSwitches, PeakMemory, Workload, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;  // raw numbers for every column

    explicit ComparisonModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a finished run (result may be null when only figures are known); returns its row.
    int addRun(ComparisonRow row, std::shared_ptr<const RunResult> result = nullptr);
    void removeRun(int row);
    void clear();

    const std::vector<ComparisonRow>& rows() const { return rows_; }
    std::shared_ptr<const RunResult> result(int row) const;
    std::vector<const RunResult*> results() const;
    // A row's model as the chart names it: "Threads", "asyncio", or the observed program's source.
    QString modelName(int row) const;
    // What sets the row apart from others of its model, in a few words: "no GIL · ⚠ busy"; empty
    // for a plain run. The chart puts it on a second line so neither part is elided.
    QString labelNotes(int row) const;
    // Both on one line, where the text has room along it: "Thread pool, no GIL".
    QString shortLabel(int row) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();  // on a language switch: every header and cell is asked for again
    void recompute();
    std::vector<ComparisonRow> rows_;
    std::vector<std::shared_ptr<const RunResult>> results_;
};

}  // namespace conclab::ui

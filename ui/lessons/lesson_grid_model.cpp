#include "ui/lessons/lesson_grid_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "run/run_result.h"
#include "ui/lessons/lesson_text.h"
#include "ui/text/display_format.h"

namespace conclab::ui {

LessonGridModel::LessonGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void LessonGridModel::setLesson(const Lesson& lesson) {
    beginResetModel();
    grid_ = lesson.grid;
    runs_ = lesson.runs;
    results_.assign(lesson.runs.size(), nullptr);
    row_grades_.clear();
    running_.reset();
    endResetModel();
}

void LessonGridModel::setResult(std::size_t run, std::shared_ptr<const RunResult> result) {
    if (run >= results_.size()) return;
    results_[run] = std::move(result);
    changedAll();
}

void LessonGridModel::setRunning(std::optional<std::size_t> run) {
    running_ = run;
    if (run && *run < results_.size()) {
        results_[*run].reset();
        row_grades_.clear();
    }
    changedAll();
}

void LessonGridModel::setGrade(const LessonGrade& grade) {
    row_grades_ = grade.grid;
    running_.reset();
    changedAll();
}

void LessonGridModel::changedAll() {
    if (rowCount() > 0 && columnCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int LessonGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !grid_ ? 0 : static_cast<int>(grid_->rows.size());
}

int LessonGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !grid_ ? 0 : static_cast<int>(grid_->columns.size());
}

std::optional<std::size_t> LessonGridModel::runAt(int row, int column) const {
    for (std::size_t i = 0; i < runs_.size(); ++i)
        if (runs_[i].grid_row == static_cast<std::size_t>(row) && runs_[i].grid_column == static_cast<std::size_t>(column))
            return i;
    return std::nullopt;
}

QVariant LessonGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !grid_) return {};
    const auto run = runAt(index.row(), index.column());
    bool fastest = false;
    const GridRowGrade* row_grade = nullptr;
    for (const GridRowGrade& g : row_grades_)
        if (g.row == static_cast<std::size_t>(index.row())) row_grade = &g;
    if (run && row_grade && row_grade->fastest_run == run) fastest = true;
    const RunResult* result = run && *run < results_.size() ? results_[*run].get() : nullptr;
    switch (role) {
        case Qt::DisplayRole: {
            if (!run) return {};
            if (running_ == run) return tr("running…");
            if (!result) return tr("—");
            QString text = format_duration(result->metrics.wall_ns);
            if (result->status != RunStatus::Completed) text = tr("%1 (%2)").arg(text, run_status_text(result->status, result));
            if (result->metrics.machine_busy()) text = tr("%1, machine busy").arg(text);
            if (fastest) text = tr("%1 — fastest").arg(text);
            return text;
        }
        case Qt::ToolTipRole:
            if (row_grade && row_grade->grade.verdict == Verdict::CannotTell && !row_grades_.empty())
                return tr("The fastest of this row cannot be told: a run of it is missing, did not finish, or ran on a "
                          "busy machine.");
            return {};
        case Qt::FontRole:
            if (fastest) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::BackgroundRole:
            if (fastest) return QBrush(QColor(0xC8, 0xEB, 0xDD));  // a light tint of Running's bluish green
            return {};
        case Qt::ForegroundRole:
            if (fastest) return QBrush(QColor(Qt::black));
            return {};
        case Qt::TextAlignmentRole: return QVariant(Qt::AlignCenter);
        case FastestRole: return fastest;
        case RunRole: return run ? static_cast<int>(*run) : -1;
        default: return {};
    }
}

QVariant LessonGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || !grid_) return QAbstractTableModel::headerData(section, orientation, role);
    const auto& texts = orientation == Qt::Horizontal ? grid_->columns : grid_->rows;
    if (section < 0 || static_cast<std::size_t>(section) >= texts.size()) return {};
    return lesson_text(texts[static_cast<std::size_t>(section)], lesson_language());
}

void LessonGridModel::retranslate() {
    if (columnCount() > 0) emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    changedAll();
}

}  // namespace conclab::ui

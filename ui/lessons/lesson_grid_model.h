#pragma once
// A lesson's grid of runs as a table (the rule of thumb: {I/O-bound, CPU-bound} rows ×
// {threads, asyncio, processes} columns): each cell the measured wall time of its run, the
// fastest of each row highlighted (bold, a tinted background and the word "fastest", so colour
// is never the only cue) once the grader could tell, or why it could not.
#include <QAbstractTableModel>
#include <memory>
#include <optional>
#include <vector>

#include "lessons/lesson.h"
#include "lessons/lesson_grader.h"

namespace conclab {
struct RunResult;
}

namespace conclab::ui {

class LessonGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int FastestRole = Qt::UserRole + 1;  // bool: the fastest run of its row
    static constexpr int RunRole = Qt::UserRole + 2;      // int: the lesson run of the cell (-1: none)

    explicit LessonGridModel(QObject* parent = nullptr);

    // The lesson's grid (a lesson without one shows nothing).
    void setLesson(const Lesson& lesson);
    bool hasGrid() const { return grid_.has_value(); }
    void setResult(std::size_t run, std::shared_ptr<const RunResult> result);
    void setRunning(std::optional<std::size_t> run);
    void setGrade(const LessonGrade& grade);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    std::optional<std::size_t> runAt(int row, int column) const;
    void changedAll();

    std::optional<LessonGrid> grid_;
    std::vector<LessonRun> runs_;
    std::vector<std::shared_ptr<const RunResult>> results_;
    std::vector<GridRowGrade> row_grades_;
    std::optional<std::size_t> running_;
};

}  // namespace conclab::ui

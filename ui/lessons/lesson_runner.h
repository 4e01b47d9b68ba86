#pragma once
// Runs a lesson's experiments one after another through the window's RunController (so each
// becomes a row of the comparison table and is drawn live like any run), sets the experiment
// panel to each as it starts (the class sees what runs), and when the last one ends (or one is
// stopped or fails) measures the lesson's figures and grades its answers from them.
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

#include "lessons/lesson.h"
#include "lessons/lesson_grader.h"

namespace conclab {
class SharedTimeline;
struct RunResult;
}  // namespace conclab

namespace conclab::ui {

class ExperimentPanel;
class RunController;

class LessonRunner : public QObject {
    Q_OBJECT
public:
    LessonRunner(RunController* controller, ExperimentPanel* panel, QObject* parent = nullptr);

    // Starts the lesson's runs; returns why not (empty when started).
    QString start(const Lesson& lesson);
    bool isRunning() const { return lesson_.has_value(); }
    // The run now going (index into lesson.runs).
    std::size_t currentRun() const { return next_ == 0 ? 0 : next_ - 1; }
    const std::vector<std::shared_ptr<const RunResult>>& results() const { return results_; }

    // Grading, as the runner does it: figures from the results (null: not run), then verdicts.
    static std::pair<LessonMeasurements, LessonGrade> grade(const Lesson& lesson,
                                                            const std::vector<std::shared_ptr<const RunResult>>& results);

signals:
    void runStarting(std::size_t run, std::size_t of);
    void runStarted(std::size_t run, std::shared_ptr<const conclab::SharedTimeline> timeline);
    void runDone(std::size_t run, std::shared_ptr<const conclab::RunResult> result);
    // Every run ended (or one was stopped, failed or could not start): the figures and grades.
    void finished(conclab::LessonMeasurements measured, conclab::LessonGrade grade);
    void problem(const QString& text);

private:
    void startNext();
    void onRunStarted(std::shared_ptr<const SharedTimeline> timeline);
    void onRunFinished(int row, std::shared_ptr<const RunResult> result);
    void finish();

    RunController* controller_;
    ExperimentPanel* panel_;
    std::optional<Lesson> lesson_;
    std::vector<std::shared_ptr<const RunResult>> results_;
    std::size_t next_ = 0;
    bool waiting_for_start_ = false;
};

}  // namespace conclab::ui

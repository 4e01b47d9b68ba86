#include "ui/lessons/lesson_runner.h"

#include <QTimer>

#include "run/run_result.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/run/run_controller.h"

namespace conclab::ui {

LessonRunner::LessonRunner(RunController* controller, ExperimentPanel* panel, QObject* parent)
    : QObject(parent), controller_(controller), panel_(panel) {
    connect(controller_, &RunController::runStarted, this, &LessonRunner::onRunStarted);
    connect(controller_, &RunController::runFinished, this, &LessonRunner::onRunFinished);
}

QString LessonRunner::start(const Lesson& lesson) {
    if (lesson_ || controller_->isRunning()) return tr("A run is already going; stop it first.");
    if (lesson.runs.empty()) return tr("This lesson has no experiment to run.");
    lesson_ = lesson;
    results_.assign(lesson.runs.size(), nullptr);
    next_ = 0;
    startNext();
    return lesson_ ? QString() : tr("The lesson could not start.");
}

void LessonRunner::startNext() {
    if (!lesson_) return;
    if (next_ >= lesson_->runs.size()) {
        finish();
        return;
    }
    const std::size_t i = next_++;
    const Experiment& e = lesson_->runs[i].experiment;
    panel_->setExperiment(e);  // what the class sees in the panel is what runs
    emit runStarting(i, lesson_->runs.size());
    waiting_for_start_ = true;
    const QString why = controller_->start(e);
    if (!why.isEmpty()) {
        waiting_for_start_ = false;
        emit problem(why);
        finish();
    }
}

void LessonRunner::onRunStarted(std::shared_ptr<const SharedTimeline> timeline) {
    if (!lesson_ || !waiting_for_start_) return;
    waiting_for_start_ = false;
    emit runStarted(currentRun(), std::move(timeline));
}

void LessonRunner::onRunFinished(int, std::shared_ptr<const RunResult> result) {
    if (!lesson_ || next_ == 0) return;
    const std::size_t i = currentRun();
    results_[i] = result;
    emit runDone(i, result);
    if (result->status != RunStatus::Completed) {
        finish();  // a stopped or failed run ends the lesson: its figures say nothing
        return;
    }
    // After the controller has finished with this run (it emits more once this returns).
    QTimer::singleShot(0, this, &LessonRunner::startNext);
}

std::pair<LessonMeasurements, LessonGrade> LessonRunner::grade(const Lesson& lesson,
                                                               const std::vector<std::shared_ptr<const RunResult>>& results) {
    std::vector<const RunResult*> runs(lesson.runs.size(), nullptr);
    for (std::size_t i = 0; i < runs.size() && i < results.size(); ++i) runs[i] = results[i].get();
    LessonMeasurements measured = measure_lesson(lesson, runs);
    LessonGrade graded = grade_lesson(lesson, measured);
    return {std::move(measured), std::move(graded)};
}

void LessonRunner::finish() {
    if (!lesson_) return;
    auto [measured, graded] = grade(*lesson_, results_);
    lesson_.reset();
    next_ = 0;
    emit finished(std::move(measured), std::move(graded));
}

}  // namespace conclab::ui

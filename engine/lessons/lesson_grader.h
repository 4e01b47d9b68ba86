#pragma once
// Grading a lesson's answers from what its runs measured. Two steps, so that the rules can be
// tested on figures made by hand:
//
//   LessonMeasurements m = measure_lesson(lesson, runs);   // runs[i]: lesson.runs[i]'s result, or null
//   LessonGrade g = grade_lesson(lesson, m);
//   for (const AnswerGrade& a : g.answers) ...             // Right / Wrong / CannotTell + why
//
// The grader returns codes and numbers only; the UI writes the sentence in the reader's language
// from the lesson's own texts (answer text, explain, result) and the figures:
//   Right      "Your prediction 'no faster' happened." + explain
//   Wrong      "Your prediction '4× faster' did not happen."
//   CannotTell "Cannot tell: the machine was busy (other programs used 31 %)." — busy wins: a run
//              the rule needs that was marked machine_busy() never gets a verdict.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "lessons/lesson.h"
#include "metrics/run_metrics.h"

namespace conclab {

struct RunResult;

// What grading needs to know of each lesson run.
struct LessonRunFacts {
    bool ran = false;                           // a result exists (it may have been stopped or failed)
    RunStatus status = RunStatus::Completed;
    bool machine_busy = false;                  // RunMetrics::machine_busy()
    double other_share = 0.0;                   // machine.other_share(), 0..1
    double unexplained_ready_share = 0.0;       // RunMetrics::unexplained_ready_share(), 0..1
    std::optional<double> wall_s;               // its wall time (what a grid row's fastest is chosen by)
    friend bool operator==(const LessonRunFacts&, const LessonRunFacts&) = default;
};

struct LessonMeasurements {
    std::vector<LessonRunFacts> runs;                  // one per lesson run
    std::vector<std::optional<double>> figures;        // one per lesson figure; nothing = unknown
                                                       //   (its run did not run, or measured nothing:
                                                       //   an I/O delay in a run without I/O)
    friend bool operator==(const LessonMeasurements&, const LessonMeasurements&) = default;
};

// Measures every figure of `lesson` from the results of its runs (`runs[i]` belongs to
// lesson.runs[i]; null for a run that has not run). Figures of a run that did not complete are
// still measured (the UI shows what there is); grading refuses them.
LessonMeasurements measure_lesson(const Lesson& lesson, std::span<const RunResult* const> runs);
// One figure of one run (and the run it is compared against, for ratios); nothing if unknown.
std::optional<double> measure_run(Measure measure, const RunResult& run, const RunResult* over);

enum class Verdict : std::uint8_t { Right, Wrong, CannotTell };

enum class CannotTellReason : std::uint8_t {
    None,             // there is a verdict
    NotRun,           // a run the rule needs has not run (yet)
    RunNotCompleted,  // it was stopped or failed: its figures say nothing about the question
    MachineBusy,      // it was marked machine busy: other programs took the machine
    FigureUnknown,    // a figure the rule needs measured nothing
};

struct Grade {
    Verdict verdict = Verdict::CannotTell;
    CannotTellReason reason = CannotTellReason::NotRun;
    std::size_t run = 0;          // NotRun, RunNotCompleted, MachineBusy: which lesson run
    std::size_t figure = 0;       // FigureUnknown: which figure
    double other_share = 0.0;     // MachineBusy: what other programs used of the CPUs, 0..1
    double unexplained_ready_share = 0.0;  // MachineBusy: the workers' unexplained Ready share, 0..1
    friend bool operator==(const Grade&, const Grade&) = default;
};

struct AnswerGrade {
    std::size_t answer = 0;  // index into Lesson::answers
    Grade grade;
    friend bool operator==(const AnswerGrade&, const AnswerGrade&) = default;
};

// With a grid: the fastest run (least wall time) of each row, or why it cannot be told (a run of
// the row missing, not completed, or on a busy machine).
struct GridRowGrade {
    std::size_t row = 0;
    std::optional<std::size_t> fastest_run;  // index into Lesson::runs, when grade.verdict == Right
    Grade grade;
    friend bool operator==(const GridRowGrade&, const GridRowGrade&) = default;
};

struct LessonGrade {
    std::vector<AnswerGrade> answers;   // one per answer, in the lesson's order
    std::vector<GridRowGrade> grid;     // one per grid row (empty without a grid)
    // Every lesson run that was marked machine busy (the UI marks the figures of the result text
    // that come from them; figures are never hidden).
    std::vector<std::size_t> busy_runs;
    friend bool operator==(const LessonGrade&, const LessonGrade&) = default;
};

LessonGrade grade_lesson(const Lesson& lesson, const LessonMeasurements& measured);

// The facts of one result, as measure_lesson() takes them.
LessonRunFacts run_facts(const RunResult& run);

}  // namespace conclab

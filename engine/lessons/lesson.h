#pragma once
// A lesson, as read from its file (docs/lessons.md describes the format; lesson_library.h reads
// the files): texts in English and Bengali, the experiment(s) it runs, the figures it measures
// from them, and a prediction question whose answers are graded from those figures
// (lesson_grader.h). No Qt and no sentences of the engine's own: every text a reader sees is the
// lesson's, in the reader's language, with measured figures put in by the UI.
//
//   lesson.title.in(LessonLanguage::Bengali)          "GIL: থ্রেড কি একসাথে হিসাব করে?"
//   lesson.runs[i].experiment                         what RunSession runs
//   lesson.result.pieces(LessonLanguage::English)     "4 threads took " {figure 0} "× the time of one."
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "experiment/experiment.h"
#include "lessons/lesson_rule.h"

namespace conclab {

enum class LessonLanguage : std::uint8_t { English, Bengali };
inline constexpr std::size_t kLessonLanguageCount = 2;
std::string_view lesson_language_key(LessonLanguage language);  // "en", "bn": the keys in a lesson file

// A piece of a lesson text: literal text, or the place where a measured figure goes ("{speedup}"
// in the file). The UI writes the figure in the reader's digits with its unit (FigureUnit).
struct TextPiece {
    std::string literal;                 // when figure is empty ("{{" and "}}" already read as braces)
    std::optional<std::size_t> figure;   // index into Lesson::figures
    friend bool operator==(const TextPiece&, const TextPiece&) = default;
};

// One text of a lesson in both languages. A file may leave one language out; the other is then
// shown in its place (a teacher's own lesson may be in Bengali only). The shipped lessons have both.
struct LessonText {
    std::array<std::string, kLessonLanguageCount> raw;               // as written in the file
    std::array<std::vector<TextPiece>, kLessonLanguageCount> parsed;  // raw, split at {figures}

    bool empty() const { return raw[0].empty() && raw[1].empty(); }
    bool has(LessonLanguage language) const { return !raw[static_cast<std::size_t>(language)].empty(); }
    // The text in `language`, or in the other one when this one is missing. Placeholders stay as
    // written ("{speedup}"): for texts that have none (titles, questions, answers, labels).
    const std::string& in(LessonLanguage language) const;
    // The same, split into literal pieces and figures.
    const std::vector<TextPiece>& pieces(LessonLanguage language) const;
    friend bool operator==(const LessonText&, const LessonText&) = default;
};

// The equivalent Python code: lines in each language (the code is usually the same, comments may
// differ; a file with one list uses it for both).
struct LessonCode {
    std::array<std::vector<std::string>, kLessonLanguageCount> lines;
    const std::vector<std::string>& in(LessonLanguage language) const;
    friend bool operator==(const LessonCode&, const LessonCode&) = default;
};

// One experiment of the lesson. Several runs are shown side by side (GIL on vs off), or in a grid.
struct LessonRun {
    std::string id;            // "gil-on": what figures name; [a-z0-9-], unique in the lesson
    LessonText label;          // "GIL on" / "GIL চালু"
    Experiment experiment;     // validated: Experiment::validate() accepted it
    std::optional<std::size_t> grid_row;     // with a grid: the cell this run fills
    std::optional<std::size_t> grid_column;
    friend bool operator==(const LessonRun&, const LessonRun&) = default;
};

// A grid of runs (the rule of thumb: {I/O-bound, CPU-bound} × {threads, asyncio, processes}).
// Every cell holds one run; the grader names the fastest run of each row.
struct LessonGrid {
    std::vector<std::string> row_ids;
    std::vector<LessonText> rows;
    std::vector<std::string> column_ids;
    std::vector<LessonText> columns;
    friend bool operator==(const LessonGrid&, const LessonGrid&) = default;
};

// What a figure measures of a run. Names in a file are the snake_case of these ("io_resume_delay").
enum class Measure : std::uint8_t {
    Wall,               // s: the run's wall time
    Cpu,                // s: CPU time of all its workers
    Speedup,            // ×: wall of run `over` ÷ wall of this run
    ParallelShare,      // %: speedup over `over` ÷ the most it could be (workers that could run at
                        //    once, at most the usable CPUs) — 100 % = every core used
    GilWaitShare,       // %: Waiting-for-GIL time of the workers' busy time (as the table's)
    Handoffs,           // count: GIL hand-offs to another thread
    HandoffsPerSecond,  // 1/s
    Overhead,           // ms: time the workers spent in Overhead (thread/process start, exit)
    IoWaits,            // count: blocking waits (sleeps, round trips, file rounds) of the workers
    IoResumeDelay,      // ms: median over the I/O waits of the time from the end of the wait until
                        //    the thread ran again (it waited for the GIL: the convoy effect)
    IoResumeIntervals,  // ×: that median ÷ the run's switch interval ("one switch interval late")
    MostWaitingAtOnce,  // count: the most workers (or asyncio tasks) blocked on I/O at one moment
    SwitchInterval,     // ms: the run's switch interval (at its start)
    CounterFinal,       // count: the shared counter as the main thread printed it after join()
    CounterAdditions,   // count: `counter += 1` done by all workers together
    CounterLost,        // count: additions made in the main process's memory that the counter does
                        //    not show (lost updates); 0 with processes (none added there)
    CounterInWorker,    // count: the largest counter value a worker printed for its own memory
    TaskWorkers,        // count: different workers (threads/processes) that ran the tasks
    TasksDone,          // count
    Workers,            // count: worker threads or processes of the run
    OutputLines,        // count: lines the workers printed
    PeakMemory,         // MiB: peak memory of the run's processes (as the table's)
    Cores,              // count: CPUs the run could use
};
std::string_view measure_name(Measure m);               // "io_resume_delay"
std::optional<Measure> measure_from_name(std::string_view name);
std::string measure_names();  // "wall, cpu, speedup, ...": every name, for messages
bool measure_needs_base(Measure m);                      // Speedup, ParallelShare

enum class FigureUnit : std::uint8_t { Seconds, Milliseconds, Times, Percent, Count, PerSecond, Mebibytes };
FigureUnit measure_unit(Measure m);
int default_digits(FigureUnit unit);  // decimals shown: s 2, ms 1, × 2, % 0, count 0, 1/s 0, MiB 1

// A named figure of the lesson: a measure of one run (and for a ratio, of a second run). Its
// value is in the unit it is shown in (a share as 0..100 %, a delay in ms), which is also the unit
// its rules compare in: "gil_wait > 50" means more than 50 %.
struct LessonFigure {
    std::string name;                 // [a-z_][a-z0-9_]*, unique in the lesson
    Measure measure = Measure::Wall;
    std::size_t run = 0;              // index into Lesson::runs
    std::optional<std::size_t> over;  // Speedup, ParallelShare: the run compared against
    int digits = 0;                   // decimals when shown (default_digits of its unit unless set)
    FigureUnit unit() const { return measure_unit(measure); }
    friend bool operator==(const LessonFigure&, const LessonFigure&) = default;
};

// One answer to the prediction question.
struct LessonAnswer {
    std::string id;          // [a-z0-9-], unique among the answers
    LessonText text;         // "about 4× faster"
    LessonRule right_if;     // when the measured figures make this answer right
    LessonText explain;      // optional: why, shown when this answer turned out right ({figures} allowed)
    friend bool operator==(const LessonAnswer&, const LessonAnswer&) = default;
};

struct Lesson {
    std::string id;          // [a-z0-9-]: "convoy"; what `conclab run --lesson convoy` names
    int order = 0;           // position in the lesson list (ties: by id)
    LessonText title;
    LessonText explanation;  // 3–6 plain sentences
    LessonCode python;
    std::vector<LessonRun> runs;         // 1 .. kMaxLessonRuns
    std::size_t main_run = 0;            // the run whose picture stands for the lesson (shot)
    std::optional<LessonGrid> grid;
    std::vector<LessonFigure> figures;
    LessonText question;
    std::vector<LessonAnswer> answers;   // kMinLessonAnswers .. kMaxLessonAnswers
    LessonText result;                   // what was measured, with {figures}: shown after the runs
    friend bool operator==(const Lesson&, const Lesson&) = default;

    std::optional<std::size_t> run_index(std::string_view run_id) const;
    std::optional<std::size_t> figure_index(std::string_view name) const;
};

inline constexpr int kLessonFormatVersion = 1;
inline constexpr std::size_t kMaxLessonRuns = 8;
inline constexpr std::size_t kMinLessonAnswers = 2;
inline constexpr std::size_t kMaxLessonAnswers = 4;
inline constexpr std::size_t kMaxLessonFigures = 32;
inline constexpr std::size_t kMaxPythonLines = 60;

}  // namespace conclab

// Measuring a lesson's figures from its runs and grading its answers (lesson_grader.h).
#include "lessons/lesson_grader.h"

#include <algorithm>

#include "lessons/run_figures.h"
#include "run/run_result.h"

namespace conclab {

namespace {

double seconds(std::int64_t ns) { return static_cast<double>(ns) / 1e9; }
double milliseconds(std::int64_t ns) { return static_cast<double>(ns) / 1e6; }

int worker_count(const TimelineStore& t) {
    const auto& lanes = t.layout().lanes;
    return static_cast<int>(std::count_if(lanes.begin(), lanes.end(), [](const LaneInfo& l) { return l.worker; }));
}

// How many of the run's workers could make progress at once: threads and processes are the
// workers, an event loop's tasks all wait at once (as the comparison table's efficiency counts).
int concurrency(const RunResult& r) {
    if (r.experiment && r.experiment->model == RunModel::Async) return r.experiment->tasks;
    return worker_count(r.store());
}

std::optional<double> speedup(const RunResult& run, const RunResult* over) {
    if (over == nullptr || run.metrics.wall_ns <= 0 || over->metrics.wall_ns <= 0) return std::nullopt;
    return static_cast<double>(over->metrics.wall_ns) / static_cast<double>(run.metrics.wall_ns);
}

std::optional<double> counter_figure(Measure m, const TimelineStore& t) {
    const auto c = counter_outcome(t);
    if (!c) return std::nullopt;
    switch (m) {
        case Measure::CounterFinal: return c->printed_final ? std::optional<double>(static_cast<double>(c->final_value)) : std::nullopt;
        case Measure::CounterAdditions: return static_cast<double>(c->additions);
        case Measure::CounterLost: return c->printed_final ? std::optional<double>(static_cast<double>(c->lost)) : std::nullopt;
        case Measure::CounterInWorker:
            return c->worker_lines > 0 ? std::optional<double>(static_cast<double>(c->largest_in_worker)) : std::nullopt;
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<double> measure_run(Measure measure, const RunResult& run, const RunResult* over) {
    if (!run.timeline) return std::nullopt;
    const TimelineStore& t = run.store();
    const RunMetrics& m = run.metrics;
    switch (measure) {
        case Measure::Wall: return seconds(m.wall_ns);
        case Measure::Cpu: return seconds(m.cpu_ns);
        case Measure::Speedup: return speedup(run, over);
        case Measure::ParallelShare: {
            const auto s = speedup(run, over);
            if (!s) return std::nullopt;
            const int most = std::max(1, std::min(concurrency(run), std::max(1, m.cores)));
            return *s / most * 100.0;
        }
        case Measure::GilWaitShare: return m.gil_wait_share() * 100.0;
        case Measure::Handoffs: return static_cast<double>(m.handoffs);
        case Measure::HandoffsPerSecond:
            if (m.wall_ns <= 0) return std::nullopt;
            return static_cast<double>(m.handoffs) / seconds(m.wall_ns);
        case Measure::Overhead: return milliseconds(overhead_ns(t));
        case Measure::IoWaits: return static_cast<double>(io_wait_count(t));
        case Measure::IoResumeDelay: {
            const auto mid = median(io_resume_delays(t));
            return mid ? std::optional<double>(milliseconds(*mid)) : std::nullopt;
        }
        case Measure::IoResumeIntervals: {
            const auto mid = median(io_resume_delays(t));
            if (!mid || !run.experiment || run.experiment->switch_interval_ns <= 0) return std::nullopt;
            return static_cast<double>(*mid) / static_cast<double>(run.experiment->switch_interval_ns);
        }
        case Measure::MostWaitingAtOnce: return static_cast<double>(most_waiting_at_once(t));
        case Measure::SwitchInterval:
            if (!run.experiment) return std::nullopt;
            return milliseconds(run.experiment->switch_interval_ns);
        case Measure::CounterFinal:
        case Measure::CounterAdditions:
        case Measure::CounterLost:
        case Measure::CounterInWorker: return counter_figure(measure, t);
        case Measure::TaskWorkers: return static_cast<double>(task_workers(t));
        case Measure::TasksDone: return static_cast<double>(m.tasks_done);
        case Measure::Workers: return static_cast<double>(worker_count(t));
        case Measure::OutputLines: return static_cast<double>(t.output().size());
        case Measure::PeakMemory: return static_cast<double>(m.peak_rss_kib) / 1024.0;
        case Measure::Cores: return static_cast<double>(m.cores);
    }
    return std::nullopt;
}

LessonRunFacts run_facts(const RunResult& run) {
    LessonRunFacts f;
    f.ran = true;
    f.status = run.status;
    f.machine_busy = run.metrics.machine_busy();
    f.other_share = run.metrics.machine.other_share();
    f.unexplained_ready_share = run.metrics.unexplained_ready_share();
    if (run.metrics.wall_ns > 0) f.wall_s = seconds(run.metrics.wall_ns);
    return f;
}

LessonMeasurements measure_lesson(const Lesson& lesson, std::span<const RunResult* const> runs) {
    LessonMeasurements out;
    out.runs.resize(lesson.runs.size());
    for (std::size_t i = 0; i < lesson.runs.size() && i < runs.size(); ++i)
        if (runs[i] != nullptr && runs[i]->timeline) out.runs[i] = run_facts(*runs[i]);
    for (const LessonFigure& f : lesson.figures) {
        const RunResult* run = f.run < runs.size() ? runs[f.run] : nullptr;
        const RunResult* over = f.over && *f.over < runs.size() ? runs[*f.over] : nullptr;
        if (run == nullptr || !run->timeline || (f.over && (over == nullptr || !over->timeline))) {
            out.figures.emplace_back();
            continue;
        }
        out.figures.push_back(measure_run(f.measure, *run, over));
    }
    return out;
}

namespace {

// Whether the runs a verdict needs allow one; the first reason found in the order of the
// reasons (a run not run, then not completed, then on a busy machine), else a grade with None.
Grade check_runs(const std::vector<std::size_t>& needed, const LessonMeasurements& m) {
    Grade g;
    g.reason = CannotTellReason::None;
    auto first = [&](auto&& failing) -> std::optional<std::size_t> {
        for (const std::size_t r : needed)
            if (r >= m.runs.size() || failing(m.runs[r])) return r;
        return std::nullopt;
    };
    if (const auto r = first([](const LessonRunFacts& f) { return !f.ran; })) {
        g.reason = CannotTellReason::NotRun;
        g.run = *r;
    } else if (const auto r2 = first([](const LessonRunFacts& f) { return f.status != RunStatus::Completed; })) {
        g.reason = CannotTellReason::RunNotCompleted;
        g.run = *r2;
    } else if (const auto r3 = first([](const LessonRunFacts& f) { return f.machine_busy; })) {
        g.reason = CannotTellReason::MachineBusy;
        g.run = *r3;
        g.other_share = m.runs[*r3].other_share;
        g.unexplained_ready_share = m.runs[*r3].unexplained_ready_share;
    }
    if (g.reason != CannotTellReason::None) g.verdict = Verdict::CannotTell;
    return g;
}

std::vector<std::size_t> runs_of_figures(const Lesson& lesson, const std::vector<std::size_t>& figures) {
    std::vector<std::size_t> runs;
    for (const std::size_t f : figures) {
        if (f >= lesson.figures.size()) continue;
        runs.push_back(lesson.figures[f].run);
        if (lesson.figures[f].over) runs.push_back(*lesson.figures[f].over);
    }
    std::sort(runs.begin(), runs.end());
    runs.erase(std::unique(runs.begin(), runs.end()), runs.end());
    return runs;
}

Grade grade_answer(const Lesson& lesson, const LessonAnswer& answer, const LessonMeasurements& m) {
    const std::vector<std::size_t> figures = answer.right_if.figures();
    Grade g = check_runs(runs_of_figures(lesson, figures), m);
    if (g.reason != CannotTellReason::None) return g;
    const auto value = answer.right_if.evaluate(m.figures);
    if (!value) {
        g.verdict = Verdict::CannotTell;
        g.reason = CannotTellReason::FigureUnknown;
        for (const std::size_t f : figures)
            if (f >= m.figures.size() || !m.figures[f]) {
                g.figure = f;
                break;
            }
        return g;
    }
    g.verdict = *value ? Verdict::Right : Verdict::Wrong;
    return g;
}

GridRowGrade grade_row(const Lesson& lesson, std::size_t row, const LessonMeasurements& m) {
    GridRowGrade out;
    out.row = row;
    std::vector<std::size_t> runs;
    for (std::size_t r = 0; r < lesson.runs.size(); ++r)
        if (lesson.runs[r].grid_row == row) runs.push_back(r);
    out.grade = check_runs(runs, m);
    if (out.grade.reason != CannotTellReason::None) return out;
    for (const std::size_t r : runs) {
        if (!m.runs[r].wall_s) {
            out.grade.verdict = Verdict::CannotTell;
            out.grade.reason = CannotTellReason::RunNotCompleted;
            out.grade.run = r;
            return out;
        }
        if (!out.fastest_run || *m.runs[r].wall_s < *m.runs[*out.fastest_run].wall_s) out.fastest_run = r;
    }
    out.grade.verdict = out.fastest_run ? Verdict::Right : Verdict::CannotTell;
    if (!out.fastest_run) out.grade.reason = CannotTellReason::NotRun;
    return out;
}

}  // namespace

LessonGrade grade_lesson(const Lesson& lesson, const LessonMeasurements& measured) {
    LessonGrade g;
    for (std::size_t a = 0; a < lesson.answers.size(); ++a) g.answers.push_back({a, grade_answer(lesson, lesson.answers[a], measured)});
    if (lesson.grid)
        for (std::size_t row = 0; row < lesson.grid->rows.size(); ++row) g.grid.push_back(grade_row(lesson, row, measured));
    for (std::size_t r = 0; r < measured.runs.size(); ++r)
        if (measured.runs[r].ran && measured.runs[r].machine_busy) g.busy_runs.push_back(r);
    return g;
}

}  // namespace conclab

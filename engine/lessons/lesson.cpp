// The lesson model's small helpers: language keys, texts with a fallback language, measure names.
#include "lessons/lesson.h"

namespace conclab {

namespace {

std::size_t index_of(LessonLanguage language) { return static_cast<std::size_t>(language); }
std::size_t other(LessonLanguage language) { return 1 - index_of(language); }

struct MeasureInfo {
    Measure measure;
    std::string_view name;
    FigureUnit unit;
};

constexpr MeasureInfo kMeasures[] = {
    {Measure::Wall, "wall", FigureUnit::Seconds},
    {Measure::Cpu, "cpu", FigureUnit::Seconds},
    {Measure::Speedup, "speedup", FigureUnit::Times},
    {Measure::ParallelShare, "parallel_share", FigureUnit::Percent},
    {Measure::GilWaitShare, "gil_wait_share", FigureUnit::Percent},
    {Measure::Handoffs, "handoffs", FigureUnit::Count},
    {Measure::HandoffsPerSecond, "handoffs_per_second", FigureUnit::PerSecond},
    {Measure::Overhead, "overhead", FigureUnit::Milliseconds},
    {Measure::IoWaits, "io_waits", FigureUnit::Count},
    {Measure::IoResumeDelay, "io_resume_delay", FigureUnit::Milliseconds},
    {Measure::IoResumeIntervals, "io_resume_intervals", FigureUnit::Times},
    {Measure::MostWaitingAtOnce, "most_waiting_at_once", FigureUnit::Count},
    {Measure::SwitchInterval, "switch_interval", FigureUnit::Milliseconds},
    {Measure::CounterFinal, "counter_final", FigureUnit::Count},
    {Measure::CounterAdditions, "counter_additions", FigureUnit::Count},
    {Measure::CounterLost, "counter_lost", FigureUnit::Count},
    {Measure::CounterInWorker, "counter_in_worker", FigureUnit::Count},
    {Measure::TaskWorkers, "task_workers", FigureUnit::Count},
    {Measure::TasksDone, "tasks_done", FigureUnit::Count},
    {Measure::Workers, "workers", FigureUnit::Count},
    {Measure::OutputLines, "output_lines", FigureUnit::Count},
    {Measure::PeakMemory, "peak_memory", FigureUnit::Mebibytes},
    {Measure::Cores, "cores", FigureUnit::Count},
};

}  // namespace

std::string_view lesson_language_key(LessonLanguage language) {
    return language == LessonLanguage::Bengali ? "bn" : "en";
}

const std::string& LessonText::in(LessonLanguage language) const {
    const std::string& wanted = raw[index_of(language)];
    return wanted.empty() ? raw[other(language)] : wanted;
}

const std::vector<TextPiece>& LessonText::pieces(LessonLanguage language) const {
    return raw[index_of(language)].empty() ? parsed[other(language)] : parsed[index_of(language)];
}

const std::vector<std::string>& LessonCode::in(LessonLanguage language) const {
    const auto& wanted = lines[index_of(language)];
    return wanted.empty() ? lines[other(language)] : wanted;
}

std::string_view measure_name(Measure m) {
    for (const MeasureInfo& info : kMeasures)
        if (info.measure == m) return info.name;
    return "?";
}

std::optional<Measure> measure_from_name(std::string_view name) {
    for (const MeasureInfo& info : kMeasures)
        if (info.name == name) return info.measure;
    return std::nullopt;
}

std::string measure_names() {
    std::string names;
    for (const MeasureInfo& info : kMeasures) {
        if (!names.empty()) names += ", ";
        names += info.name;
    }
    return names;
}

bool measure_needs_base(Measure m) { return m == Measure::Speedup || m == Measure::ParallelShare; }

FigureUnit measure_unit(Measure m) {
    for (const MeasureInfo& info : kMeasures)
        if (info.measure == m) return info.unit;
    return FigureUnit::Count;
}

int default_digits(FigureUnit unit) {
    switch (unit) {
        case FigureUnit::Seconds: return 2;
        case FigureUnit::Milliseconds: return 1;
        case FigureUnit::Times: return 2;
        case FigureUnit::Percent: return 0;
        case FigureUnit::Count: return 0;
        case FigureUnit::PerSecond: return 0;
        case FigureUnit::Mebibytes: return 1;
    }
    return 0;
}

std::optional<std::size_t> Lesson::run_index(std::string_view run_id) const {
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (runs[i].id == run_id) return i;
    return std::nullopt;
}

std::optional<std::size_t> Lesson::figure_index(std::string_view name) const {
    for (std::size_t i = 0; i < figures.size(); ++i)
        if (figures[i].name == name) return i;
    return std::nullopt;
}

}  // namespace conclab

// `conclab shot`: run one experiment (or read a saved run, --from) without a display and save its
// timeline as a picture — the same drawing the window shows and File → Export writes — or as the
// web page handout (--out *.html), with the comparison table of every run of the file.
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <cstdio>
#include <memory>
#include <vector>

#include "cli/cli_options.h"
#include "cli/lesson_text.h"
#include "cli/run_driver.h"
#include "cli/saved_runs.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "gui/gui_translate.h"
#include "gui_commands.h"
#include "headless_picture.h"
#include "run/run_session.h"
#include "ui/export/caption.h"
#include "ui/comparison/comparison_model.h"
#include "ui/export/picture_export.h"
#include "ui/export/web_page_export.h"
#include "ui/text/display_format.h"
#include "ui/text/experiment_text.h"
#include "ui/text/machine_text.h"
#include "ui/text/message_text.h"
#include "ui/timeline/timeline_summary.h"

namespace conclab::gui {
namespace {

// With --lesson: the experiment of the lesson's main run (the one whose picture stands for it).
// The experiment options would be ignored, so they are refused beside it.
ParseResult<Experiment, QString> lesson_experiment(const QCommandLineParser& parser) {
    using R = ParseResult<Experiment, QString>;
    for (const char* option : {"workload", "tasks", "model", "gil", "no-gil", "workers", "switch-interval", "crash-task"})
        if (parser.isSet(QLatin1String(option)))
            return R::fail(tr("--%1: a lesson sets its own experiment; leave it out with --lesson").arg(QLatin1String(option)));
    const LessonLibrary library = cli::load_lessons_reporting_problems();
    auto lesson = cli::find_lesson(library, parser.value(QStringLiteral("lesson")));
    if (!lesson) return R::fail(lesson.error());
    const Lesson& l = lesson.value();
    return R::ok(l.runs[l.main_run].experiment);
}

// With --from: which run of the file --run names (the last one without it), or why not.
ParseResult<int, QString> chosen_run(const QCommandLineParser& parser, int count) {
    using R = ParseResult<int, QString>;
    if (!parser.isSet(QStringLiteral("run"))) return R::ok(count - 1);
    bool ok = false;
    const int n = parser.value(QStringLiteral("run")).toInt(&ok);
    if (!ok || n < 1 || n > count)
        return R::fail(tr("--run %1: the file holds runs %2 to %3")
                           .arg(QString::fromStdString(conclab::quoted(printable(parser.value(QStringLiteral("run")).toStdString(), 60))),
                                ui::format_count(1), ui::format_count(count)));
    return R::ok(n - 1);
}

bool is_web_page(const QString& out) {
    return out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
           out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

}  // namespace

int shot_command(int argc, char** argv) {
    // main.cpp made the QApplication (after prepare_headless_display()) and set the language.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run one experiment, or take a saved run (--from), and save its timeline as a picture (PNG, SVG or PDF)\n"
           "or as a self-contained web page handout (HTML), without a display.") +
        QLatin1Char('\n') + tr("Example: %1").arg(QStringLiteral("conclab shot --from class.conclab.json --run 2 --out threads.html")));
    cli::add_experiment_options(parser, cli::ExperimentOptionSet::Single);
    parser.addOption({QStringLiteral("out"), tr("File to write: a .png, .svg or .pdf picture, or an .html web page."),
                      QStringLiteral("file")});
    cli::add_from_option(parser, tr("shows the last run of the file, or the one --run names"));
    parser.addOption({QStringLiteral("run"), tr("With --from: which run of the file (%1 is the first).").arg(ui::format_count(1)),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("lesson"),
                      tr("Picture a lesson's main run instead of the experiment options (see conclab lessons)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("size"), tr("Picture size in pixels (default 1600x900)."), QStringLiteral("WxH"),
                      QStringLiteral("1600x900")});
    int exit_code = 0;
    if (!cli::parse_command_line(parser, argc, argv, exit_code)) return exit_code;

    const bool from_file = parser.isSet(QStringLiteral("from"));
    if (from_file) {
        const QStringList allowed{QStringLiteral("from"), QStringLiteral("run"), QStringLiteral("out"),
                                  QStringLiteral("size"), QStringLiteral("language"), QStringLiteral("digits")};
        if (const QString mixed = cli::experiment_options_with_from(parser, allowed); !mixed.isEmpty())
            return cli::fail_usage(mixed);
    } else if (parser.isSet(QStringLiteral("run"))) {
        return cli::fail_usage(tr("--run picks a run of a saved file: give the file with --from"));
    }
    auto experiment = from_file ? ParseResult<Experiment, QString>::ok(Experiment{})
                      : parser.isSet(QStringLiteral("lesson"))
                          ? lesson_experiment(parser)
                          : cli::read_experiment_options(parser, cli::ExperimentOptionSet::Single);
    if (!experiment) return cli::fail_usage(experiment.error());
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) return cli::fail_usage(tr("shot needs --out FILE (a .png, .svg or .pdf picture, or an .html page)"));
    const bool web_page = is_web_page(out);
    // Whether the name can be written at all comes first: a name too long for the file system
    // is refused as such, not as a name with the wrong ending.
    if (const auto problem = check_writable(QFile::encodeName(out).toStdString())) return cli::fail_usage(*problem);
    if (!web_page && !ui::picture_format_for(out))
        return cli::fail_usage(tr("--out %1: the file must end in .png, .svg, .pdf or .html")
                                   .arg(QString::fromStdString(printable(out.toStdString(), 300))));
    auto size = parse_picture_size(parser.value(QStringLiteral("size")));
    if (!size) return cli::fail_usage(size.error());

    // Ctrl+C or SIGTERM stops the run as in `conclab run`: workers end, temp files go, and the
    // picture of what ran so far is still made (its caption says "stopped").
    std::vector<std::shared_ptr<RunResult>> runs;
    int shown_index = 0;
    if (from_file) {
        auto opened = cli::open_saved_runs(parser.value(QStringLiteral("from")));
        if (!opened) return cli::fail_usage(opened.error());
        for (RunResult& r : opened.value()) runs.push_back(std::make_shared<RunResult>(std::move(r)));
        const auto chosen = chosen_run(parser, static_cast<int>(runs.size()));
        if (!chosen) return cli::fail_usage(chosen.error());
        shown_index = chosen.value();
    }
    const cli::InterruptGuard interrupt_guard;
    if (!from_file) runs.push_back(std::make_shared<RunResult>(cli::run_experiment(experiment.value())));
    const RunResult& result = *runs[static_cast<std::size_t>(shown_index)];

    ui::TimelinePaintOptions options;
    options.font_px = ui::font_px_for_picture(size.value());
    const TimelineStore& store = result.store();
    // A saved run was made when it was recorded, not now.
    const QDateTime when = result.started_unix_ns > 0 ? QDateTime::fromMSecsSinceEpoch(result.started_unix_ns / 1'000'000)
                                                      : QDateTime::currentDateTime();
    options.caption = ui::caption_text(result.description(), store.layout().cores, when, result.status);
    options.summary = ui::summary_text(ui::summarize(store));  // the language of --language
    options.warning = ui::run_warnings_text(result.metrics);
    if (const QString death = ui::worker_death_text(result); !death.isEmpty())
        options.death = ui::WorkerDeathMark{result.failure->lane, result.failure->t_ns, death};
    QString error;
    if (web_page) {
        ui::ComparisonModel table;
        for (const auto& run : runs) table.addRun(comparison_row(*run), run);
        ui::WebPage page;
        page.store = &store;
        page.caption = options.caption;
        page.summary = options.summary;
        page.warning = options.warning;
        page.death = options.death;
        page.table = &table;
        page.shown_row = shown_index;
        page.cores = store.layout().cores;
        if (result.machine) page.recorded_on = ui::recorded_on_text(*result.machine);
        error = ui::export_web_page(out, page);
    } else {
        error = ui::export_timeline_picture(out, size.value(), store, store.start_ns(), store.end_ns(), options);
    }
    if (!error.isEmpty()) {
        cli::print_error(error);
        return 1;
    }
    const QString wrote =
        web_page ? tr("wrote %1 (web page): %2, wall time %3")
                       .arg(out, ui::run_title(result.description()), ui::format_duration(result.metrics.wall_ns))
                 : tr("wrote %1 (%2x%3): %4, wall time %5")
                       .arg(out, QString::number(size.value().width()), QString::number(size.value().height()),
                            ui::run_title(result.description()), ui::format_duration(result.metrics.wall_ns));
    std::fputs((wrote + QLatin1Char('\n')).toUtf8().constData(), stdout);
    if (from_file) return 0;  // a recorded failure or stop is what the picture shows, not this command's
    if (result.status == RunStatus::Failed) {
        cli::print_error(tr("the run failed: %1").arg(result.detail ? ui::message_text(*result.detail) : QString()));
        return 1;
    }
    return result.status == RunStatus::Stopped ? 130 : 0;
}

}  // namespace conclab::gui

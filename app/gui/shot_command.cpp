// `conclab shot`: run one experiment without a display and save its timeline as a picture —
// the same drawing the window shows and File → Export writes.
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <unistd.h>

#include "cli/cli_options.h"
#include "cli/lesson_text.h"
#include "cli/run_driver.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "gui/gui_translate.h"
#include "gui_commands.h"
#include "headless_picture.h"
#include "run/run_session.h"
#include "ui/export/caption.h"
#include "ui/export/picture_export.h"
#include "ui/text/display_format.h"
#include "ui/text/experiment_text.h"
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

}  // namespace

void prepare_headless_display() {
    // Without a display, draw offscreen: handouts and the README are made on build machines.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt would pick this same private directory itself, but with a warning on stderr.
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
        if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                 QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

int shot_command(int argc, char** argv) {
    // main.cpp made the QApplication (after prepare_headless_display()) and set the language.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run one experiment and save its timeline as a picture (PNG, SVG or PDF), without a display."));
    cli::add_experiment_options(parser, cli::ExperimentOptionSet::Single);
    parser.addOption({QStringLiteral("out"), tr("Picture to write: a .png, .svg or .pdf file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("lesson"),
                      tr("Picture a lesson's main run instead of the experiment options (see conclab lessons)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("size"), tr("Picture size in pixels (default 1600x900)."), QStringLiteral("WxH"),
                      QStringLiteral("1600x900")});
    int exit_code = 0;
    if (!cli::parse_command_line(parser, argc, argv, exit_code)) return exit_code;

    auto experiment = parser.isSet(QStringLiteral("lesson"))
                          ? lesson_experiment(parser)
                          : cli::read_experiment_options(parser, cli::ExperimentOptionSet::Single);
    if (!experiment) return cli::fail_usage(experiment.error());
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) return cli::fail_usage(tr("shot needs --out FILE (a .png, .svg or .pdf picture)"));
    // Whether the name can be written at all comes first: a name too long for the file system
    // is refused as such, not as a name with the wrong ending.
    if (const auto problem = check_writable(QFile::encodeName(out).toStdString())) return cli::fail_usage(*problem);
    if (!ui::picture_format_for(out))
        return cli::fail_usage(tr("--out %1: the picture must end in .png, .svg or .pdf")
                                   .arg(QString::fromStdString(printable(out.toStdString(), 300))));
    auto size = parse_picture_size(parser.value(QStringLiteral("size")));
    if (!size) return cli::fail_usage(size.error());

    // Ctrl+C or SIGTERM stops the run as in `conclab run`: workers end, temp files go, and the
    // picture of what ran so far is still made (its caption says "stopped").
    const cli::InterruptGuard interrupt_guard;
    const RunResult result = cli::run_experiment(experiment.value());

    ui::TimelinePaintOptions options;
    options.font_px = ui::font_px_for_picture(size.value());
    const TimelineStore& store = result.store();
    options.caption = ui::caption_text(result.description(), store.layout().cores, QDateTime::currentDateTime(),
                                       result.status);
    options.summary = ui::summary_text(ui::summarize(store));  // the language of --language
    options.warning = ui::run_warnings_text(result.metrics);
    if (const QString death = ui::worker_death_text(result); !death.isEmpty())
        options.death = ui::WorkerDeathMark{result.failure->lane, result.failure->t_ns, death};
    const QString error =
        ui::export_timeline_picture(out, size.value(), store, store.start_ns(), store.end_ns(), options);
    if (!error.isEmpty()) {
        cli::print_error(error);
        return 1;
    }
    const QString wrote = tr("wrote %1 (%2x%3): %4, wall time %5")
                              .arg(out, QString::number(size.value().width()), QString::number(size.value().height()),
                                   ui::run_title(result.description()), ui::format_duration(result.metrics.wall_ns));
    std::fputs((wrote + QLatin1Char('\n')).toUtf8().constData(), stdout);
    if (result.status == RunStatus::Failed) {
        cli::print_error(tr("the run failed: %1").arg(result.detail ? ui::message_text(*result.detail) : QString()));
        return 1;
    }
    return result.status == RunStatus::Stopped ? 130 : 0;
}

}  // namespace conclab::gui

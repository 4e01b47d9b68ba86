// `conclab shot`: run one experiment without a display and save its timeline as a picture —
// the same drawing the window shows and File → Export writes.
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>
#include <unistd.h>

#include "cli/cli_options.h"
#include "cli/run_driver.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "gui_commands.h"
#include "run/run_session.h"
#include "ui/window/app_setup.h"
#include "ui/export/caption.h"
#include "ui/text/display_format.h"
#include "ui/export/picture_export.h"
#include "ui/timeline/timeline_summary.h"

namespace conclab::gui {
namespace {

constexpr int kMinSide = 320;
constexpr int kMaxSide = 8000;

ParseResult<QSize> parse_size(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^([0-9]+)[xX×]([0-9]+)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return ParseResult<QSize>::fail("--size " + conclab::quoted(text.toStdString()) + " is not WIDTHxHEIGHT in pixels (e.g. 1600x900)");
    const auto side = [&](int i) {  // too many digits for an int: out of range, like any other too large side
        bool ok = false;
        const int value = m.captured(i).toInt(&ok);
        return ok ? value : kMaxSide + 1;
    };
    const QSize size(side(1), side(2));
    if (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide || size.height() > kMaxSide)
        return ParseResult<QSize>::fail("--size " + conclab::quoted(text.toStdString()) + " is out of range: each side must be " +
                                        std::to_string(kMinSide) + " to " + std::to_string(kMaxSide) + " pixels");
    return ParseResult<QSize>::ok(size);
}

}  // namespace

int shot_command(int argc, char** argv) {
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
    int qt_argc = 1;  // Qt must not see (or eat) the subcommand's options
    QApplication app(qt_argc, argv);
    ui::setup_application(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run one experiment and save its timeline as a picture (PNG, SVG or PDF), without a display."));
    cli::add_experiment_options(parser, cli::ExperimentOptionSet::Single);
    parser.addOption({QStringLiteral("out"), QStringLiteral("Picture to write: a .png, .svg or .pdf file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Picture size in pixels (default 1600x900)."),
                      QStringLiteral("WxH"), QStringLiteral("1600x900")});
    int exit_code = 0;
    if (!cli::parse_command_line(parser, argc, argv, exit_code)) return exit_code;

    auto experiment = cli::read_experiment_options(parser, cli::ExperimentOptionSet::Single);
    if (!experiment) return cli::fail_usage(experiment.error());
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) return cli::fail_usage("shot needs --out FILE (a .png, .svg or .pdf picture)");
    // Whether the name can be written at all comes first: a name too long for the file system
    // is refused as such, not as a name with the wrong ending.
    const std::string writable = check_writable(QFile::encodeName(out).toStdString());
    if (!writable.empty()) return cli::fail_usage(writable);
    if (!ui::picture_format_for(out))
        return cli::fail_usage("--out " + printable(out.toStdString(), 300) + ": the picture must end in .png, .svg or .pdf");
    auto size = parse_size(parser.value(QStringLiteral("size")));
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
    options.summary = ui::summary_text(ui::summarize(store));
    if (const QString death = ui::worker_death_text(result); !death.isEmpty())
        options.death = ui::WorkerDeathMark{result.failure->lane, result.failure->t_ns, death};
    const QString error =
        ui::export_timeline_picture(out, size.value(), store, store.start_ns(), store.end_ns(), options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "conclab: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("wrote %s (%dx%d): %s, wall time %s\n", qPrintable(out), size.value().width(), size.value().height(),
                qPrintable(ui::run_title(result.description())), qPrintable(ui::format_duration(result.metrics.wall_ns)));
    if (result.status == RunStatus::Failed) {
        std::fprintf(stderr, "conclab: the run failed: %s\n", result.detail.c_str());
        return 1;
    }
    return result.status == RunStatus::Stopped ? 130 : 0;
}

}  // namespace conclab::gui

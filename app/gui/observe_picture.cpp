// `conclab observe --shot`: the observed run's timeline as a picture, drawn as the window and
// File → Export draw it, without a display.
#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include "cli/observe_command.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "gui/gui_translate.h"
#include "gui_commands.h"
#include "headless_picture.h"
#include "ui/export/caption.h"
#include "ui/export/picture_export.h"
#include "ui/text/display_format.h"
#include "ui/timeline/timeline_summary.h"
#include "ui/window/app_setup.h"

namespace conclab::gui {
namespace {

QString check_picture(const std::string& path, const std::string& size) {
    if (!ui::picture_format_for(QFile::decodeName(path.c_str())))
        return tr("--shot %1: the picture must end in .png, .svg or .pdf").arg(QString::fromStdString(printable(path, 300)));
    if (auto parsed = parse_picture_size(QString::fromStdString(size)); !parsed) return parsed.error();
    return {};
}

QString write_picture(const std::string& path, const std::string& size, const RunResult& run) {
    const auto parsed = parse_picture_size(QString::fromStdString(size));
    if (!parsed) return parsed.error();
    const TimelineStore& store = run.store();
    ui::TimelinePaintOptions options;
    options.font_px = ui::font_px_for_picture(parsed.value());
    options.caption = ui::caption_text(run.description(), store.layout().cores, QDateTime::currentDateTime(), run.status);
    options.summary = ui::summary_text(ui::summarize(store));
    return ui::export_timeline_picture(QFile::decodeName(path.c_str()), parsed.value(), store, store.start_ns(),
                                       store.end_ns(), options);
}

}  // namespace

int observe_with_picture(int argc, char** argv) {
    // main.cpp made the QApplication (after prepare_headless_display()) and set the language.
    return cli::observe_command(argc, argv, cli::ObservedPictureWriter{check_picture, write_picture});
}

}  // namespace conclab::gui

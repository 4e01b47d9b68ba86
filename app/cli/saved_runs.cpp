#include "cli/saved_runs.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cstdio>

#include "cli/cli_options.h"
#include "cli/cli_translate.h"
#include "cli/result_table.h"
#include "cli/run_driver.h"
#include "runfile/run_file_format.h"
#include "runfile/run_file_reader.h"
#include "runfile/run_file_writer.h"
#include "ui/text/message_text.h"

namespace conclab::cli {

void add_from_option(QCommandLineParser& parser, const QString& what) {
    parser.addOption({QStringLiteral("from"),
                      tr("Read the runs from a saved run file (%1, from the window's File > Save run or "
                         "--save) instead of running anything; %2.")
                          .arg(QString::fromLatin1(kRunFileExtension), what),
                      QStringLiteral("file")});
}

void add_save_option(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("save"),
                      tr("Save the runs as one file the window opens and replays (File > Open run), "
                         "which is also a Chrome trace. Default: none."),
                      QStringLiteral("file")});
}

ParseResult<std::string, QString> read_save_option(const QCommandLineParser& parser) {
    using R = ParseResult<std::string, QString>;
    if (!parser.isSet(QStringLiteral("save"))) return R::ok({});
    const QString path = parser.value(QStringLiteral("save"));
    if (path.isEmpty()) return R::fail(tr("--save: no file name given"));
    const std::string native = QFile::encodeName(path).toStdString();
    if (const auto problem = check_outputs({native})) return R::fail(ui::message_text(*problem));
    return R::ok(native);
}

QString experiment_options_with_from(const QCommandLineParser& parser, const QStringList& allowed) {
    for (const QString& name : parser.optionNames())
        if (!allowed.contains(name))
            return tr("--from reads recorded runs; --%1 would change an experiment that is not run: leave it out")
                .arg(name);
    return {};
}

ParseResult<std::vector<RunResult>, QString> open_saved_runs(const QString& path) {
    using R = ParseResult<std::vector<RunResult>, QString>;
    if (path.isEmpty()) return R::fail(tr("--from: no file name given"));
    auto runs = read_run_file(QFile::encodeName(path).toStdString());
    if (!runs) return R::fail(ui::message_text(runs.error()));
    return R::ok(std::move(runs.value()));
}

int save_runs(const std::string& path, const std::vector<const RunResult*>& runs) {
    if (path.empty()) return 0;
    if (const auto problem = save_run_file(path, runs)) {
        print_error(ui::message_text(*problem));
        return 1;
    }
    const QString label = tr("Saved run");
    const QString padding(std::max(1, 18 - terminal_width(label)), QLatin1Char(' '));
    std::printf("%s%s%s%s\n", label.toUtf8().constData(), padding.toUtf8().constData(), path.c_str(),
                tr(" (open it with conclab, or in Perfetto)").toUtf8().constData());
    return 0;
}

}  // namespace conclab::cli

#pragma once
// Saved runs on the command line: `run --save FILE` and `compare --save FILE` write the runs as
// a saved run file (engine/runfile/run_file_format.h), `compare --from FILE` and `shot --from
// FILE` read one back instead of running anything.
#include <QCommandLineParser>
#include <QString>
#include <string>
#include <vector>

#include "core/parse_result.h"
#include "run/run_result.h"

namespace conclab::cli {

// The --from option: read a saved run file instead of running anything.
void add_from_option(QCommandLineParser& parser, const QString& what);
// The --save option: write the runs as a saved run file.
void add_save_option(QCommandLineParser& parser);
// The --save path ("" when not given), or why it cannot be used: an empty name, or not writable.
ParseResult<std::string, QString> read_save_option(const QCommandLineParser& parser);
// --from cannot be combined with an experiment's options (nothing runs): the first one given.
QString experiment_options_with_from(const QCommandLineParser& parser, const QStringList& allowed);

// Every run of the file, or one sentence naming the file and the problem.
ParseResult<std::vector<RunResult>, QString> open_saved_runs(const QString& path);
// Writes `runs` to `path` (nothing if empty) and says so; 0, or 1 after one line on stderr.
int save_runs(const std::string& path, const std::vector<const RunResult*>& runs);

}  // namespace conclab::cli

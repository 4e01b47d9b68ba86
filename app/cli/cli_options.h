#pragma once
// The experiment options shared by `run`, `compare` and `shot`, on top of QCommandLineParser.
// Values are parsed by the engine's parsers, so the GUI, lessons and the CLI accept the same text.
// Refusals are sentences (QString, through tr()): the engine's messages composed by
// ui/text/message_text.h, behind the option they are about.
#include <QCommandLineParser>
#include <QString>
#include <string>
#include <string_view>

#include "core/message.h"
#include "core/parse_result.h"
#include "experiment/experiment.h"

namespace conclab::cli {

enum class ExperimentOptionSet { Single, Compare };  // Compare: no --model / --gil (it runs them all)

void add_experiment_options(QCommandLineParser& parser, ExperimentOptionSet set);
ParseResult<Experiment, QString> read_experiment_options(const QCommandLineParser& parser, ExperimentOptionSet set);

// The files `run` and `compare` write: empty when not asked for. Refused: an empty name, or both
// options naming the same file.
struct OutputFiles {
    std::string trace;
    std::string csv;
};
ParseResult<OutputFiles, QString> read_output_files(const QCommandLineParser& parser);

// Adds --help, --language and --digits (cli/command_language.h), and parses `arguments` (the program name, then the subcommand's options). Empty if
// they were understood, otherwise the refusal: an unknown option, a missing value, a stray word.
QString parse_arguments(QCommandLineParser& parser, const QStringList& arguments);

// Parses argv[2..] (argv[1] is the subcommand). On --help prints help and returns 0 in `exit_code`;
// on an unknown option prints one line and returns 2. Returns true when the caller should go on.
bool parse_command_line(QCommandLineParser& parser, int argc, char** argv, int& exit_code);

// "conclab: <message>" on stderr as one line (control characters escaped, a huge message cut
// short), returns 2 (bad input).
int fail_usage(const QString& message);
int fail_usage(const Message& message);
// An unknown subcommand: "conclab: unknown command 'x' (expected one of: run, compare, shot; …)", 2.
int fail_unknown_command(std::string_view command, const QStringList& commands);

// "conclab: <message>" on stderr as one line, for failures that are not bad input.
void print_error(const QString& message);

}  // namespace conclab::cli

#pragma once
// The language a subcommand speaks (its --help, tables, summaries and refusals): --language bn|en
// and --digits bengali|latin, else the system's language (LANG). Both are read from the command
// line before anything is printed, because the help of every option is written in that language
// when the option is declared; the subcommand's parser then accepts them like any other option.
// Machine-readable outputs (CSV written by --csv, trace JSON) stay English whatever the language.
#include <QCommandLineParser>
#include <QString>
#include <optional>
#include <string>

#include "core/parse_result.h"
#include "ui/text/language.h"

namespace conclab::cli {

struct LanguageOptions {
    std::optional<ui::Language> language;
    std::optional<ui::Digits> digits;
};

// A value of --language or --digits that is not one of theirs.
struct BadLanguageValue {
    QString option;  // "language"
    std::string value;
};

// Finds --language X, --language=X, --digits X, --digits=X among argv[first..].
ParseResult<LanguageOptions, BadLanguageValue> scan_language_options(int argc, char** argv, int first);

// Switches to the language asked for (else the system's, with its native digits). Returns the
// refusal of a bad value, written in the system's language (then applied), or an empty string.
QString apply_command_line_language(int argc, char** argv, int first);

// --language and --digits, so that a subcommand's parser accepts them and its --help lists them.
void add_language_options(QCommandLineParser& parser);

}  // namespace conclab::cli

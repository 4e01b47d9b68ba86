#pragma once
// The options `conclab` takes when it opens the window (`conclab [options]`), from one table
// (gui_options.cpp), so adding one (a file to open) is a row and a field. Qt Core only: the
// command line is checked before a QApplication (or a display) is made, so a wrong option never
// opens a window and gets the same one line and status 2 in builds without the UI.
#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse_result.h"
#include "ui/text/language.h"

namespace conclab::gui {

// What the options asked for (unset: what the settings remember, else the system's).
struct GuiOptions {
    std::optional<ui::Language> language;
    std::optional<ui::Digits> digits;
    // `conclab FILE`: a saved run to open (what a file manager passes when a run is double-clicked).
    std::string open_file;
};

// Whether `word`, not an option, names a file to open rather than a mistyped subcommand: it has
// a '/' or ends in .json (a saved run is NAME.conclab.json).
bool names_a_file(std::string_view word);

// One accepted option: its spelling, the name of its value (nullptr: it takes none), what it sets
// (returns the refusal of a value it cannot use, else an empty string), and its help line in
// `conclab --help` (translated there, context "conclab::cli").
struct GuiOptionSpec {
    const char* name;        // "--language"
    const char* value_name;  // "bn|en"
    QString (*apply)(GuiOptions& options, const std::string& value);
    const char* help;
};

const std::vector<GuiOptionSpec>& gui_option_table();

// argv[1..]: every word must be an option of the table (with its value where it takes one).
// Fails with one sentence naming the first word that is not, or the value it cannot use.
ParseResult<GuiOptions, QString> parse_gui_options(int argc, char** argv);

}  // namespace conclab::gui

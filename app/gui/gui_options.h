#pragma once
// The options `conclab` takes when it opens the window (`conclab [options]`), from one table
// (gui_options.cpp), so adding one (a file to open, --language bn|en) is a row and a field. Qt Core
// only: the command line is checked before a QApplication (or a display) is made, so a wrong
// option never opens a window and gets the same one line and status 2 in builds without the UI.
#include <QString>
#include <string>
#include <vector>

#include "core/parse_result.h"

namespace conclab::gui {

// What the options asked for. Empty until the first GUI option exists.
struct GuiOptions {};

// One accepted option: its spelling, whether a value follows it, what it sets, and its line in
// `conclab --help`.
struct GuiOptionSpec {
    const char* name;  // "--language"
    bool takes_value;
    void (*apply)(GuiOptions& options, const std::string& value);
    const char* help;
};

const std::vector<GuiOptionSpec>& gui_option_table();

// argv[1..]: every word must be an option of the table (with its value where it takes one).
// Fails with one sentence naming the first word that is not.
ParseResult<GuiOptions, QString> parse_gui_options(int argc, char** argv);

}  // namespace conclab::gui

#pragma once
// What every Qt entry point (the window, the UI tests) sets up first.
#include <optional>

#include "ui/text/language.h"

class QCoreApplication;

namespace conclab::ui {

// Organisation/application names (QSettings).
void setup_application(QCoreApplication& app);

// The window's language at start: what the command line asked for, else what View → Language
// chose last (settings), else the system's (bn_BD, bn_IN → Bengali; anything else → English).
LanguageChoice startup_language(std::optional<Language> asked, std::optional<Digits> asked_digits);

// Switches the program's words, numbers and fonts to `choice` (language.h's apply_language, and
// the interface font that writes the language: ui/timeline/text_font.h).
void switch_language(LanguageChoice choice);

}  // namespace conclab::ui

#pragma once
// The language the window was last switched to (View → Language, View → Digits), remembered in
// QSettings as "bn"/"en" and "bengali"/"latin". Qt Core only, beside the experiment's settings.
#include <QSettings>
#include <QStringList>
#include <optional>

#include "ui/text/language.h"

namespace conclab::ui {

struct LoadedLanguage {
    std::optional<Language> language;  // never chosen (or unusable): the system's applies
    Digits digits = Digits::Native;
    QStringList problems;  // a saved value that was not used, as settings_problem() says it
};

LoadedLanguage load_language_choice(const QSettings& settings);
void save_language_choice(QSettings& settings, LanguageChoice choice);

}  // namespace conclab::ui

#pragma once
// The language conclab speaks, switchable while it runs: one place that installs the translation
// catalogues and sets the locale numbers, times and dates follow. Qt Core only, so the window,
// `conclab shot` and the command line's subcommands switch the same way.
//
// apply_language() installs conclab's catalogue (:/conclab/i18n/conclab_bn.qm) and Qt's own
// (qtbase_bn, where Qt ships one), removes the previous language's, and makes the language's locale
// the default. Qt then sends QEvent::LanguageChange to the application, which passes it on to every
// widget: each widget writes its texts again in retranslate(), each model emits
// headerDataChanged/dataChanged (see the brief's rule). GUI thread only.
#include <QLocale>
#include <QString>
#include <optional>

namespace conclab::ui {

enum class Language { English, Bengali };
// How numbers are written in Bengali: with Bengali digits (০১২৩…), or with Latin ones (0123…), as
// code, sizes and command lines are often written in class. English always uses Latin digits.
enum class Digits { Native, Latin };

struct LanguageChoice {
    Language language = Language::English;
    Digits digits = Digits::Native;
    friend bool operator==(const LanguageChoice&, const LanguageChoice&) = default;
};

inline constexpr Language kAllLanguages[] = {Language::Bengali, Language::English};

// "bn", "en": what --language takes and the settings file keeps.
QString language_code(Language language);
std::optional<Language> language_from_code(const QString& code);
// "bengali", "latin": what --digits takes and the settings file keeps.
QString digits_code(Digits digits);
std::optional<Digits> digits_from_code(const QString& code);
// The language's own name, never translated, so a reader finds theirs: "বাংলা", "English".
QString language_native_name(Language language);

// Bengali for a Bengali locale (bn_BD, bn_IN), English for any other.
Language language_for_locale(const QLocale& locale);
// The system's language (LANG, LC_ALL, LC_MESSAGES, LANGUAGE as Qt reads them).
Language system_language();

// The locale numbers, times and dates follow: bn_BD, or en_IN for Bengali with Latin digits (the
// same conventions, Latin digits), en_US for English. Group separators are left out, so that a
// count reads as it is typed ("10000").
QLocale locale_for(LanguageChoice choice);

// Switches to `choice` (see above). Needs a QCoreApplication. Returns false if conclab's catalogue
// for the language is not built in (the language is then English text with that locale).
bool apply_language(LanguageChoice choice);
// What apply_language() set last (English with Latin digits before it is ever called).
LanguageChoice current_language();

}  // namespace conclab::ui

#include "ui/experiment/language_settings.h"

#include <QCoreApplication>

#include "ui/experiment/experiment_settings.h"
#include "ui/text/translate.h"

namespace conclab::ui {
namespace {

constexpr auto kLanguage = "interface/language";
constexpr auto kDigits = "interface/digits";

}  // namespace

LoadedLanguage load_language_choice(const QSettings& settings) {
    LoadedLanguage loaded;
    const QString language_key = QString::fromLatin1(kLanguage);
    if (settings.contains(language_key)) {
        loaded.language = language_from_code(settings.value(language_key).toString());
        if (!loaded.language)
            loaded.problems << settings_problem(settings, language_key, tr("expected bn or en"),
                                                tr("the system's language"));
    }
    const QString digits_key = QString::fromLatin1(kDigits);
    if (settings.contains(digits_key)) {
        const auto digits = digits_from_code(settings.value(digits_key).toString());
        if (digits) loaded.digits = *digits;
        else
            loaded.problems << settings_problem(settings, digits_key, tr("expected bengali or latin"),
                                                digits_code(Digits::Native));
    }
    return loaded;
}

void save_language_choice(QSettings& settings, LanguageChoice choice) {
    settings.setValue(QString::fromLatin1(kLanguage), language_code(choice.language));
    settings.setValue(QString::fromLatin1(kDigits), digits_code(choice.digits));
}

}  // namespace conclab::ui

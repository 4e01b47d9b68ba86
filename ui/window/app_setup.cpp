#include "ui/window/app_setup.h"

#include <QCoreApplication>
#include <QSettings>

#include "ui/experiment/language_settings.h"
#include "ui/timeline/text_font.h"

namespace conclab::ui {

void setup_application(QCoreApplication&) {
    QCoreApplication::setOrganizationName(QStringLiteral("conclab"));
    QCoreApplication::setApplicationName(QStringLiteral("conclab"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

LanguageChoice startup_language(std::optional<Language> asked, std::optional<Digits> asked_digits) {
    const LoadedLanguage saved = load_language_choice(QSettings());  // a bad value: reported by the window
    return {asked.value_or(saved.language.value_or(system_language())), asked_digits.value_or(saved.digits)};
}

void switch_language(LanguageChoice choice) {
    apply_language(choice);
    use_interface_font(choice.language);
}

}  // namespace conclab::ui

#include "ui/text/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace conclab::ui {
namespace {

struct Installed {
    QPointer<QTranslator> own;  // conclab's catalogue
    QPointer<QTranslator> qt;   // Qt's own strings (qtbase), where Qt has them for the language
    LanguageChoice choice;
};

Installed& installed() {
    static Installed state;
    return state;
}

QLocale bengali_locale() { return QLocale(QLocale::Bengali, QLocale::Bangladesh); }

// Removes and deletes a translator installed earlier (already gone with an earlier application:
// the QPointer is null then).
bool uninstall(QPointer<QTranslator>& translator) {
    if (!translator) return false;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
    return true;
}

QTranslator* load(const QString& path) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(path) && !translator->isEmpty()) return translator;
    delete translator;
    return nullptr;
}

}  // namespace

QString language_code(Language language) {
    return language == Language::Bengali ? QStringLiteral("bn") : QStringLiteral("en");
}

std::optional<Language> language_from_code(const QString& code) {
    for (const Language l : kAllLanguages)
        if (code.trimmed().compare(language_code(l), Qt::CaseInsensitive) == 0) return l;
    return std::nullopt;
}

QString digits_code(Digits digits) {
    return digits == Digits::Latin ? QStringLiteral("latin") : QStringLiteral("bengali");
}

std::optional<Digits> digits_from_code(const QString& code) {
    for (const Digits d : {Digits::Native, Digits::Latin})
        if (code.trimmed().compare(digits_code(d), Qt::CaseInsensitive) == 0) return d;
    return std::nullopt;
}

QString language_native_name(Language language) {
    return language == Language::Bengali ? QStringLiteral("বাংলা") : QStringLiteral("English");
}

Language language_for_locale(const QLocale& locale) {
    return locale.language() == QLocale::Bengali ? Language::Bengali : Language::English;
}

Language system_language() { return language_for_locale(QLocale::system()); }

QLocale locale_for(LanguageChoice choice) {
    QLocale locale = choice.language == Language::English        ? QLocale(QLocale::English, QLocale::UnitedStates)
                     : choice.digits == Digits::Latin ? QLocale(QLocale::English, QLocale::India)
                                                      : bengali_locale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

bool apply_language(LanguageChoice choice) {
    Installed& state = installed();
    if (!QCoreApplication::instance()) return false;
    // The locale first: every LanguageChange below already finds the new digits.
    QLocale::setDefault(locale_for(choice));
    state.choice = choice;
    const bool removed_own = uninstall(state.own);
    const bool removed_qt = uninstall(state.qt);
    bool added = false;
    // conclab's catalogue: all of Bengali; for English only the plural forms ("1 task", "4 tasks").
    QTranslator* own = load(QStringLiteral(":/conclab/i18n/conclab_%1.qm").arg(language_code(choice.language)));
    if (own) {
        state.own = own;
        QCoreApplication::installTranslator(own);
        added = true;
    }
    if (choice.language == Language::Bengali) {
        const QString qt_dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (QTranslator* qt = load(qt_dir + QStringLiteral("/qtbase_bn.qm"))) {
            state.qt = qt;
            QCoreApplication::installTranslator(qt);
            added = true;
        }
    }
    // Only the digits changed (no catalogue came or went): Qt sent nothing, so say it here, and
    // every widget writes its numbers again.
    if (!added && !removed_own && !removed_qt) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    return own != nullptr;
}

LanguageChoice current_language() { return installed().choice; }

}  // namespace conclab::ui

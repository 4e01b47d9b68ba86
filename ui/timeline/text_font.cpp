#include "ui/timeline/text_font.h"

#include <QApplication>
#include <QFontDatabase>

namespace conclab::ui {
namespace {

// The system's font as it names itself: often a fontconfig alias ("Sans Serif"), not a family.
QString system_family() { return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family(); }

}  // namespace

QStringList bengali_font_families() {
    // Lohit Bengali is what scripts/dev.sh installs; the Noto families are common elsewhere.
    return {QStringLiteral("Lohit Bengali"), QStringLiteral("Noto Sans Bengali"), QStringLiteral("Noto Serif Bengali"),
            QStringLiteral("FreeSans")};
}

QStringList font_families(Language language) {
    // English: the system's font alone, as Qt uses it by default. Listed before the Bengali
    // families, an alias was skipped as "no such family" and Lohit Bengali became the English
    // font, drawing digits and brackets unlike the letters beside them; and a real Latin family
    // listed first is asked for Bengali too, which Qt answers with a warning for each size. Alone,
    // fontconfig resolves it per script: Latin letters and digits from the Latin font, Bengali
    // words (the language menu's "বাংলা") from an installed Bengali font.
    if (language == Language::English) return {system_family()};
    QStringList families = bengali_font_families();
    families.append(system_family());
    return families;
}

QFont text_font(int pixel_size, bool bold) {
    QFont font;
    font.setFamilies(font_families(current_language().language));
    font.setPixelSize(std::max(pixel_size, 6));
    font.setBold(bold);
    return font;
}

void use_interface_font(Language language) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setFamilies(font_families(language));
    QApplication::setFont(font);
}

}  // namespace conclab::ui

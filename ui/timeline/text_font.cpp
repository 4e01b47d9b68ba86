#include "ui/timeline/text_font.h"

#include <QApplication>
#include <QFontDatabase>

namespace conclab::ui {
namespace {

QString latin_family() { return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family(); }

}  // namespace

QStringList bengali_font_families() {
    // Lohit Bengali is what scripts/dev.sh installs; the Noto families are common elsewhere.
    return {QStringLiteral("Lohit Bengali"), QStringLiteral("Noto Sans Bengali"), QStringLiteral("Noto Serif Bengali"),
            QStringLiteral("FreeSans")};
}

QStringList font_families(Language language) {
    QStringList families = bengali_font_families();
    if (language == Language::Bengali) families.append(latin_family());
    else families.prepend(latin_family());
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

#pragma once
// The Bengali font a web page handout carries inside it, so that a student's browser shows Bengali
// text with proper conjuncts even where no Bengali font is installed. Only the glyphs the page's
// text can use are kept (HarfBuzz's subsetter: the characters, every glyph the font's shaping
// rules can reach from them — conjuncts, vowel signs, reph — and the shaping tables themselves),
// so a page costs tens of kilobytes of font, not the whole 131 KB Lohit Bengali.
#include <QByteArray>
#include <QString>
#include <optional>

namespace conclab::ui {

struct EmbeddedFont {
    QString family;         // the CSS family name the page uses ("Conclab Bengali")
    QByteArray data;        // TrueType bytes
    QString unicode_range;  // CSS unicode-range: the characters it is used for
    QString source;         // the font file it was made from
    bool subset = false;    // false: the whole font (the subsetter refused it)
};

bool has_bengali(const QString& text);
// The installed font's file (fontconfig: a font for language "bn" that has Bengali letters), or
// empty if none is installed.
QString bengali_font_file();
// For a page showing `text`: nothing if it has no Bengali or no Bengali font is installed.
std::optional<EmbeddedFont> bengali_font_for(const QString& text);

}  // namespace conclab::ui

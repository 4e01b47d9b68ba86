#pragma once
// Fonts that write both Bengali and Latin text, on screen, in exported pictures and in
// `conclab shot` (which may run on the offscreen platform, where only fontconfig finds fonts).
//
// A font is a list of families: for Bengali the Bengali families come first, so that line heights
// leave room for vowel signs and conjuncts, and an SVG names a Bengali family installed by the
// set-up (fonts-lohit-beng-bengali); Latin letters fall through to the Latin family. For English
// the Latin family comes first and the Bengali ones stand behind it.
#include <QFont>
#include <QStringList>

#include "ui/text/language.h"

namespace conclab::ui {

// Bengali families that shape conjuncts (OpenType "beng"/"bng2"), in order of preference.
QStringList bengali_font_families();
QStringList font_families(Language language);
// A font for painting text in the current language, `pixel_size` pixels high.
QFont text_font(int pixel_size, bool bold = false);
// The application's font for `language` (the system's size and style, the families above): every
// widget lays out again with it.
void use_interface_font(Language language);

}  // namespace conclab::ui

#pragma once
// Qt's own words that conclab's windows and command line show (the buttons of message boxes, the
// file dialog of File → Export, QCommandLineParser's help): Qt ships no Bengali catalogue of its
// own, so conclab's catalogue carries their Bengali under Qt's contexts ("QPlatformTheme",
// "QFileDialog", …), and Qt finds them there through the installed translator.
#include <span>

namespace conclab::ui {

struct QtString {
    const char* context;
    const char* source;
};

// Every Qt string conclab translates (for the test that each has its Bengali).
std::span<const QtString> translated_qt_strings();

}  // namespace conclab::ui

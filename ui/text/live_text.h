#pragma once
// A text a widget keeps showing across a language switch (a status line, a timeline's summary):
// not the words, but how to write them. The widget calls it whenever it shows the text, and again
// in retranslate(), so the words are always in the language of the moment.
//
//   status_.setText([result] { return tr("Finished in %1").arg(format_duration(result->metrics.wall_ns)); });
//
// Capture values (figures, messages, results), never a translated string.
#include <QString>
#include <functional>

namespace conclab::ui {

using LiveText = std::function<QString()>;

}  // namespace conclab::ui

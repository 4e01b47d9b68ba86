#pragma once
// What the commands that save pictures without a window share (`conclab shot`, `conclab observe
// --shot`): drawing without a display, and the --size option.
#include <QSize>
#include <QString>

#include "core/parse_result.h"

namespace conclab::gui {

// "1600x900" → the picture size; refused (a sentence, through tr()) with the bounds when out of range.
ParseResult<QSize, QString> parse_picture_size(const QString& text);

// Before the QApplication of a subcommand that draws: the offscreen platform when there is no
// display, and a private runtime directory when there is none (so Qt does not warn).
void prepare_headless_display();

}  // namespace conclab::gui

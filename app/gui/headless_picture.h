#pragma once
// What the commands that save pictures without a window share (`conclab shot`, `conclab observe
// --shot`): the --size option (main.cpp's prepare_headless_display() draws offscreen without a display).
#include <QSize>
#include <QString>

#include "core/parse_result.h"

namespace conclab::gui {

// "1600x900" → the picture size; refused (a sentence, through tr()) with the bounds when out of range.
ParseResult<QSize, QString> parse_picture_size(const QString& text);

}  // namespace conclab::gui

#pragma once
// What the commands that save pictures without a window share (`conclab shot`, `conclab observe
// --shot`): drawing offscreen when there is no display, and the --size option.
#include <QSize>
#include <QString>

#include "core/parse_result.h"

namespace conclab::gui {

// Without a display, Qt is told to draw offscreen (handouts and the README are made on build
// machines); a private runtime folder is made if none is set. Call before the QApplication.
void prepare_headless_qt();

// "1600x900" → the picture size; refused (a sentence, through tr()) with the bounds when out of range.
ParseResult<QSize, QString> parse_picture_size(const QString& text);

}  // namespace conclab::gui

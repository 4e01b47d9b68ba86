#pragma once
// The property every refusal a user reads must have, for the fuzz targets that compose messages
// (they link conclab_ui_text, Qt Core); the plain readers only need fuzz_check.h.
#include <QString>

#include "core/message.h"
#include "fuzz_check.h"
#include "ui/text/message_text.h"

namespace conclab::fuzz {

// A refusal is one sentence on one line: something to print after "conclab: ".
inline bool is_one_line_message(const QString& message) {
    return !message.isEmpty() && !message.contains(QLatin1Char('\n')) && !message.contains(QLatin1Char('\r'));
}

// An engine refusal has the arguments its code declares, and its sentence, composed as the
// window and the command line compose it, is one line that shows every argument (no %n left).
inline bool is_one_line_message(const conclab::Message& message) {
    if (!conclab::has_declared_args(message)) return false;
    const QString text = conclab::ui::message_text(message);
    for (const conclab::MessageArg& arg : message.args)
        if (!text.contains(conclab::ui::message_arg_text(arg))) return false;
    return is_one_line_message(text);
}

}  // namespace conclab::fuzz

#pragma once
// The sentences of the engine's messages: each code's English source goes through Qt's
// translation (context "conclab::ui::Message"), its arguments are written in the reader's locale
// (numbers in their digits, durations in seconds, system errors as the system describes them).
// The window, the command line and the exports all show messages through this.
#include <QString>

#include "core/message.h"

namespace conclab::ui {

// "duration '-5ms' is negative", or its translation.
QString message_text(const Message& message);
// One argument as message_text writes it into the sentence.
QString message_arg_text(const MessageArg& arg);
// A system error (errno) as the system describes it, or its translation where the catalogue has one.
QString errno_text(int error);
// The English source of a code's sentence, with %1, %2 … for its arguments (for tools and tests).
const char* message_source(MessageCode code);

}  // namespace conclab::ui

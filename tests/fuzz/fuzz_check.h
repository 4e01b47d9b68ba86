#pragma once
// What every fuzz target asserts besides "no crash, no sanitizer report": a property that fails
// aborts with the input's story on stderr, so libFuzzer saves the input as a crash.
#include <QString>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/message.h"
#include "ui/text/message_text.h"

#define FUZZ_CHECK(condition)                                                                  \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)

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

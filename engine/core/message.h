#pragma once
// What the engine tells a user, without words: a code and its arguments. The UI composes the
// sentence in the reader's language (ui/text/message_text.h); the engine never writes English
// for people, so a Bengali reader gets a Bengali sentence from the same value.
//
//   return ParseResult<std::int64_t>::fail(Message{MessageCode::DurationNegative, {quoted_arg(text)}});
//
// Arguments are typed rather than pre-formatted text, so that the UI can write numbers in the
// reader's digits: a count travels as a number (I), a time as nanoseconds (D), a system error as
// its errno (E). What is already text stays text (T): a value as the user typed it, quoted; a
// path; a worker's name; and a bound that has a unit, spelled the way the parsers read it back
// ("600s", "1GiB"), because that is what the user has to type. A reason can be a message of its
// own (M), so "--workload: <why>" and "could not start: <why>" keep the why translatable.
#include <cstdint>
#include <exception>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/message_codes.h"

namespace conclab {

enum class MessageCode : std::uint16_t {
#define CONCLAB_MESSAGE_ENUMERATOR(code, kinds) code,
    CONCLAB_MESSAGE_CODES(CONCLAB_MESSAGE_ENUMERATOR)
#undef CONCLAB_MESSAGE_ENUMERATOR
};

// Every code, in declaration order (for tests and tools that must cover them all).
inline constexpr MessageCode kAllMessageCodes[] = {
#define CONCLAB_MESSAGE_LIST_ENTRY(code, kinds) MessageCode::code,
    CONCLAB_MESSAGE_CODES(CONCLAB_MESSAGE_LIST_ENTRY)
#undef CONCLAB_MESSAGE_LIST_ENTRY
};

enum class ArgKind : std::uint8_t { Text, Integer, Duration, Errno, Message };

struct Message;

struct MessageArg {
    ArgKind kind = ArgKind::Text;
    std::string text;                        // Text
    std::int64_t number = 0;                 // Integer; Duration (ns); Errno
    std::shared_ptr<const Message> message;  // Message (never null for that kind)
};

struct Message {
    MessageCode code{};
    std::vector<MessageArg> args;
};

bool operator==(const MessageArg& a, const MessageArg& b);
bool operator==(const Message& a, const Message& b);

MessageArg text_arg(std::string text);
MessageArg quoted_arg(std::string_view user_text);  // quoted() from core/text.h: one line, cut short if huge
MessageArg integer_arg(std::int64_t value);
MessageArg duration_arg(std::int64_t ns);
MessageArg errno_arg(int error);
MessageArg message_arg(Message reason);

// "DurationNegative", and the kinds its arguments must have ("T"): see message_codes.h.
std::string_view message_code_name(MessageCode code);
std::string_view message_arg_kinds(MessageCode code);
// Whether the arguments (and those of nested messages) are what the code declares.
bool has_declared_args(const Message& m);
// For logs, test failures and what() only, never for users: DurationNegative('-5ms').
std::string debug_text(const Message& m);
std::ostream& operator<<(std::ostream& out, const Message& m);

// An exception that carries a message: thrown where the engine cannot go on (a run that cannot
// start), caught by the UI or the CLI, which show message().
class MessageError : public std::exception {
public:
    explicit MessageError(Message message);
    const Message& message() const { return message_; }
    const char* what() const noexcept override { return what_.c_str(); }

private:
    Message message_;
    std::string what_;
};

}  // namespace conclab

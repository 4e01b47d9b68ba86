#include "core/message.h"

#include <ostream>

#include "core/text.h"

namespace conclab {

bool operator==(const MessageArg& a, const MessageArg& b) {
    if (a.kind != b.kind || a.text != b.text || a.number != b.number) return false;
    if (!a.message || !b.message) return a.message == b.message;
    return *a.message == *b.message;
}

bool operator==(const Message& a, const Message& b) { return a.code == b.code && a.args == b.args; }

MessageArg text_arg(std::string text) { return MessageArg{ArgKind::Text, std::move(text), 0, nullptr}; }

MessageArg quoted_arg(std::string_view user_text) { return text_arg(quoted(user_text)); }

MessageArg integer_arg(std::int64_t value) { return MessageArg{ArgKind::Integer, {}, value, nullptr}; }

MessageArg duration_arg(std::int64_t ns) { return MessageArg{ArgKind::Duration, {}, ns, nullptr}; }

MessageArg errno_arg(int error) { return MessageArg{ArgKind::Errno, {}, error, nullptr}; }

MessageArg message_arg(Message reason) {
    return MessageArg{ArgKind::Message, {}, 0, std::make_shared<const Message>(std::move(reason))};
}

std::string_view message_code_name(MessageCode code) {
    switch (code) {
#define CONCLAB_MESSAGE_NAME_CASE(name, kinds) \
    case MessageCode::name: return #name;
        CONCLAB_MESSAGE_CODES(CONCLAB_MESSAGE_NAME_CASE)
#undef CONCLAB_MESSAGE_NAME_CASE
    }
    return "?";
}

std::string_view message_arg_kinds(MessageCode code) {
    switch (code) {
#define CONCLAB_MESSAGE_KINDS_CASE(name, kinds) \
    case MessageCode::name: return kinds;
        CONCLAB_MESSAGE_CODES(CONCLAB_MESSAGE_KINDS_CASE)
#undef CONCLAB_MESSAGE_KINDS_CASE
    }
    return {};
}

namespace {

char kind_letter(ArgKind kind) {
    switch (kind) {
        case ArgKind::Text: return 'T';
        case ArgKind::Integer: return 'I';
        case ArgKind::Duration: return 'D';
        case ArgKind::Errno: return 'E';
        case ArgKind::Message: return 'M';
    }
    return '?';
}

}  // namespace

bool has_declared_args(const Message& m) {
    const std::string_view kinds = message_arg_kinds(m.code);
    if (kinds.size() != m.args.size()) return false;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const MessageArg& a = m.args[i];
        if (kind_letter(a.kind) != kinds[i]) return false;
        if (a.kind == ArgKind::Message && (!a.message || !has_declared_args(*a.message))) return false;
    }
    return true;
}

std::string debug_text(const Message& m) {
    std::string out(message_code_name(m.code));
    out += '(';
    for (std::size_t i = 0; i < m.args.size(); ++i) {
        const MessageArg& a = m.args[i];
        if (i > 0) out += ", ";
        switch (a.kind) {
            case ArgKind::Text: out += a.text; break;
            case ArgKind::Integer: out += std::to_string(a.number); break;
            case ArgKind::Duration: out += std::to_string(a.number) + "ns"; break;
            case ArgKind::Errno: out += "errno " + std::to_string(a.number); break;
            case ArgKind::Message: out += a.message ? debug_text(*a.message) : "null"; break;
        }
    }
    return out + ')';
}

std::ostream& operator<<(std::ostream& out, const Message& m) { return out << debug_text(m); }

MessageError::MessageError(Message message) : message_(std::move(message)), what_(debug_text(message_)) {}

}  // namespace conclab

#pragma once
// The outcome of parsing user input: a value, or why it was refused. In the engine the reason is
// a Message (a code with arguments, composed into a sentence by the UI); layers that write their
// own sentences (the command line, with Qt's tr()) may carry another reason type.
#include <optional>
#include <utility>

#include "core/message.h"

namespace conclab {

template <class T, class Error = Message>
class ParseResult {
public:
    static ParseResult ok(T value) { return ParseResult(std::move(value), {}); }
    static ParseResult fail(Error error) { return ParseResult(std::nullopt, std::move(error)); }

    explicit operator bool() const { return value_.has_value(); }
    const T& value() const { return *value_; }
    T& value() { return *value_; }
    const Error& error() const { return error_; }

private:
    ParseResult(std::optional<T> v, Error e) : value_(std::move(v)), error_(std::move(e)) {}
    std::optional<T> value_;
    Error error_;
};

}  // namespace conclab

#pragma once
// The outcome of parsing user input: a value, or one sentence saying what was wrong and why.
#include <optional>
#include <string>
#include <utility>

namespace conclab {

template <class T>
class ParseResult {
public:
    static ParseResult ok(T value) { return ParseResult(std::move(value), {}); }
    static ParseResult fail(std::string error) { return ParseResult(std::nullopt, std::move(error)); }

    explicit operator bool() const { return value_.has_value(); }
    const T& value() const { return *value_; }
    T& value() { return *value_; }
    const std::string& error() const { return error_; }

private:
    ParseResult(std::optional<T> v, std::string e) : value_(std::move(v)), error_(std::move(e)) {}
    std::optional<T> value_;
    std::string error_;
};

}  // namespace conclab

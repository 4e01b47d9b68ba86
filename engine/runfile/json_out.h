#pragma once
// Writing JSON to a stream without a document in memory: a saved run of millions of segments is
// written as it is read from the timeline. Commas are placed by the writer, not by its callers.
#include <charconv>
#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

#include "export/json_text.h"

namespace conclab {

class JsonOut {
public:
    explicit JsonOut(std::ostream& out) : out_(out) {}

    JsonOut& begin_object() { return open('{'); }
    JsonOut& end_object() { return close('}'); }
    JsonOut& begin_array() { return open('['); }
    JsonOut& end_array() { return close(']'); }
    // The next value belongs to `name` (inside an object).
    JsonOut& key(std::string_view name) {
        separate();
        out_ << json_string(name) << ':';
        after_key_ = true;
        return *this;
    }
    JsonOut& value(std::int64_t n) {
        separate();
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        out_.write(buf, r.ptr - buf);
        return *this;
    }
    JsonOut& value(int n) { return value(static_cast<std::int64_t>(n)); }
    JsonOut& value(bool b) {
        separate();
        out_ << (b ? "true" : "false");
        return *this;
    }
    JsonOut& value(std::string_view text) {
        separate();
        out_ << json_string(text);
        return *this;
    }
    JsonOut& value(const char* text) { return value(std::string_view(text)); }
    JsonOut& null() {
        separate();
        out_ << "null";
        return *this;
    }
    // A line break between items: long arrays stay readable (one run, one row per line).
    JsonOut& newline() {
        out_ << '\n';
        return *this;
    }
    std::ostream& stream() { return out_; }

private:
    JsonOut& open(char c) {
        separate();
        out_ << c;
        first_.push_back(true);
        return *this;
    }
    JsonOut& close(char c) {
        out_ << c;
        first_.pop_back();
        return *this;
    }
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!first_.empty()) {
            if (!first_.back()) out_ << ',';
            first_.back() = false;
        }
    }

    std::ostream& out_;
    std::vector<bool> first_;  // per open object/array: nothing written in it yet
    bool after_key_ = false;
};

}  // namespace conclab

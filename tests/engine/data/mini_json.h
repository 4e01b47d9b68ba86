#pragma once
// A small, strict recursive-descent JSON parser for tests (RFC 8259: no trailing commas, no
// comments, no NaN, strings must be valid escapes and UTF-8 passes through). Enough to check that
// exported files parse and to look at their fields, without a JSON library dependency.
#include <cctype>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conclab::test {

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::map<std::string, JsonValue> object;

    bool has(const std::string& key) const { return type == Type::Object && object.count(key) > 0; }
    const JsonValue& operator[](const std::string& key) const { return object.at(key); }
};

class JsonParser {
public:
    explicit JsonParser(std::string_view text) : text_(text) {}

    // The document, or nullopt with error() saying where it went wrong.
    std::optional<JsonValue> parse() {
        JsonValue v;
        skip_space();
        if (!value(v)) return std::nullopt;
        skip_space();
        if (pos_ != text_.size()) return fail("trailing characters");
        return v;
    }
    const std::string& error() const { return error_; }

private:
    std::nullopt_t fail(const std::string& what) {
        if (error_.empty()) error_ = what + " at offset " + std::to_string(pos_);
        return std::nullopt;
    }
    bool failed(const std::string& what) {
        fail(what);
        return false;
    }
    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
            ++pos_;
    }
    bool literal(std::string_view word) {
        if (text_.substr(pos_, word.size()) != word) return false;
        pos_ += word.size();
        return true;
    }
    bool value(JsonValue& v) {
        if (pos_ >= text_.size()) return failed("unexpected end");
        const char c = text_[pos_];
        if (c == '{') return object(v);
        if (c == '[') return array(v);
        if (c == '"') {
            v.type = JsonValue::Type::String;
            return string(v.string);
        }
        if (literal("true")) {
            v.type = JsonValue::Type::Bool;
            v.boolean = true;
            return true;
        }
        if (literal("false")) {
            v.type = JsonValue::Type::Bool;
            return true;
        }
        if (literal("null")) return true;
        return number(v);
    }
    bool object(JsonValue& v) {
        v.type = JsonValue::Type::Object;
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
        while (true) {
            skip_space();
            std::string key;
            if (pos_ >= text_.size() || text_[pos_] != '"' || !string(key)) return failed("expected a key");
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != ':') return failed("expected ':'");
            ++pos_;
            skip_space();
            JsonValue member;
            if (!value(member)) return false;
            if (v.object.count(key) > 0) return failed("duplicate key " + key);
            v.object.emplace(key, std::move(member));
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
            return failed("expected ',' or '}'");
        }
    }
    bool array(JsonValue& v) {
        v.type = JsonValue::Type::Array;
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
        while (true) {
            skip_space();
            JsonValue item;
            if (!value(item)) return false;
            v.array.push_back(std::move(item));
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
            return failed("expected ',' or ']'");
        }
    }
    bool string(std::string& out) {
        ++pos_;  // opening quote
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return failed("raw control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size()) break;
            const char e = text_[pos_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    if (pos_ + 4 > text_.size()) return failed("short \\u escape");
                    const std::string hex(text_.substr(pos_, 4));
                    if (hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return failed("bad \\u escape");
                    append_utf8(out, static_cast<unsigned>(std::strtoul(hex.c_str(), nullptr, 16)));
                    pos_ += 4;
                    break;
                }
                default: return failed("bad escape");
            }
        }
        return failed("unterminated string");
    }
    static void append_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    bool number(JsonValue& v) {
        const std::size_t begin = pos_;
        if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
        const std::size_t int_begin = pos_;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
        if (pos_ == int_begin) return failed("expected a value");
        if (text_[int_begin] == '0' && pos_ - int_begin > 1) return failed("leading zero");
        if (pos_ < text_.size() && text_[pos_] == '.') {
            const std::size_t frac = ++pos_;
            while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
            if (pos_ == frac) return failed("digits expected after '.'");
        }
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
            const std::size_t exp = pos_;
            while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
            if (pos_ == exp) return failed("digits expected in exponent");
        }
        v.type = JsonValue::Type::Number;
        v.number = std::strtod(std::string(text_.substr(begin, pos_ - begin)).c_str(), nullptr);
        return true;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::string error_;
};

}  // namespace conclab::test

// The strict JSON reader (json_reader.h). A recursive descent whose depth is bounded by
// JsonLimits::max_depth, checked before each descent, so no input can exhaust the stack.
#include "lessons/json_reader.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_set>

#include "core/text.h"

namespace conclab {

namespace {

using JsonResult = ParseResult<JsonValue, JsonError>;

class Reader {
public:
    Reader(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

    JsonResult document() {
        if (text_.size() > limits_.max_bytes)
            return fail_at(1, 1, Message{MessageCode::JsonFileTooLarge,
                                         {integer_arg(static_cast<std::int64_t>(text_.size())),
                                          integer_arg(static_cast<std::int64_t>(limits_.max_bytes))}});
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a byte-order mark some editors write
        JsonValue root;
        skip_space();
        if (!value(root, 0)) return JsonResult::fail(std::move(error_));
        skip_space();
        if (pos_ < text_.size()) return fail(Message{MessageCode::JsonTrailingContent, {}});
        return JsonResult::ok(std::move(root));
    }

private:
    // ── positions and errors ──
    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return text_[pos_]; }

    // Advances over one byte, keeping line and column (columns count UTF-8 characters).
    void advance() {
        const auto byte = static_cast<unsigned char>(text_[pos_++]);
        if (byte == '\n') {
            ++line_;
            column_ = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column_;
        }
    }

    JsonResult fail_at(int line, int column, Message problem) { return JsonResult::fail(JsonError{line, column, std::move(problem)}); }
    JsonResult fail(Message problem) { return fail_at(line_, column_, std::move(problem)); }
    bool set_error(Message problem) { return set_error_at(line_, column_, std::move(problem)); }
    bool set_error_at(int line, int column, Message problem) {
        error_ = JsonError{line, column, std::move(problem)};
        return false;
    }
    // The length of the well-formed UTF-8 character at `at` (1 for ASCII), or 0 when the bytes
    // there are not UTF-8 (a file saved as Latin-1 or UTF-16, a binary file).
    std::size_t utf8_length_at(std::size_t at) const {
        const auto lead = static_cast<unsigned char>(text_[at]);
        if (lead < 0x80) return 1;
        std::size_t n = 0;
        if (lead >= 0xC2 && lead <= 0xDF) n = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) n = 3;
        else if (lead >= 0xF0 && lead <= 0xF4) n = 4;
        else return 0;
        if (at + n > text_.size()) return 0;
        for (std::size_t i = 1; i < n; ++i)
            if ((static_cast<unsigned char>(text_[at + i]) & 0xC0) != 0x80) return 0;
        return n;
    }
    // The character at the current position, as a message shows it.
    MessageArg current_character() const { return quoted_arg(text_.substr(pos_, utf8_length_at(pos_))); }
    bool unexpected() {
        if (at_end()) return set_error(Message{MessageCode::JsonUnexpectedEnd, {}});
        // Bytes that are not UTF-8 are named as such, never echoed raw to the terminal or a dialog.
        if (utf8_length_at(pos_) == 0) return set_error(Message{MessageCode::JsonBadUtf8, {}});
        return set_error(Message{MessageCode::JsonUnexpectedCharacter, {current_character()}});
    }

    void skip_space() {
        while (!at_end()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            advance();
        }
    }

    bool literal(std::string_view word) {
        for (const char c : word) {
            if (at_end() || peek() != c) return unexpected();
            advance();
        }
        return true;
    }

    // ── values ──
    bool value(JsonValue& out, int depth) {
        if (++values_ > limits_.max_values)
            return set_error(Message{MessageCode::JsonTooManyValues, {integer_arg(static_cast<std::int64_t>(limits_.max_values))}});
        out.line = line_;
        out.column = column_;
        if (at_end()) return unexpected();
        switch (peek()) {
            case '{': return object(out, depth + 1);
            case '[': return array(out, depth + 1);
            case '"': out.kind = JsonKind::String; return string(out.text);
            case 't': out.kind = JsonKind::Bool; out.boolean = true; return literal("true");
            case 'f': out.kind = JsonKind::Bool; out.boolean = false; return literal("false");
            case 'n': out.kind = JsonKind::Null; return literal("null");
            default: out.kind = JsonKind::Number; return number(out);
        }
    }

    bool too_deep(int depth) {
        if (depth <= limits_.max_depth) return false;
        set_error(Message{MessageCode::JsonTooDeep, {integer_arg(limits_.max_depth)}});
        return true;
    }

    bool array(JsonValue& out, int depth) {
        out.kind = JsonKind::Array;
        if (too_deep(depth)) return false;
        advance();  // [
        skip_space();
        if (!at_end() && peek() == ']') {
            advance();
            return true;
        }
        while (true) {
            out.items.emplace_back();
            if (!value(out.items.back(), depth)) return false;
            skip_space();
            if (at_end()) return unexpected();
            if (peek() == ']') {
                advance();
                return true;
            }
            if (peek() != ',') return unexpected();
            advance();
            skip_space();
        }
    }

    bool object(JsonValue& out, int depth) {
        out.kind = JsonKind::Object;
        if (too_deep(depth)) return false;
        advance();  // {
        skip_space();
        if (!at_end() && peek() == '}') {
            advance();
            return true;
        }
        std::unordered_set<std::string> keys;  // an object may have thousands of keys: no quadratic search
        while (true) {
            if (at_end() || peek() != '"') return unexpected();
            const int key_line = line_, key_column = column_;
            std::string key;
            if (!string(key)) return false;
            if (!keys.insert(key).second)
                return set_error_at(key_line, key_column, Message{MessageCode::JsonDuplicateKey, {quoted_arg(key)}});
            skip_space();
            if (at_end() || peek() != ':') return unexpected();
            advance();
            skip_space();
            out.members.push_back(JsonMember{std::move(key), JsonValue{}});
            if (!value(out.members.back().value, depth)) return false;
            skip_space();
            if (at_end()) return unexpected();
            if (peek() == '}') {
                advance();
                return true;
            }
            if (peek() != ',') return unexpected();
            advance();
            skip_space();
        }
    }

    bool number(JsonValue& out) {
        const std::size_t start = pos_;
        const int line = line_, column = column_;
        auto digits = [&] {
            std::size_t n = 0;
            while (!at_end() && peek() >= '0' && peek() <= '9') {
                advance();
                ++n;
            }
            return n;
        };
        if (!at_end() && peek() == '-') advance();
        if (at_end() || peek() < '0' || peek() > '9') return unexpected();
        if (peek() == '0') {
            advance();
            if (!at_end() && peek() >= '0' && peek() <= '9')
                return set_error_at(line, column, Message{MessageCode::JsonBadNumber, {quoted_arg(number_text(start))}});
        } else {
            digits();
        }
        if (!at_end() && peek() == '.') {
            advance();
            if (digits() == 0)
                return set_error_at(line, column, Message{MessageCode::JsonBadNumber, {quoted_arg(number_text(start))}});
        }
        if (!at_end() && (peek() == 'e' || peek() == 'E')) {
            advance();
            if (!at_end() && (peek() == '+' || peek() == '-')) advance();
            if (digits() == 0)
                return set_error_at(line, column, Message{MessageCode::JsonBadNumber, {quoted_arg(number_text(start))}});
        }
        out.text = std::string(text_.substr(start, pos_ - start));
        out.number = std::strtod(out.text.c_str(), nullptr);
        if (!std::isfinite(out.number))
            return set_error_at(line, column, Message{MessageCode::JsonNumberTooLarge, {quoted_arg(out.text)}});
        return true;
    }

    // The number as far as it was read, with what follows it up to a delimiter: for messages.
    std::string number_text(std::size_t start) const {
        std::size_t end = pos_;
        while (end < text_.size() && std::string_view(",]} \t\r\n").find(text_[end]) == std::string_view::npos) ++end;
        return std::string(text_.substr(start, end - start));
    }

    // ── strings ──
    bool string(std::string& out) {
        const int line = line_, column = column_;
        advance();  // opening quote
        while (true) {
            if (at_end()) return set_error_at(line, column, Message{MessageCode::JsonUnterminatedString, {}});
            const auto byte = static_cast<unsigned char>(peek());
            if (byte == '"') {
                advance();
                return true;
            }
            if (byte < 0x20) return set_error(Message{MessageCode::JsonControlCharacter, {}});
            if (byte == '\\') {
                if (!escape(out)) return false;
            } else if (byte < 0x80) {
                out += static_cast<char>(byte);
                advance();
            } else if (!utf8_character(out)) {
                return false;
            }
            if (out.size() > limits_.max_string_bytes)
                return set_error_at(line, column,
                                    Message{MessageCode::JsonStringTooLong, {integer_arg(static_cast<std::int64_t>(limits_.max_string_bytes))}});
        }
    }

    // One multi-byte UTF-8 character, checked: no overlong forms, no surrogates, at most U+10FFFF.
    bool utf8_character(std::string& out) {
        const auto lead = static_cast<unsigned char>(peek());
        int n = 0;
        std::uint32_t code = 0;
        if (lead >= 0xC2 && lead <= 0xDF) { n = 1; code = lead & 0x1Fu; }
        else if (lead >= 0xE0 && lead <= 0xEF) { n = 2; code = lead & 0x0Fu; }
        else if (lead >= 0xF0 && lead <= 0xF4) { n = 3; code = lead & 0x07u; }
        else return set_error(Message{MessageCode::JsonBadUtf8, {}});
        if (pos_ + static_cast<std::size_t>(n) >= text_.size()) return set_error(Message{MessageCode::JsonBadUtf8, {}});
        for (int i = 1; i <= n; ++i) {
            const auto next = static_cast<unsigned char>(text_[pos_ + static_cast<std::size_t>(i)]);
            if ((next & 0xC0) != 0x80) return set_error(Message{MessageCode::JsonBadUtf8, {}});
            code = (code << 6) | (next & 0x3Fu);
        }
        const bool overlong = (n == 2 && code < 0x800) || (n == 3 && code < 0x10000);
        if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return set_error(Message{MessageCode::JsonBadUtf8, {}});
        for (int i = 0; i <= n; ++i) {
            out += peek();
            advance();
        }
        return true;
    }

    bool escape(std::string& out) {
        const int line = line_, column = column_;
        advance();  // backslash
        if (at_end()) return set_error_at(line, column, Message{MessageCode::JsonUnterminatedString, {}});
        const char c = peek();
        auto bad = [&] {
            const std::size_t start = pos_ - 1;
            return set_error_at(line, column, Message{MessageCode::JsonBadEscape, {quoted_arg(text_.substr(start, std::min<std::size_t>(6, text_.size() - start)))}});
        };
        switch (c) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                advance();
                std::uint32_t code = 0;
                if (!hex4(code)) return bad();
                if (code >= 0xDC00 && code <= 0xDFFF) return bad();  // a low surrogate alone
                if (code >= 0xD800 && code <= 0xDBFF) {
                    // A high surrogate must be followed by \uDC00..\uDFFF: together one character.
                    std::uint32_t low = 0;
                    if (at_end() || peek() != '\\') return bad();
                    advance();
                    if (at_end() || peek() != 'u') return bad();
                    advance();
                    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return bad();
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                append_utf8(out, code);
                return true;
            }
            default: return bad();
        }
        advance();
        return true;
    }

    bool hex4(std::uint32_t& code) {
        for (int i = 0; i < 4; ++i) {
            if (at_end()) return false;
            const char c = peek();
            std::uint32_t digit = 0;
            if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') digit = static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') digit = static_cast<std::uint32_t>(c - 'A' + 10);
            else return false;
            code = code * 16 + digit;
            advance();
        }
        return true;
    }

    static void append_utf8(std::string& out, std::uint32_t code) {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    std::string_view text_;
    const JsonLimits& limits_;
    std::size_t pos_ = 0;
    int line_ = 1;
    int column_ = 1;
    std::size_t values_ = 0;
    JsonError error_;
};

}  // namespace

const JsonValue* JsonValue::member(std::string_view key) const {
    if (kind != JsonKind::Object) return nullptr;
    for (const auto& m : members)
        if (m.key == key) return &m.value;
    return nullptr;
}

bool JsonValue::is_integer() const {
    constexpr double kLimit = 9007199254740992.0;  // 2^53: every whole number below is exact
    return kind == JsonKind::Number && std::floor(number) == number && std::fabs(number) <= kLimit;
}

ParseResult<JsonValue, JsonError> read_json(std::string_view text, const JsonLimits& limits) {
    return Reader(text, limits).document();
}

}  // namespace conclab

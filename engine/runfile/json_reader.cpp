#include "runfile/json_reader.h"

#include <charconv>

namespace conclab {

namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;
constexpr std::size_t kMaxKeyBytes = 64;
constexpr std::size_t kMaxNesting = 64;  // far deeper than any saved run file goes
constexpr std::size_t kMaxNumberText = 400;  // longer than any number worth reading

bool is_space(int c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool is_digit(int c) { return c >= '0' && c <= '9'; }

}  // namespace

JsonReader::JsonReader(Fill fill, std::int64_t max_bytes)
    : fill_(std::move(fill)), max_bytes_(max_bytes), buffer_(kBlockBytes), data_(buffer_.data()) {}

JsonReader::JsonReader(std::string_view text)
    : max_bytes_(static_cast<std::int64_t>(text.size())), data_(text.data()), end_(text.size()), at_end_(true) {}

bool JsonReader::refill() {
    if (at_end_) return false;
    if (pos_ == 0 && end_ == buffer_.size()) return true;  // full: nothing consumed to make room
    // Keep nothing already consumed: the reader never looks back.
    consumed_ += static_cast<std::int64_t>(pos_);
    const std::size_t kept = end_ - pos_;
    for (std::size_t i = 0; i < kept; ++i) buffer_[i] = buffer_[pos_ + i];
    pos_ = 0;
    end_ = kept;
    const std::size_t got = fill_(buffer_.data() + end_, buffer_.size() - end_);
    if (got == 0) {
        at_end_ = true;
        return end_ > pos_;
    }
    end_ += got;
    if (consumed_ + static_cast<std::int64_t>(end_) > max_bytes_) {
        JsonProblem p;
        p.kind = JsonProblem::Kind::TooLarge;
        p.offset = consumed_ + static_cast<std::int64_t>(end_);
        throw p;
    }
    return true;
}

int JsonReader::peek() {
    if (pos_ >= end_ && !refill()) return -1;
    return static_cast<unsigned char>(data_[pos_]);
}

int JsonReader::get() {
    const int c = peek();
    if (c < 0) {
        JsonProblem p;
        p.kind = JsonProblem::Kind::Truncated;
        p.offset = offset();
        throw p;
    }
    ++pos_;
    if (c == '\n') {
        ++line_;
        line_start_ = offset();
    }
    return c;
}

std::string_view JsonReader::peek_bytes(std::size_t n) {
    while (end_ - pos_ < n && refill()) {
    }
    return std::string_view(data_ + pos_, std::min(n, end_ - pos_));
}

void JsonReader::syntax_error() {
    if (peek() < 0) {
        JsonProblem p;
        p.kind = JsonProblem::Kind::Truncated;
        p.offset = offset();
        throw p;
    }
    JsonProblem p;
    p.kind = JsonProblem::Kind::Syntax;
    p.offset = offset();
    p.line = line_;
    p.column = offset() - line_start_ + 1;
    throw p;
}

void JsonReader::skip_space() {
    while (is_space(peek())) get();
}

void JsonReader::expect(char c) {
    skip_space();
    if (peek() != static_cast<unsigned char>(c)) syntax_error();
    get();
}

void JsonReader::expect_literal(std::string_view word) {
    for (const char c : word) {
        if (peek() != static_cast<unsigned char>(c)) syntax_error();
        get();
    }
}

JsonType JsonReader::peek_type() {
    skip_space();
    const int c = peek();
    switch (c) {
        case '{': return JsonType::Object;
        case '[': return JsonType::Array;
        case '"': return JsonType::String;
        case 't':
        case 'f': return JsonType::Bool;
        case 'n': return JsonType::Null;
        default:
            if (c == '-' || is_digit(c)) return JsonType::Number;
            syntax_error();
    }
}

void JsonReader::begin_object() {
    if (peek_type() != JsonType::Object) wrong_value();
    if (has_items_.size() >= kMaxNesting) syntax_error();
    get();
    has_items_.push_back(false);
}

bool JsonReader::next_key(std::string& key) {
    skip_space();
    if (has_items_.empty()) syntax_error();
    if (peek() == '}') {
        get();
        has_items_.pop_back();
        return false;
    }
    if (has_items_.back()) expect(',');
    has_items_.back() = true;
    skip_space();
    if (peek() != '"') syntax_error();
    key.clear();
    read_string_into(&key, kMaxKeyBytes);
    expect(':');
    return true;
}

void JsonReader::begin_array() {
    if (peek_type() != JsonType::Array) wrong_value();
    if (has_items_.size() >= kMaxNesting) syntax_error();
    get();
    has_items_.push_back(false);
}

bool JsonReader::next_item() {
    skip_space();
    if (has_items_.empty()) syntax_error();
    if (peek() == ']') {
        get();
        has_items_.pop_back();
        return false;
    }
    if (has_items_.back()) expect(',');
    has_items_.back() = true;
    return true;
}

std::string JsonReader::read_string(std::size_t max_bytes) {
    if (peek_type() != JsonType::String) wrong_value();
    std::string out;
    read_string_into(&out, max_bytes);
    return out;
}

void JsonReader::read_string_into(std::string* out, std::size_t max_bytes) {
    get();  // the opening quote
    std::size_t length = 0;
    for (;;) {
        const int c = get();
        if (c == '"') return;
        if (c < 0x20) syntax_error();
        if (++length > max_bytes && out != nullptr) wrong_value();
        if (c == '\\') {
            const int e = get();
            char plain = 0;
            switch (e) {
                case '"': plain = '"'; break;
                case '\\': plain = '\\'; break;
                case '/': plain = '/'; break;
                case 'b': plain = '\b'; break;
                case 'f': plain = '\f'; break;
                case 'n': plain = '\n'; break;
                case 'r': plain = '\r'; break;
                case 't': plain = '\t'; break;
                case 'u': {
                    std::uint32_t cp = read_hex4();
                    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: its low half must follow
                        expect_literal("\\u");
                        const std::uint32_t low = read_hex4();
                        if (low < 0xDC00 || low > 0xDFFF) syntax_error();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        syntax_error();  // a lone low surrogate is no character
                    }
                    append_code_point(cp, out);
                    continue;
                }
                default: syntax_error();
            }
            if (out) *out += plain;
        } else if (c < 0x80) {
            if (out) *out += static_cast<char>(c);
        } else {
            read_utf8_continuation(c, out);
        }
    }
}

void JsonReader::read_utf8_continuation(int lead, std::string* out) {
    // Well-formed UTF-8 only (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
    int count = 0;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        count = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        count = 2;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        count = 3;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        syntax_error();
    }
    if (out) *out += static_cast<char>(lead);
    for (int i = 0; i < count; ++i) {
        const int c = peek();
        if (c < low || c > high) syntax_error();
        get();
        if (out) *out += static_cast<char>(c);
        low = 0x80;
        high = 0xBF;
    }
}

unsigned JsonReader::read_hex4() {
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
        const int c = peek();
        unsigned digit = 0;
        if (is_digit(c)) digit = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f') digit = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') digit = static_cast<unsigned>(c - 'A' + 10);
        else syntax_error();
        get();
        value = value * 16 + digit;
    }
    return value;
}

void JsonReader::append_code_point(std::uint32_t cp, std::string* out) {
    if (!out) return;
    if (cp < 0x80) {
        *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out += static_cast<char>(0xC0 | (cp >> 6));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out += static_cast<char>(0xE0 | (cp >> 12));
        *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out += static_cast<char>(0xF0 | (cp >> 18));
        *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void JsonReader::read_number_text(std::string* out, std::size_t max_len) {
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    std::size_t length = 0;
    auto take = [&] {
        const int c = get();
        if (out && ++length <= max_len) *out += static_cast<char>(c);
    };
    if (peek() == '-') take();
    if (peek() == '0') {
        take();
    } else if (is_digit(peek())) {
        while (is_digit(peek())) take();
    } else {
        syntax_error();
    }
    if (peek() == '.') {
        take();
        if (!is_digit(peek())) syntax_error();
        while (is_digit(peek())) take();
    }
    if (peek() == 'e' || peek() == 'E') {
        take();
        if (peek() == '+' || peek() == '-') take();
        if (!is_digit(peek())) syntax_error();
        while (is_digit(peek())) take();
    }
    if (out && length > max_len) out->clear();  // too long to be a value worth having
}

std::int64_t JsonReader::read_int() {
    if (peek_type() != JsonType::Number) wrong_value();
    std::string text;
    read_number_text(&text, 24);
    std::int64_t value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(first, last, value);
    // Empty (too long), a fraction or an exponent, or out of range: not a whole int64.
    if (text.empty() || ec != std::errc() || ptr != last) wrong_value();
    return value;
}

bool JsonReader::read_bool() {
    if (peek_type() != JsonType::Bool) wrong_value();
    if (peek() == 't') {
        expect_literal("true");
        return true;
    }
    expect_literal("false");
    return false;
}

bool JsonReader::read_null_if_present() {
    if (peek_type() != JsonType::Null) return false;
    expect_literal("null");
    return true;
}

void JsonReader::skip_value() {
    // Iterative, with the same nesting bound as the rest, and as strict: a skipped part of a file
    // is checked like the parts that are read. `open` holds the containers opened here (true: an
    // object), at most kMaxNesting of them.
    std::vector<bool> open;
    auto open_container = [&](bool object) {
        if (has_items_.size() + open.size() >= kMaxNesting) syntax_error();
        get();
        skip_space();
        if (peek() == (object ? '}' : ']')) {
            get();
            return false;  // empty: a whole value already
        }
        open.push_back(object);
        if (object) {
            if (peek() != '"') syntax_error();
            read_string_into(nullptr, 0);
            expect(':');
        }
        return true;  // its first value comes next
    };
    for (;;) {
        switch (peek_type()) {
            case JsonType::Object:
                if (open_container(true)) continue;
                break;
            case JsonType::Array:
                if (open_container(false)) continue;
                break;
            case JsonType::String: read_string_into(nullptr, 0); break;
            case JsonType::Number: read_number_text(nullptr, 0); break;
            case JsonType::Bool: read_bool(); break;
            case JsonType::Null: expect_literal("null"); break;
        }
        // A value ended: close the containers that end here, or go on to the next value.
        for (;;) {
            if (open.empty()) return;
            skip_space();
            const int c = peek();
            if (c == (open.back() ? '}' : ']')) {
                get();
                open.pop_back();
                continue;
            }
            if (c != ',') syntax_error();
            get();
            if (open.back()) {
                skip_space();
                if (peek() != '"') syntax_error();
                read_string_into(nullptr, 0);
                expect(':');
            }
            break;
        }
    }
}

void JsonReader::expect_end() {
    skip_space();
    if (peek() >= 0) syntax_error();
}

void JsonReader::enter(std::string_view name) { place_.emplace_back(name); }

void JsonReader::enter_index(std::size_t index) { place_.push_back("[" + std::to_string(index) + "]"); }

void JsonReader::leave() {
    if (!place_.empty()) place_.pop_back();
}

std::string JsonReader::place() const {
    std::string out;
    for (const std::string& part : place_) {
        if (!out.empty() && part.front() != '[') out += '.';
        out += part;
    }
    return out.empty() ? std::string("the top") : out;
}

void JsonReader::wrong_value() {
    JsonProblem p;
    // A value cut short by the end of the file ("…,50" of "…,5000]") may read as a wrong one;
    // inside a container that never closes, the file's end is the problem to name.
    if (!has_items_.empty() && peek() < 0) {
        p.kind = JsonProblem::Kind::Truncated;
        p.offset = offset();
        throw p;
    }
    p.kind = JsonProblem::Kind::WrongValue;
    p.offset = offset();
    p.line = line_;
    p.column = offset() - line_start_ + 1;
    p.place = place();
    throw p;
}

}  // namespace conclab

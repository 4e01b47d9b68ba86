#pragma once
// A small, strict, bounded JSON reader (RFC 8259) for the files users write by hand: lessons.
//
//   auto doc = read_json(text);
//   if (!doc) report(doc.error().line, doc.error().column, doc.error().problem);
//   const JsonValue* id = doc.value().member("id");
//
// Strict: no comments, no trailing commas, no NaN/Infinity, no duplicate keys, valid UTF-8 only,
// no control characters inside strings, nothing after the top-level value. The one leniency is a
// UTF-8 byte-order mark at the very start, which some editors write. Bounded, so a hostile or
// broken file costs little: the file's size, the nesting depth, one string's length and the number
// of values are limited (JsonLimits), and the reader never recurses deeper than the depth limit.
// Every value remembers the line and column where it starts, so that whoever interprets the
// document (the lesson reader) can name the line of a value that is well-formed JSON but wrong.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/message.h"
#include "core/parse_result.h"

namespace conclab {

enum class JsonKind : std::uint8_t { Null, Bool, Number, String, Array, Object };

struct JsonMember;  // a key and its value: defined below, once JsonValue is complete

struct JsonValue {
    JsonKind kind = JsonKind::Null;
    bool boolean = false;
    double number = 0.0;      // Number: the value (finite)
    std::string text;         // String: the decoded text (UTF-8); Number: as written ("1.5e3")
    std::vector<JsonValue> items;                             // Array
    // Object, in file order, keys unique. Not std::pair<std::string, JsonValue>: a pair needs its
    // members complete, and JsonValue is not yet here (clang's std::vector rejects it).
    std::vector<JsonMember> members;
    int line = 1;    // where the value starts, 1-based
    int column = 1;  // 1-based, in characters (UTF-8 code points), not bytes

    // Object member by key; nullptr if absent (or not an object).
    const JsonValue* member(std::string_view key) const;
    // A Number that is a whole number within ±2^53 (written without fraction or exponent, or
    // with one that makes it whole: 4, 4.0, 4e0).
    bool is_integer() const;
};

struct JsonMember {
    std::string key;
    JsonValue value;
};

struct JsonLimits {
    std::size_t max_bytes = 256 * 1024;     // the whole text
    int max_depth = 32;                     // arrays/objects inside each other
    std::size_t max_string_bytes = 16 * 1024;  // one decoded string (a lesson text is a paragraph)
    std::size_t max_values = 50'000;        // values in the whole document
};

// Why a text is not a JSON document, and where (line/column of the offending character; for a
// size limit, of the value that went over it).
struct JsonError {
    int line = 1;
    int column = 1;
    Message problem;  // one of the Json* message codes
};

ParseResult<JsonValue, JsonError> read_json(std::string_view text, const JsonLimits& limits = {});

}  // namespace conclab

#pragma once
// A strict, streaming JSON reader (RFC 8259) for saved run files. It reads from a source in
// blocks and never holds the document: what it allocates is what its caller keeps, plus one
// string at a time, capped by the caller. Nesting is bounded, so a hostile file of a million '['
// cannot exhaust the stack, and every loop consumes input, so no file can make it hang.
//
//   JsonReader r(source);
//   r.begin_object();
//   std::string key;
//   while (r.next_key(key)) { if (key == "n") n = r.read_int(); else r.skip_value(); }
//
// Problems are thrown as JsonProblem: the document is not JSON (Syntax, with line and column),
// ends early (Truncated), cannot be read (ReadFailed, with errno), is too large (TooLarge), or is
// JSON whose value at a place is not what the caller asked for (WrongValue, with the place: the
// caller's path, e.g. "runs[0].timeline.lanes[2].segments").
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace conclab {

struct JsonProblem {
    enum class Kind { Syntax, Truncated, ReadFailed, TooLarge, WrongValue } kind = Kind::Syntax;
    std::int64_t offset = 0;  // bytes read before the problem
    std::int64_t line = 1;
    std::int64_t column = 1;
    int error_number = 0;     // ReadFailed
    std::string place;        // WrongValue
};

enum class JsonType { Object, Array, String, Number, Bool, Null };

class JsonReader {
public:
    // `fill` puts up to `size` bytes into `buffer` and returns how many (0: the end); it may throw
    // JsonProblem (ReadFailed). At most `max_bytes` are read: more is a TooLarge problem.
    using Fill = std::function<std::size_t(char* buffer, std::size_t size)>;
    JsonReader(Fill fill, std::int64_t max_bytes);
    explicit JsonReader(std::string_view text);  // the whole document in memory

    // The type of the next value (after white space); Syntax if no value can start here.
    JsonType peek_type();
    void begin_object();
    // The next key of the object being read, or false at its end. Keys are at most 64 bytes
    // (every key this format uses is short): a longer one is a WrongValue.
    bool next_key(std::string& key);
    void begin_array();
    // Whether the array being read has another item (false: it ended).
    bool next_item();

    std::string read_string(std::size_t max_bytes);
    // A number that is a whole number in int64 range, written without fraction or exponent.
    std::int64_t read_int();
    bool read_bool();
    // True (and consumed) if the next value is null.
    bool read_null_if_present();
    // Any value, checked as strictly as the rest, without keeping it.
    void skip_value();
    // After the document's value: only white space may follow.
    void expect_end();

    // The first bytes of the source without consuming them (file-type sniffing); fewer at its end.
    std::string_view peek_bytes(std::size_t n);

    // The caller's place in the document, for WrongValue problems ("runs[0].timeline").
    void enter(std::string_view name);
    void enter_index(std::size_t index);
    void leave();
    [[noreturn]] void wrong_value();  // throws WrongValue at the current place
    std::string place() const;
    std::int64_t offset() const { return consumed_ + static_cast<std::int64_t>(pos_); }

private:
    int peek();  // -1 at the end
    int get();
    void skip_space();
    void expect(char c);
    void expect_literal(std::string_view word);
    [[noreturn]] void syntax_error();
    void read_string_into(std::string* out, std::size_t max_bytes);  // out null: check only
    void read_utf8_continuation(int lead, std::string* out);
    unsigned read_hex4();
    void append_code_point(std::uint32_t cp, std::string* out);
    // The number's text (validated), or only validated when out is null.
    void read_number_text(std::string* out, std::size_t max_len);
    bool refill();

    Fill fill_;
    std::int64_t max_bytes_;
    std::vector<char> buffer_;  // blocks of the source (not used when reading from memory)
    const char* data_ = nullptr;  // buffer_'s bytes, or the document in memory
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    bool at_end_ = false;
    std::int64_t consumed_ = 0;  // bytes before buffer_[pos_]
    std::int64_t line_ = 1;
    std::int64_t line_start_ = 0;  // offset where the current line begins

    // Per open container: whether a value was read in it yet (for the ',' before the next).
    std::vector<bool> has_items_;
    std::vector<std::string> place_;
};

// Keeps a place entered for the caller's scope.
class JsonPlace {
public:
    JsonPlace(JsonReader& r, std::string_view name) : r_(r) { r_.enter(name); }
    JsonPlace(JsonReader& r, std::size_t index) : r_(r) { r_.enter_index(index); }
    ~JsonPlace() { r_.leave(); }
    JsonPlace(const JsonPlace&) = delete;
    JsonPlace& operator=(const JsonPlace&) = delete;

private:
    JsonReader& r_;
};

}  // namespace conclab

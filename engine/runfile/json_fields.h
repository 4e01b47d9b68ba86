#pragma once
// Reading the fixed layout of a saved run file's "conclab" section: every object's keys in the
// order the writer writes them, every number within its range. Anything else is a WrongValue at
// its place (JsonReader::place()), which the reader reports as "damaged at <place>".
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "runfile/json_reader.h"

namespace conclab::runfile {

// Bounds of values that index or size something, so no value from a file can make the program
// allocate or index beyond what the file itself holds.
inline constexpr std::int64_t kMaxTimeMagnitude = std::int64_t{1} << 61;  // |any time| in ns, ~73 years
inline constexpr std::size_t kMaxNameBytes = 4096;
inline constexpr std::size_t kMaxTextBytes = 1 << 20;  // an output line, a command-line argument
inline constexpr std::int64_t kMaxRows = 65535;        // lanes, groups or core rows (16-bit lane ids)
inline constexpr int kMaxMessageNesting = 8;

// The next key must be `name`; its value is read next.
inline void expect_key(JsonReader& r, std::string_view name) {
    std::string key;
    if (!r.next_key(key) || key != name) {
        JsonPlace place(r, name);
        r.wrong_value();
    }
}

// The object must end here: no key the format does not have.
inline void expect_object_end(JsonReader& r) {
    std::string key;
    if (r.next_key(key)) {
        JsonPlace place(r, key);
        r.wrong_value();
    }
}

// The array must end here.
inline void expect_array_end(JsonReader& r) {
    if (r.next_item()) r.wrong_value();
}

inline std::int64_t read_int_in(JsonReader& r, std::int64_t low, std::int64_t high) {
    const std::int64_t v = r.read_int();
    if (v < low || v > high) r.wrong_value();
    return v;
}

inline int read_int32(JsonReader& r, int low = std::numeric_limits<int>::min(), int high = std::numeric_limits<int>::max()) {
    return static_cast<int>(read_int_in(r, low, high));
}

inline std::int64_t read_non_negative(JsonReader& r) {
    return read_int_in(r, 0, std::numeric_limits<std::int64_t>::max());
}

// A time relative to the run's start, so bounded that sums and differences of two never overflow.
inline std::int64_t read_time(JsonReader& r) { return read_int_in(r, -kMaxTimeMagnitude, kMaxTimeMagnitude); }

// "key": value read by `read` at the place "key".
template <class Read>
auto read_field(JsonReader& r, std::string_view name, Read&& read) {
    expect_key(r, name);
    JsonPlace place(r, name);
    return read();
}

// Members added to format 1 after its first files (docs/run-file-format.md): optional, after the
// members every file has, in any order. `read(key)` reads the value of a key it knows and returns
// true; a key it does not know is refused as any unknown key is.
template <class Read>
void read_optional_fields(JsonReader& r, Read&& read) {
    std::string key;
    while (r.next_key(key)) {
        JsonPlace place(r, key);
        if (!read(key)) r.wrong_value();
    }
}

}  // namespace conclab::runfile

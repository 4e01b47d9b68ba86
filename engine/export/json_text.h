#pragma once
// JSON text as the trace and the saved run files write it.
#include <string>
#include <string_view>

namespace conclab {

// A JSON string with its quotes. Control characters are escaped; invalid UTF-8 becomes U+FFFD,
// since a trace viewer that meets a broken byte may refuse the whole file.
std::string json_string(std::string_view text);

}  // namespace conclab

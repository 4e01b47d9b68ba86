#pragma once
// Writes a file so that readers see either the old file or the complete new one, never a part:
// the content goes to a temporary file beside the target, is flushed, then renamed over it.
#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "core/message.h"

namespace conclab {

// Nothing on success; otherwise why not ("cannot write <path>: <reason>" once composed). Nothing
// is left behind on failure.
std::optional<Message> write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);
// Checks, before any long work, that `path` can be created (directory exists and is writable).
std::optional<Message> check_writable(const std::string& path);

}  // namespace conclab

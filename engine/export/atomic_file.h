#pragma once
// Writes a file so that readers see either the old file or the complete new one, never a part:
// the content goes to a temporary file beside the target, is flushed, then renamed over it.
#include <functional>
#include <ostream>
#include <string>

namespace conclab {

// Empty on success; otherwise "cannot write <path>: <reason>". Nothing is left behind on failure.
std::string write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);
// Checks, before any long work, that `path` can be created (directory exists and is writable).
std::string check_writable(const std::string& path);

}  // namespace conclab

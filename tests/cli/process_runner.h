#pragma once
// Runs the conclab binary as a user would from a terminal and captures what it says.
#include <string>
#include <vector>

namespace conclab::testing {

struct CommandResult {
    int exit_code = -1;  // -1 if it did not exit normally
    std::string out;
    std::string err;
};

CommandResult run_conclab(const std::vector<std::string>& args);

}  // namespace conclab::testing

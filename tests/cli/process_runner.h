#pragma once
// Runs the conclab binary as a user would from a terminal and captures what it says.
#include <sys/types.h>

#include <cstddef>
#include <string>
#include <vector>

namespace conclab::testing {

struct CommandResult {
    int exit_code = -1;  // -1 if it did not exit normally
    int signal = 0;      // the signal that ended it, if one did
    bool timed_out = false;  // finish_within(): it had not ended in time and was killed
    std::string out;
    std::string err;
};

// How many lines a command printed (its newlines).
inline std::size_t line_count(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += c == '\n';
    return n;
}

// The whole of a file the command wrote ("" when there is none).
std::string read_file(const std::string& path);

// Runs conclab with `args` and waits for it to end.
CommandResult run_conclab(const std::vector<std::string>& args);
// The same, killing it if it has not ended within `limit_ms` (then timed_out is set).
CommandResult run_conclab_within(const std::vector<std::string>& args, int limit_ms);

// A conclab started in the background, for tests that act on it while it runs (send it a
// signal, kill one of its workers). If the test leaves early it is killed and waited for.
class ConclabProcess {
public:
    enum class Group { Inherit, OwnGroup };  // OwnGroup: its own process group, as a shell job has
    explicit ConclabProcess(const std::vector<std::string>& args, Group group = Group::Inherit);
    ~ConclabProcess();
    ConclabProcess(const ConclabProcess&) = delete;
    ConclabProcess& operator=(const ConclabProcess&) = delete;

    pid_t pid() const { return pid_; }
    // Reads everything it says until it (and everything holding its output) ends, then waits for it.
    CommandResult finish();
    // The same, but kills it (SIGKILL) if it has not ended within `limit`: a no-hang bound.
    CommandResult finish_within(int limit_ms);

private:
    pid_t pid_ = -1;
    int out_fd_ = -1;
    int err_fd_ = -1;
};

}  // namespace conclab::testing

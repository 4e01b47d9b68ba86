#pragma once
// Sets (or, with nullptr, removes) an environment variable for one scope and puts back what was
// there before, so a test that points TMPDIR or XDG_CONFIG_HOME elsewhere leaves no trace.
#include <cstdlib>
#include <optional>
#include <string>

namespace conclab::testing {

class ScopedEnv {
public:
    ScopedEnv(std::string name, const char* value) : name_(std::move(name)) {
        if (const char* old = std::getenv(name_.c_str())) saved_ = old;
        if (value) setenv(name_.c_str(), value, 1);
        else unsetenv(name_.c_str());
    }
    ~ScopedEnv() {
        if (saved_) setenv(name_.c_str(), saved_->c_str(), 1);
        else unsetenv(name_.c_str());
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    std::string name_;
    std::optional<std::string> saved_;
};

}  // namespace conclab::testing

#pragma once
// What the observed program writes to stdout and stderr, line by line (OutputLine with stream
// Stdout or Stderr and lane kNoLane: a pipe does not say which thread wrote), each stamped with the
// time it arrived (CLOCK_MONOTONIC, the timeline's clock). Runs its own thread so that a program
// writing a lot never waits for the sampler, and the sampler never waits for the program.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>

#include "timeline/timeline_store.h"  // OutputLine, OutputStream

namespace conclab::observe {

class OutputCapture {
public:
    // Longer lines are cut into pieces of this size (a program printing a megabyte without a
    // newline still gives lines a window can show).
    static constexpr std::size_t kMaxLineBytes = 16 * 1024;

    using LineSink = std::function<void(OutputLine line)>;
    // Takes ownership of the two read ends (either may be -1). `sink` is called on the capture's
    // thread, in arrival order.
    OutputCapture(int stdout_fd, int stderr_fd, LineSink sink);
    ~OutputCapture();  // stops reading (what is still in the pipes is dropped) and joins
    OutputCapture(const OutputCapture&) = delete;
    OutputCapture& operator=(const OutputCapture&) = delete;

    // Both pipes reached end of file: every process that could write has exited or closed them.
    bool done() const { return done_.load(std::memory_order_acquire); }
    // Reads what is already in the pipes, then stops even if a process still holds them open
    // (e.g. a daemon the program left behind). Returns once the thread has ended.
    void finish();

private:
    void run();

    int fds_[2] = {-1, -1};
    int wake_[2] = {-1, -1};
    LineSink sink_;
    std::atomic<bool> done_{false};
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

}  // namespace conclab::observe

#pragma once
// Helpers shared by the runtime tests: build experiments, run them, and ask questions of the
// recorded timeline that a teacher would ask of the picture.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>

#include "../../support/experiments.h"
#include "run/run_session.h"

namespace conclab::testing {

// Runs to completion (the test fails if it does not end within `limit`).
RunResult run_to_end(const Experiment& e);

// The largest number of worker lanes (optionally only those of one process group) that were in a
// state satisfying `pred` at the same instant, from a sweep over all their segments.
int max_simultaneous(const TimelineStore& t, const std::function<bool(const Segment&)>& pred, int group = -1);

// Watches a run's live sink for LaneBegin events: which workers had started (and their pids)
// by the time the GUI would have drawn them. Must outlive the RunSession it is given to.
class LiveLaneStarts {
public:
    EventBatchSink sink();
    std::map<std::uint32_t, int> started();  // lane -> pid
    // The pid of `lane` once its LaneBegin arrived, or 0 if it did not within `timeout`.
    int wait_for_pid(std::uint32_t lane, std::chrono::milliseconds timeout);

private:
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::map<std::uint32_t, int> pids_;
};

bool is_running(const Segment& s);
bool is_busy(const Segment& s);  // anything but Idle

}  // namespace conclab::testing

#pragma once
// What fills a timeline. The window, the table, the exports and the lessons never know which
// source it is: a simulated run (RunSession), an observed real program, or a saved run replayed.
//
//   std::unique_ptr<EventSource> source = ...;
//   source->start();
//   auto timeline = source->timeline();   // draw it while it fills (SharedTimeline::read)
//   ... source->progress(), source->request_stop() from any thread ...
//   source->wait();
//   RunResult r = source->take_result();  // r.timeline is the same object
#include <chrono>
#include <memory>

#include "run/run_result.h"

namespace conclab {

class EventSource {
public:
    virtual ~EventSource() = default;

    virtual void start() = 0;
    // Thread-safe, returns at once; the source ends as soon as it can (a run's workers within
    // ~100 ms, an observed program and its children after a grace time).
    virtual void request_stop() = 0;
    virtual bool finished() const = 0;
    virtual bool wait_for(std::chrono::milliseconds timeout) = 0;
    void wait() { wait_for(std::chrono::hours(24 * 365)); }
    // Share of the work done, 0..1; negative when the source cannot know (a real program).
    virtual double progress() const = 0;
    // The run's one timeline, filled while the source runs (lanes may be added as it goes).
    virtual std::shared_ptr<const SharedTimeline> timeline() const = 0;
    // Once finished(); at most once.
    virtual RunResult take_result() = 0;
};

}  // namespace conclab

#pragma once
// Replaying a finished (or opened) run: an EventSource whose timeline fills in with the recorded
// segments at their own pace, slowed down or sped up (0.1×–10×), paused, stepped from GIL hand-off
// to hand-off, or moved with a slider. It never runs the workload again: what it shows is the
// recorded truth, only slower, so the window, the table, the Output pane and the GIL arrows show
// it exactly as they showed the live run. At the end its timeline is identical to the recording.
//
//   auto replay = std::make_unique<ReplaySource>(recorded, 0.25);
//   auto controls = replay->controls();      // for the replay bar, from the GUI thread
//   controller.startSource(std::move(replay), description);
//   controls->set_paused(true); controls->step_to_next_handoff(); controls->seek(t); ...
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "replay/replay_clock.h"
#include "run/event_source.h"

namespace conclab {

// What the replay bar changes while the replay goes; every call is thread-safe and returns at once.
class ReplayControls {
public:
    ReplayControls(std::int64_t start_ns, std::int64_t end_ns, std::vector<std::int64_t> handoff_times, double speed);

    void set_speed(double speed);
    void set_paused(bool paused);
    // Shows the run at `run_ns` (its own clock: the recording's start_ns … end_ns), going on from there.
    void seek(std::int64_t run_ns);
    // Pauses at the next GIL hand-off after the moment shown; false (and nothing moves) if none follows.
    bool step_to_next_handoff();

    double speed() const;
    bool paused() const;
    std::int64_t start_ns() const { return start_ns_; }
    std::int64_t end_ns() const { return end_ns_; }
    // The moment of the run shown now.
    std::int64_t position() const;

private:
    friend class ReplaySource;
    std::int64_t position_now(std::int64_t real_ns) const;

    const std::int64_t start_ns_;
    const std::int64_t end_ns_;
    const std::vector<std::int64_t> handoff_times_;  // ascending
    mutable std::mutex mutex_;
    ReplayClock clock_;
};

class ReplaySource : public EventSource {
public:
    // `recorded` must be finished; it is only read.
    explicit ReplaySource(std::shared_ptr<const RunResult> recorded, double speed = 1.0);
    ~ReplaySource() override;  // stops the replay's thread
    ReplaySource(const ReplaySource&) = delete;
    ReplaySource& operator=(const ReplaySource&) = delete;

    void start() override;
    // Ends the replay at once showing the whole recording: the record is complete, not cut short.
    void request_stop() override;
    bool finished() const override;
    bool wait_for(std::chrono::milliseconds timeout) override;
    double progress() const override;  // share of the recording shown
    std::shared_ptr<const SharedTimeline> timeline() const override { return shown_; }
    // The recorded run, with the replay's (by now identical) timeline.
    RunResult take_result() override;
    using EventSource::wait;

    std::shared_ptr<ReplayControls> controls() const { return controls_; }

private:
    void run();

    std::shared_ptr<const RunResult> recorded_;
    std::shared_ptr<SharedTimeline> shown_;
    std::shared_ptr<ReplayControls> controls_;
    std::thread thread_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> abandon_{false};
    std::atomic<bool> finished_{false};
    std::atomic<std::int64_t> shown_until_;
    mutable std::mutex done_mutex_;
    std::condition_variable done_;
};

}  // namespace conclab

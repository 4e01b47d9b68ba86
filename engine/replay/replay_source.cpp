#include "replay/replay_source.h"

#include <algorithm>

#include "core/clock.h"
#include "timeline/shared_timeline.h"

namespace conclab {

namespace {

// How often the replay shows more: about twice per repaint of the window (16 ms), so that what
// is drawn is never more than a few milliseconds of real time behind the replay's clock.
constexpr auto kTick = std::chrono::milliseconds(8);

std::vector<std::int64_t> handoff_times(const TimelineStore& store) {
    std::vector<std::int64_t> times;
    times.reserve(store.handoffs().size());
    for (const GilHandoff& h : store.handoffs()) times.push_back(h.acquire_ns);
    std::sort(times.begin(), times.end());
    return times;
}

}  // namespace

ReplayControls::ReplayControls(std::int64_t start_ns, std::int64_t end_ns, std::vector<std::int64_t> handoff_times,
                               double speed)
    : start_ns_(start_ns),
      end_ns_(end_ns),
      handoff_times_(std::move(handoff_times)),
      clock_(start_ns, end_ns, now_ns(), speed) {}

void ReplayControls::set_speed(double speed) {
    const std::lock_guard lock(mutex_);
    clock_.set_speed(speed, now_ns());
}

void ReplayControls::set_paused(bool paused) {
    const std::lock_guard lock(mutex_);
    clock_.set_paused(paused, now_ns());
}

void ReplayControls::seek(std::int64_t run_ns) {
    const std::lock_guard lock(mutex_);
    clock_.seek(run_ns, now_ns());
}

bool ReplayControls::step_to_next_handoff() {
    const std::lock_guard lock(mutex_);
    const std::int64_t real = now_ns();
    const std::int64_t shown = clock_.position(real);
    const auto next = std::upper_bound(handoff_times_.begin(), handoff_times_.end(), shown);
    if (next == handoff_times_.end()) return false;
    clock_.seek(*next, real);
    clock_.set_paused(true, real);
    return true;
}

double ReplayControls::speed() const {
    const std::lock_guard lock(mutex_);
    return clock_.speed();
}

bool ReplayControls::paused() const {
    const std::lock_guard lock(mutex_);
    return clock_.paused();
}

std::int64_t ReplayControls::position() const { return position_now(now_ns()); }

std::int64_t ReplayControls::position_now(std::int64_t real_ns) const {
    const std::lock_guard lock(mutex_);
    return clock_.position(real_ns);
}

ReplaySource::ReplaySource(std::shared_ptr<const RunResult> recorded, double speed)
    : recorded_(std::move(recorded)),
      shown_(std::make_shared<SharedTimeline>(TimelineStore::replay_start(recorded_->store()))),
      controls_(std::make_shared<ReplayControls>(recorded_->store().start_ns(), recorded_->store().end_ns(),
                                                 handoff_times(recorded_->store()), speed)),
      shown_until_(recorded_->store().start_ns()) {}

ReplaySource::~ReplaySource() {
    abandon_.store(true);  // nobody will look at the rest: do not reveal it first
    stop_.store(true);
    if (thread_.joinable()) thread_.join();
}

void ReplaySource::start() {
    if (thread_.joinable()) return;
    // The replay's own clock starts now, not when it was made.
    controls_->seek(controls_->start_ns());
    thread_ = std::thread([this] { run(); });
}

void ReplaySource::run() {
    std::int64_t shown = controls_->start_ns();
    for (;;) {
        if (abandon_.load()) return;
        const bool stopping = stop_.load();
        {
            // Read under the recording's lock: the window may fold a kept run's older detail to
            // stay within its memory budget while this one is replayed.
            const auto recorded = recorded_->timeline->read();
            const std::int64_t end = recorded->end_ns();
            const std::int64_t target = stopping ? end : controls_->position_now(now_ns());
            if (target < shown) shown_->restart_replay(*recorded);  // the slider went back: from the start
            if (target != shown || target >= end) shown_->reveal(*recorded, target);
            shown = target;
        }
        shown_until_.store(shown);
        if (shown_->finished()) break;
        std::this_thread::sleep_for(kTick);
    }
    {
        const std::lock_guard lock(done_mutex_);
        finished_.store(true);
    }
    done_.notify_all();
}

void ReplaySource::request_stop() { stop_.store(true); }

bool ReplaySource::finished() const { return finished_.load(); }

bool ReplaySource::wait_for(std::chrono::milliseconds timeout) {
    std::unique_lock lock(done_mutex_);
    return done_.wait_for(lock, timeout, [this] { return finished_.load(); });
}

double ReplaySource::progress() const {
    const std::int64_t span = controls_->end_ns() - controls_->start_ns();
    if (span <= 0) return finished() ? 1.0 : 0.0;
    return static_cast<double>(shown_until_.load() - controls_->start_ns()) / static_cast<double>(span);
}

RunResult ReplaySource::take_result() {
    RunResult result = *recorded_;
    result.timeline = shown_;
    return result;
}

}  // namespace conclab

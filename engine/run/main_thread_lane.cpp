#include "run/main_thread_lane.h"

#include <sched.h>
#include <unistd.h>

#include "workload/output_codes.h"

namespace conclab {

std::optional<std::uint32_t> main_thread_lane_of(const RunLayout& layout) {
    for (std::uint32_t i = 0; i < layout.lanes.size(); ++i)
        if (layout.lanes[i].kind == LaneKind::MainThread && !layout.lanes[i].worker) return i;
    return std::nullopt;
}

MainThreadLane::MainThreadLane(const ModelContext& ctx) : ctx_(ctx) {
    const auto lane = main_thread_lane_of(*ctx.layout);
    if (!lane) return;
    rec_.emplace(ctx.recorder(*lane));
    const std::int64_t t = now_ns();
    rec_->lane_begin(t, getpid(), gettid());
    cpu_at_begin_ = thread_cpu_ns();
    const int cpu = sched_getcpu();
    rec_->state(LaneState::Running, t, cpu < 0 ? kNoCore : static_cast<std::uint16_t>(cpu));
}

void MainThreadLane::joining() {
    if (rec_) rec_->state(LaneState::WaitingLock, now_ns());
}

void MainThreadLane::finish() {
    if (!rec_) return;
    const int cpu = sched_getcpu();
    rec_->state(LaneState::Running, now_ns(), cpu < 0 ? kNoCore : static_cast<std::uint16_t>(cpu));
    const Experiment& exp = *ctx_.env.experiment;
    // print(counter): with threads the counter they all added to; with processes this process's
    // own, which no worker touched.
    if (exp.workload.has_counter() && ctx_.env.counter != nullptr)
        rec_->output(now_ns(), static_cast<std::uint32_t>(OutputCode::CounterFinal), ctx_.env.counter->value(),
                     ctx_.env.counter->additions());
    rec_->lane_end(now_ns(), thread_cpu_ns() - cpu_at_begin_, 0, 0, 0);
}

}  // namespace conclab

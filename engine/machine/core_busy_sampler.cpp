#include "machine/core_busy_sampler.h"

#include <algorithm>
#include <shared_mutex>
#include <utility>

#include "core/clock.h"

namespace conclab {
namespace {

constexpr const char* kProcStat = "/proc/stat";

}  // namespace

CoreBusySampler::CoreBusySampler(std::vector<int> cpu_ids, CoreBusySamplerOptions options)
    : options_(std::move(options)),
      ticks_per_second_(options_.ticks_per_second > 0 ? options_.ticks_per_second : clock_ticks_per_second()),
      cpu_ids_(std::move(cpu_ids)) {
    if (!options_.read_stat) options_.read_stat = [] { return read_text_file(kProcStat); };
    sample_now();
    if (cpu_ids_.empty() && first_)
        for (const CpuTimes& t : first_->cpus) cpu_ids_.push_back(t.cpu);
    std::sort(cpu_ids_.begin(), cpu_ids_.end());
    cpu_ids_.erase(std::unique(cpu_ids_.begin(), cpu_ids_.end()), cpu_ids_.end());
    thread_.emplace(options_.period, [this] { sample_now(); });
}

CoreBusySampler::~CoreBusySampler() { stop(); }

void CoreBusySampler::stop() {
    if (!thread_) return;
    thread_.reset();  // joins
    sample_now();
}

void CoreBusySampler::sample_now() {
    const std::int64_t before = now_ns();
    const FileText stat = options_.read_stat();
    const std::int64_t after = now_ns();
    std::optional<std::vector<CpuTimes>> cpus;
    if (stat) cpus = parse_proc_stat(stat.text, ticks_per_second_);

    const std::lock_guard lock(mutex_);
    if (!cpus) {
        const SourceProblem problem{stat ? SourceProblemKind::Malformed : SourceProblemKind::Unreadable, kProcStat,
                                    stat.error_number};
        if (std::find(problems_.begin(), problems_.end(), problem) == problems_.end()) problems_.push_back(problem);
        return;
    }
    ProcStatSnapshot snapshot{before + (after - before) / 2, std::move(*cpus)};
    if (last_) windows_.push_back(window_between(*last_, snapshot));
    if (!first_) first_ = snapshot;
    last_ = std::move(snapshot);
}

CoreBusyWindow CoreBusySampler::window_between(const ProcStatSnapshot& earlier, const ProcStatSnapshot& later) const {
    CoreBusyWindow w;
    w.t0_ns = earlier.t_ns;
    w.t1_ns = later.t_ns;
    w.busy_ns.assign(cpu_ids_.size(), 0);
    w.idle_ns.assign(cpu_ids_.size(), 0);
    for (const CpuTimes& t : cpu_times_between(earlier, later)) {
        const auto it = std::lower_bound(cpu_ids_.begin(), cpu_ids_.end(), t.cpu);
        if (it == cpu_ids_.end() || *it != t.cpu) continue;
        const auto i = static_cast<std::size_t>(it - cpu_ids_.begin());
        w.busy_ns[i] = t.busy_ns;
        w.idle_ns[i] = t.idle_ns;
    }
    return w;
}

std::vector<CoreBusyWindow> CoreBusySampler::take_windows() {
    const std::lock_guard lock(mutex_);
    return std::exchange(windows_, {});
}

std::optional<CoreBusyWindow> CoreBusySampler::totals() const {
    const std::lock_guard lock(mutex_);
    if (!first_ || !last_ || first_->t_ns == last_->t_ns) return std::nullopt;
    return window_between(*first_, *last_);
}

std::vector<SourceProblem> CoreBusySampler::problems() const {
    const std::lock_guard lock(mutex_);
    return problems_;
}

}  // namespace conclab

// Sequential, threads (one thread per task, like threading.Thread) and thread-pool (max_workers
// threads pulling tasks from a queue, like ThreadPoolExecutor).
#include <thread>
#include <vector>

#include "core/clock.h"
#include "run/model_context.h"

namespace conclab {

void run_thread_model(const ModelContext& ctx) {
    const Experiment& exp = *ctx.env.experiment;
    const auto lanes = static_cast<std::uint32_t>(ctx.layout->lanes.size());
    std::vector<std::thread> threads;
    threads.reserve(lanes);
    for (std::uint32_t lane = 0; lane < lanes; ++lane) {
        const std::int64_t spawn_requested = now_ns();
        threads.emplace_back([&ctx, &exp, lane, spawn_requested] {
            Worker worker(ctx.env, ctx.recorder(lane), ctx.shared_gil);
            worker.begin(spawn_requested);
            switch (exp.model) {
                case RunModel::Sequential:
                    for (int task = 0; task < exp.tasks && worker.run_task(static_cast<std::uint32_t>(task));) ++task;
                    break;
                case RunModel::Threads:
                    worker.run_task(lane);
                    break;
                default:
                    worker.run_pool_tasks();
                    break;
            }
            worker.end(0);
        });
    }
    for (auto& t : threads) t.join();
}

}  // namespace conclab

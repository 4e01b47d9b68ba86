// Sequential, threads (one thread per task, like threading.Thread) and thread-pool (max_workers
// threads pulling tasks from a queue, like ThreadPoolExecutor).
#include <thread>
#include <vector>

#include "core/clock.h"
#include "run/main_thread_lane.h"
#include "run/model_context.h"

namespace conclab {

std::optional<WorkerFailure> run_thread_model(const ModelContext& ctx) {
    const Experiment& exp = *ctx.env.experiment;
    const auto lanes = static_cast<std::uint32_t>(exp.lane_count());  // the workers; other lanes follow them
    MainThreadLane main_thread(ctx);
    std::vector<std::thread> threads;
    threads.reserve(lanes);
    std::optional<WorkerFailure> failure;
    for (std::uint32_t lane = 0; lane < lanes; ++lane) {
        // Stopped while still starting workers (256 threads take a while): start no more, so the
        // stop ends the run now instead of after every thread was created only to quit.
        if (ctx.region->control().stop.load(std::memory_order_relaxed) != 0) break;
        const std::int64_t spawn_requested = now_ns();
        failure = start_worker_thread(threads, ctx, lane, [&ctx, &exp, lane, spawn_requested] {
            Worker worker(ctx.env, ctx.recorder(lane), ctx.shared_gil);
            worker.begin(spawn_requested);
            switch (exp.model) {
                case RunModel::Sequential:
                    for (int task = 0; task < exp.tasks && worker.run_task(static_cast<std::uint32_t>(task));) ++task;
                    // This lane is the main thread: it prints the counter after its loop.
                    if (exp.workload.has_counter() && !worker.stopping()) worker.print_counter_final();
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
        if (failure) break;
    }
    main_thread.joining();
    for (auto& t : threads) t.join();
    main_thread.finish();
    return failure;
}

}  // namespace conclab

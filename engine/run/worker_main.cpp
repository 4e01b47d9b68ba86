// conclab-worker: the program every worker process of the `processes` and `process-pool` models
// runs (started by spawn/process_spawner.cpp, never by hand). Engine code only: no Qt.
#include <unistd.h>

#include <cstdio>

#include "run/worker_process.h"

int main(int argc, char** argv) {
    const int status = conclab::worker_process_main(argc, argv);
    // _exit, as the forked workers did: nothing is left to flush or free but what the kernel
    // takes back with the process, and under ASan the exit-time leak scan (LeakSanitizer) would
    // take longer than a stop's grace, so the parent would kill the worker in the middle of it and
    // orphan the scan's helper process. The same Worker code is leak-checked in the thread models.
    std::fflush(stderr);
    _exit(status);
}

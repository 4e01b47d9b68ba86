// conclab-worker: the program every worker process of the `processes` and `process-pool` models
// runs (started by spawn/process_spawner.cpp, never by hand). Engine code only: no Qt.
#include "run/worker_process.h"

int main(int argc, char** argv) { return conclab::worker_process_main(argc, argv); }

#pragma once
// The life of one worker process, from its command line (spawn/worker_command.h) to its exit:
// what the forked child's run_child() did, in a freshly exec'd program (conclab-worker).
namespace conclab {

// Exit status: 0 done (or the parent was already gone); kWorkerBadStart if its arguments or the
// inherited region were not usable (the reason is on stderr). A crash (the crash-task hook) ends
// it by its signal.
inline constexpr int kWorkerBadStart = 126;

int worker_process_main(int argc, char** argv);

}  // namespace conclab

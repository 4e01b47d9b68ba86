#pragma once
// Follows every thread of the observed program and of every child process it creates, from
// /proc, and turns samples into events: lane states (lane_inference.h), GIL rows (gil_tracker.h),
// lane begin/end with CPU time and context switches. Used by one thread (the observer's sampler).
//
// Discovery: a process's threads are listed from /proc/<pid>/task when its thread count (stat
// field num_threads) changes and every `rescan` interval; its children from
// /proc/<pid>/task/<tid>/children of each of its threads. A process is known by (pid, start
// time), so a reused pid is a new process; each is held by a pidfd so that Stop signals exactly it.
#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "observe/gil_tracker.h"
#include "observe/lane_inference.h"
#include "observe/proc_file.h"
#include "observe/proc_parse.h"
#include "observe/python_probe.h"
#include "record/event.h"
#include "timeline/run_layout.h"

namespace conclab::observe {

// What the observer learned about one process of the program (for the run's result).
struct ObservedProcess {
    int pid = 0;
    int ppid = 0;
    std::uint32_t group = 0;
    std::string name;                   // comm of its main thread (the program it runs after an exec)
    PythonRuntime python;               // access + version: what its GIL row can show
    std::uint64_t gil_switches = 0;     // CPython's own count (switch_number) while observed
    std::uint64_t gil_samples = 0;
    std::int64_t cpu_ns = 0;            // its own CPU time (all its threads, not its children), last read
    std::int64_t first_seen_ns = 0;
    std::int64_t ended_ns = 0;          // 0 while alive
};

struct TrackerLimits {
    std::size_t max_lanes = 1024;      // threads over the whole run
    std::size_t max_processes = 256;   // processes over the whole run
    std::size_t max_open_files = 512;  // /proc files kept open (four per thread); above, opened per read
};

class ProgramTracker {
public:
    struct Hooks {
        // Registers a process group / a lane with the run's timeline; returns its index.
        std::function<std::uint32_t(ProcessGroup)> add_group;
        std::function<std::uint32_t(LaneInfo)> add_lane;
        // A process's GIL row became readable (or is known not to be): for the layout.
        std::function<void(std::uint32_t group, const PythonRuntime&)> python_found;
        // A thread named itself after its lane began (prctl, pthread_setname_np: most programs
        // name a thread from inside it), or a process exec'd another program: the new name.
        // Optional.
        std::function<void(std::uint32_t lane, std::string name)> rename_lane;
        std::function<void(std::uint32_t group, std::string name)> rename_group;
    };

    ProgramTracker(Hooks hooks, TrackerLimits limits);
    ~ProgramTracker();
    ProgramTracker(const ProgramTracker&) = delete;
    ProgramTracker& operator=(const ProgramTracker&) = delete;

    // Starts following the program's first process (our child) at `t_ns`.
    void add_root(pid_t pid, int pidfd, std::int64_t t_ns, std::vector<Event>& out);

    void sample_threads(std::int64_t t_ns, std::vector<Event>& out);
    void sample_gil(std::int64_t t_ns, std::vector<Event>& out);
    void discover(std::int64_t t_ns, std::vector<Event>& out);
    // Ends every lane still open at `t_ns` (the observation is over).
    void end_all(std::int64_t t_ns, std::vector<Event>& out);

    bool any_alive() const;
    bool root_ended() const;  // the program's own process exited and its final figures were read
    bool any_python() const;
    bool any_gil() const;        // a live process whose GIL is read
    bool gil_contended() const;  // ... and one of its threads waited for it at the last round
    // Sends `sig` to every process still followed (through its pidfd: never to a reused pid).
    void signal_all(int sig) const;
    bool limit_reached() const { return limit_reached_; }
    std::vector<ObservedProcess> processes() const;
    std::size_t lane_count() const { return lanes_; }

private:
    struct Thread;
    struct Process;
    Process* add_process(pid_t pid, int ppid, int pidfd, std::int64_t t_ns, std::vector<Event>& out);
    Thread* add_thread(Process& p, int tid, std::int64_t t_ns, std::vector<Event>& out, const TaskStat* known = nullptr);
    void sample_thread(Process& p, Thread& th, std::int64_t t_ns, std::vector<Event>& out);
    void end_thread(Process& p, Thread& th, std::int64_t t_ns, std::vector<Event>& out);
    void end_process(Process& p, std::int64_t t_ns, std::vector<Event>& out);
    void scan_threads(Process& p, std::int64_t t_ns, std::vector<Event>& out);
    void scan_children(Process& p, std::int64_t t_ns, std::vector<Event>& out);
    void probe(Process& p, std::int64_t t_ns, std::vector<Event>& out);
    void read_process_cpu(Process& p);
    static std::string lane_name(const Process& p, const Thread& th);
    void rename(Process& p, Thread& th, const std::string& comm);

    Hooks hooks_;
    TrackerLimits limits_;
    std::vector<std::unique_ptr<Process>> processes_;
    std::size_t lanes_ = 0;
    std::size_t open_files_ = 0;
    bool limit_reached_ = false;
    long clock_ticks_per_second_;
    ElfCache elf_cache_;
    std::string buffer_;  // reused for every /proc read
};

}  // namespace conclab::observe

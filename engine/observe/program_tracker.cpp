#include "observe/program_tracker.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <limits>

#include "observe/pidfd.h"
#include "observe/proc_parse.h"
#include "observe/syscall_state.h"

namespace conclab::observe {
namespace {

constexpr std::int64_t kStatusEveryNs = 100'000'000;    // context switches, peak memory: 10 times a second
constexpr std::int64_t kThreadRescanNs = 50'000'000;    // full thread list even when the count is unchanged
constexpr std::int64_t kStatRefreshNs = 50'000'000;     // a thread's stat even when its counters stand still
// "Is it Python yet?" A launcher (pyenv's shim, a shell script) may exec the interpreter at any
// moment, and a short program can be done 100 ms later: the executable's name is read every 20 ms
// (one readlink; the maps are read only while the question is open, at most 2 s per executable).
constexpr std::int64_t kProbeEveryNs = 20'000'000;
// Just after a start or an exec the loader maps libpython within milliseconds: look every 5 ms
// for the first quarter second.
constexpr std::int64_t kYoungProbeEveryNs = 5'000'000;
constexpr std::int64_t kYoungForNs = 250'000'000;
constexpr std::int64_t kGiveUpLookingNs = 2'000'000'000;  // a program that has not loaded Python in 2 s is not one
constexpr std::size_t kFilesPerThread = 4;              // stat, schedstat, syscall, children kept open
constexpr std::uint64_t kNeverChecked = std::numeric_limits<std::uint64_t>::max();

bool is_gone(int error) { return error == ESRCH || error == ENOENT; }

const std::string& own_executable() {
    static const std::string path = [] {
        char buffer[4096];
        const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
        return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
    }();
    return path;
}

std::string task_dir(int pid, int tid) { return "/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/"; }

std::uint32_t clamp_u32(std::int64_t v) {
    return static_cast<std::uint32_t>(std::clamp<std::int64_t>(v, 0, std::numeric_limits<std::uint32_t>::max() - 1));
}

// "VmHWM:   12345 kB" in a status text; 0 if absent.
std::int64_t peak_rss_kib(std::string_view status) {
    const std::size_t at = status.find("VmHWM:");
    if (at == std::string_view::npos) return 0;
    std::int64_t kib = 0;
    for (std::size_t i = at + 6; i < status.size() && status[i] != '\n'; ++i)
        if (status[i] >= '0' && status[i] <= '9') kib = kib * 10 + (status[i] - '0');
    return kib;
}

void push_changes(std::uint32_t lane, const std::vector<LaneChange>& changes, std::vector<Event>& out) {
    for (const LaneChange& c : changes) {
        Event e;
        e.t_ns = c.t_ns;
        e.lane = lane;
        e.state = c.state;
        e.core = c.core;
        out.push_back(e);
    }
}

}  // namespace

struct ProgramTracker::Thread {
    int tid = 0;
    std::uint32_t lane = kNoLane;
    bool main = false;
    bool keeps_files = false;
    ProcFile stat;
    ProcFile schedstat;
    ProcFile syscall;
    ProcFile children;
    LaneInference inference;
    std::uint64_t syscall_checked_at_run = kNeverChecked;  // CPU counter when its syscall was last read
    std::uint64_t children_checked_at_run = kNeverChecked; // CPU counter when its children were last listed
    bool sampled = false;
    std::uint64_t run_ns = 0;         // schedstat at the last sample
    std::uint64_t wait_ns = 0;
    std::int64_t next_stat_ns = 0;
    char state = '?';                 // stat state at the last stat read
    int processor = -1;
    LaneState blocked = LaneState::Idle;
    ContextSwitches switches;
    std::int64_t peak_rss_kib = 0;
    std::int64_t next_status_ns = 0;
    std::string comm;                 // its name (stat comm) when its lane was last named
    bool ended = false;
};

struct ProgramTracker::Process {
    pid_t pid = 0;
    int ppid = 0;
    bool root = false;                // the program itself (our child)
    std::uint64_t start_ticks = 0;
    int pidfd = -1;
    std::uint32_t group = 0;
    std::string comm;
    std::map<int, std::unique_ptr<Thread>> threads;
    std::int64_t num_threads = 0;     // as its main thread's stat last said
    std::int64_t next_scan_ns = 0;
    std::int64_t next_probe_ns = 0;
    std::string exe;                  // /proc/<pid>/exe when last probed: a change means it exec'd
    std::int64_t exe_since_ns = 0;    // when it was first seen running that executable
    GilTracker gil;
    std::optional<AddressRange> gil_range;
    bool ran_since_status = false;    // some thread ran since its memory figures were last read
    std::int64_t next_status_ns = 0;
    bool probe_final = false;         // nothing more to learn unless it execs
    bool exited = false;              // its pidfd said so: ended after this round's samples
    bool gil_contended = false;       // a thread waited for the GIL at the last round
    ObservedProcess info;
    bool ended = false;

    Thread* find(int tid) {
        auto it = threads.find(tid);
        return it == threads.end() || it->second->ended ? nullptr : it->second.get();
    }
};

ProgramTracker::ProgramTracker(Hooks hooks, TrackerLimits limits)
    : hooks_(std::move(hooks)), limits_(limits), clock_ticks_per_second_(std::max(1L, ::sysconf(_SC_CLK_TCK))) {}

ProgramTracker::~ProgramTracker() {
    for (const auto& p : processes_)
        if (p->pidfd >= 0) ::close(p->pidfd);
}

void ProgramTracker::add_root(pid_t pid, int pidfd, std::int64_t t_ns, std::vector<Event>& out) {
    // The pidfd stays the launcher's; the tracker keeps its own copy.
    add_process(pid, static_cast<int>(::getpid()), pidfd >= 0 ? ::fcntl(pidfd, F_DUPFD_CLOEXEC, 0) : -1, t_ns, out);
}

ProgramTracker::Process* ProgramTracker::add_process(pid_t pid, int ppid, int pidfd, std::int64_t t_ns,
                                                     std::vector<Event>& out) {
    if (processes_.size() >= limits_.max_processes || lanes_ >= limits_.max_lanes) {
        limit_reached_ = true;
        if (pidfd >= 0) ::close(pidfd);
        return nullptr;
    }
    const std::string dir = "/proc/" + std::to_string(pid) + "/";
    std::optional<TaskStat> st;
    if (ProcFile::read_once(dir + "stat", buffer_)) st = parse_task_stat(buffer_);
    // A process that already exited is not followed, except the program itself: it is ours
    // (unreaped, so its final figures are there) and a run always has its lane.
    if (!st || (!processes_.empty() && (st->state == 'Z' || st->state == 'X'))) {
        if (pidfd >= 0) ::close(pidfd);
        return nullptr;
    }
    if (pidfd < 0) {
        pidfd = open_pidfd(pid);
        // The pid could have been reused between reading its parent's list and opening it:
        // the start time says whether it is still the same process.
        std::optional<TaskStat> again;
        if (ProcFile::read_once(dir + "stat", buffer_)) again = parse_task_stat(buffer_);
        if (!again || again->start_ticks != st->start_ticks) {
            if (pidfd >= 0) ::close(pidfd);
            return nullptr;
        }
    }
    auto p = std::make_unique<Process>();
    p->pid = pid;
    p->ppid = ppid;
    p->root = processes_.empty();
    p->start_ticks = st->start_ticks;
    p->pidfd = pidfd;
    p->comm = st->comm;
    p->num_threads = st->num_threads;
    ProcessGroup group;
    group.name = st->comm;
    group.pid = pid;
    p->group = hooks_.add_group(std::move(group));
    p->info.pid = pid;
    p->info.ppid = ppid;
    p->info.group = p->group;
    p->info.name = st->comm;
    p->info.first_seen_ns = t_ns;
    Process& ref = *p;
    processes_.push_back(std::move(p));
    probe(ref, t_ns, out);
    add_thread(ref, pid, t_ns, out, &*st);  // from the same reading: every group gets its main lane
    scan_threads(ref, t_ns, out);
    return &ref;
}

ProgramTracker::Thread* ProgramTracker::add_thread(Process& p, int tid, std::int64_t t_ns, std::vector<Event>& out,
                                                   const TaskStat* known) {
    if (lanes_ >= limits_.max_lanes) {
        limit_reached_ = true;
        return nullptr;
    }
    const std::string dir = task_dir(p.pid, tid);
    std::optional<TaskStat> st;
    if (known != nullptr) st = *known;
    else if (ProcFile::read_once(dir + "stat", buffer_)) st = parse_task_stat(buffer_);
    if (!st || (known == nullptr && (st->state == 'Z' || st->state == 'X'))) return nullptr;
    auto th = std::make_unique<Thread>();
    th->tid = tid;
    th->main = tid == p.pid;
    th->keeps_files = open_files_ + kFilesPerThread <= limits_.max_open_files;
    if (th->keeps_files) open_files_ += kFilesPerThread;
    th->stat = ProcFile(dir + "stat", ProcText::Record, th->keeps_files);
    th->schedstat = ProcFile(dir + "schedstat", ProcText::Record, th->keeps_files);
    th->syscall = ProcFile(dir + "syscall", ProcText::Record, th->keeps_files);
    th->children = ProcFile(dir + "children", ProcText::Listing, th->keeps_files);
    LaneInfo lane;
    th->comm = st->comm;
    lane.name = lane_name(p, *th);
    lane.group = p.group;
    lane.kind = th->main ? (p.root ? LaneKind::MainThread : LaneKind::Process) : LaneKind::Thread;
    lane.pid = p.pid;
    lane.tid = tid;
    th->lane = hooks_.add_lane(std::move(lane));
    ++lanes_;
    Event begin;
    begin.kind = EventKind::LaneBegin;
    begin.t_ns = t_ns;
    begin.lane = th->lane;
    begin.a = p.pid;
    begin.b = tid;
    out.push_back(begin);
    Thread& ref = *th;
    p.threads[tid] = std::move(th);
    sample_thread(p, ref, t_ns, out);
    return &ref;
}

// Threads are named by the name the program gave them (Python 3.11 sets none, so most keep the
// process's name); otherwise by their thread id.
std::string ProgramTracker::lane_name(const Process& p, const Thread& th) {
    if (th.main) return "main";
    return th.comm != p.comm ? th.comm : "thread " + std::to_string(th.tid);
}

void ProgramTracker::rename(Process& p, Thread& th, const std::string& comm) {
    // A name is set by the thread itself, usually just after it started (after its lane began),
    // or the process exec'd another program (its main thread's name is the process's).
    if (comm == th.comm) return;
    th.comm = comm;
    if (th.main && comm != p.comm) {
        p.comm = comm;
        p.info.name = comm;
        if (hooks_.rename_group) hooks_.rename_group(p.group, comm);
        return;
    }
    if (hooks_.rename_lane) hooks_.rename_lane(th.lane, lane_name(p, th));
}

void ProgramTracker::sample_thread(Process& p, Thread& th, std::int64_t t_ns, std::vector<Event>& out) {
    // The CPU counters first (one small read). A thread's state can only change if it runs, and
    // running moves its CPU counter (a switch out updates it) - except being woken, which moves
    // nothing until it gets a core, and then its wait counter moves. So while the counters stand
    // still the previous state stands too, and the larger stat file is not read again (at least
    // every kStatRefreshNs, to see a thread that ends without running or waits long for a core).
    if (!th.schedstat.read(buffer_)) {
        if (is_gone(th.schedstat.error())) end_thread(p, th, t_ns, out);
        return;
    }
    const std::optional<SchedStat> ss = parse_schedstat(buffer_);
    if (!ss) return;
    const bool moved = !th.sampled || ss->run_ns != th.run_ns || ss->wait_ns != th.wait_ns;
    th.sampled = true;
    th.run_ns = ss->run_ns;
    th.wait_ns = ss->wait_ns;
    if (moved || t_ns >= th.next_stat_ns) {
        th.next_stat_ns = t_ns + kStatRefreshNs;
        if (!th.stat.read(buffer_)) {
            if (is_gone(th.stat.error())) end_thread(p, th, t_ns, out);
            return;
        }
        const std::optional<TaskStat> st = parse_task_stat(buffer_);
        if (!st) return;
        if (st->state == 'Z' || st->state == 'X') {
            // A zombie's counters are final: draw up to them, then end the lane.
            std::vector<LaneChange> changes;
            th.inference.add(TaskSample{t_ns, 'S', st->processor, ss->run_ns, ss->wait_ns, th.blocked}, changes);
            push_changes(th.lane, changes, out);
            end_thread(p, th, t_ns, out);
            return;
        }
        if (th.main) p.num_threads = st->num_threads;
        rename(p, th, st->comm);
        if (st->state != 'R' && (th.state == 'R' || th.syscall_checked_at_run != ss->run_ns)) {
            // It ran since its syscall was last read, so it may wait for something else now.
            SyscallSnapshot call;
            call.kind = SyscallSnapshot::Kind::NotInSyscall;
            if (th.syscall.read(buffer_))
                if (auto parsed = parse_syscall(buffer_)) call = *parsed;
            th.blocked = blocked_state(call, st->state, p.gil_range);
            th.syscall_checked_at_run = ss->run_ns;
        }
        th.state = st->state;
        th.processor = st->processor;
    }
    std::vector<LaneChange> changes;
    th.inference.add(TaskSample{t_ns, th.state, th.processor, ss->run_ns, ss->wait_ns, th.blocked}, changes);
    push_changes(th.lane, changes, out);
    // Context switches change only when it runs.
    if (moved && t_ns >= th.next_status_ns) {
        th.next_status_ns = t_ns + kStatusEveryNs;
        if (ProcFile::read_once(task_dir(p.pid, th.tid) + "status", buffer_, nullptr, ProcText::Record)) {
            if (const auto cs = parse_status_switches(buffer_)) th.switches = *cs;
            if (th.main) th.peak_rss_kib = std::max(th.peak_rss_kib, peak_rss_kib(buffer_));
        }
    }
    if (moved) p.ran_since_status = true;
}

void ProgramTracker::end_thread(Process& p, Thread& th, std::int64_t t_ns, std::vector<Event>& out) {
    if (th.ended) return;
    th.ended = true;
    if (p.gil.holder_lane() == th.lane) p.gil.release_if_held(t_ns, out);
    Event end;
    end.kind = EventKind::LaneEnd;
    end.t_ns = t_ns;
    end.lane = th.lane;
    end.a = static_cast<std::int64_t>(th.inference.cpu_ns());
    end.b = th.main ? th.peak_rss_kib : 0;
    end.peer = clamp_u32(th.switches.voluntary);
    end.task = clamp_u32(th.switches.involuntary);
    out.push_back(end);
    if (th.keeps_files) open_files_ -= kFilesPerThread;
    th.stat = ProcFile();
    th.schedstat = ProcFile();
    th.syscall = ProcFile();
    th.children = ProcFile();
}

void ProgramTracker::read_process_cpu(Process& p) {
    // /proc/<pid>/stat (not a task's): every thread's CPU time, the exited ones' too; a zombie's
    // is final. Clock ticks, scaled by the kernel to the exact total.
    if (ProcFile::read_once("/proc/" + std::to_string(p.pid) + "/stat", buffer_))
        if (const auto st = parse_task_stat(buffer_); st && st->start_ticks == p.start_ticks)
            p.info.cpu_ns = static_cast<std::int64_t>(st->cpu_ticks) * (1'000'000'000 / clock_ticks_per_second_);
}

void ProgramTracker::end_process(Process& p, std::int64_t t_ns, std::vector<Event>& out) {
    if (p.ended) return;
    read_process_cpu(p);  // an exited process is a zombie until its parent reaps it: final figures
    for (auto& [tid, th] : p.threads) end_thread(p, *th, t_ns, out);
    p.gil.release_if_held(t_ns, out);
    p.ended = true;
    p.info.ended_ns = t_ns;
    p.info.gil_switches = p.gil.switches();
    p.info.gil_samples = p.gil.samples();
    if (p.pidfd >= 0) ::close(p.pidfd);
    p.pidfd = -1;
}

void ProgramTracker::sample_threads(std::int64_t t_ns, std::vector<Event>& out) {
    // Which processes exited (all their threads gone; a main thread stays a zombie until its
    // parent reaps it): one poll over every pidfd, not one system call per process.
    std::vector<pollfd> fds;
    std::vector<Process*> polled;
    for (const auto& p : processes_)
        if (!p->ended && p->pidfd >= 0) {
            fds.push_back(pollfd{p->pidfd, POLLIN, 0});
            polled.push_back(p.get());
        }
    if (!fds.empty() && ::poll(fds.data(), fds.size(), 0) > 0)
        for (std::size_t i = 0; i < fds.size(); ++i)
            if ((fds[i].revents & (POLLIN | POLLHUP)) != 0) polled[i]->exited = true;
    for (const auto& p : processes_) {
        if (p->ended) continue;
        const bool exited = p->exited;  // seen before this round's samples: they read its final counters
        for (auto& [tid, th] : p->threads)
            if (!th->ended) sample_thread(*p, *th, t_ns, out);
        Thread* main = p->find(p->pid);
        if (exited || (p->pidfd < 0 && main == nullptr)) {
            end_process(*p, t_ns, out);
            continue;
        }
        if (p->ran_since_status && t_ns >= p->next_status_ns) {
            p->ran_since_status = false;
            p->next_status_ns = t_ns + kStatusEveryNs;
            read_process_cpu(*p);
        }
        std::int64_t live = 0;
        p->gil_contended = false;
        for (const auto& [tid, th] : p->threads) {
            live += th->ended ? 0 : 1;
            p->gil_contended |= !th->ended && th->state != 'R' && th->blocked == LaneState::WaitingGil;
        }
        if (p->num_threads != live) p->next_scan_ns = 0;  // a thread started or ended: list them at the next discovery
    }
}

void ProgramTracker::sample_gil(std::int64_t t_ns, std::vector<Event>& out) {
    for (const auto& p : processes_) {
        if (p->ended || p->gil.python().access != GilAccess::Readable) continue;
        Process& proc = *p;
        p->gil.sample(t_ns, [&](int tid) -> std::uint32_t {
            if (Thread* th = proc.find(tid)) return th->lane;
            Thread* added = add_thread(proc, tid, t_ns, out);  // started since the last thread scan
            return added != nullptr ? added->lane : kNoLane;
        }, out);
    }
}

void ProgramTracker::discover(std::int64_t t_ns, std::vector<Event>& out) {
    // By index: children found here are appended to processes_ while it is walked.
    for (std::size_t i = 0; i < processes_.size(); ++i) {
        Process& p = *processes_[i];
        if (p.ended) continue;
        if (t_ns >= p.next_scan_ns) scan_threads(p, t_ns, out);
        scan_children(p, t_ns, out);
        if (t_ns >= p.next_probe_ns) probe(p, t_ns, out);
    }
}

void ProgramTracker::scan_threads(Process& p, std::int64_t t_ns, std::vector<Event>& out) {
    p.next_scan_ns = t_ns + kThreadRescanNs;
    DIR* dir = ::opendir(("/proc/" + std::to_string(p.pid) + "/task").c_str());
    if (dir == nullptr) return;
    std::vector<int> tids;
    while (const dirent* e = ::readdir(dir)) {
        const std::vector<int> id = parse_id_list(e->d_name);
        if (id.size() == 1) tids.push_back(id.front());
    }
    ::closedir(dir);
    std::sort(tids.begin(), tids.end());
    for (const int tid : tids)
        if (p.find(tid) == nullptr) add_thread(p, tid, t_ns, out);  // new, or a new thread with an old one's id
}

void ProgramTracker::scan_children(Process& p, std::int64_t t_ns, std::vector<Event>& out) {
    std::vector<int> children;
    for (const auto& [tid, th] : p.threads) {
        // Only a thread that ran since its children were last listed can have started one.
        if (th->ended || th->children_checked_at_run == th->run_ns) continue;
        th->children_checked_at_run = th->run_ns;
        if (th->children.read(buffer_)) {
            const std::vector<int> ids = parse_id_list(buffer_);
            children.insert(children.end(), ids.begin(), ids.end());
        }
    }
    for (const int child : children) {
        const bool known = std::any_of(processes_.begin(), processes_.end(),
                                       [&](const auto& q) { return q->pid == child && !q->ended; });
        if (!known) add_process(child, p.pid, -1, t_ns, out);
    }
}

void ProgramTracker::probe(Process& p, std::int64_t t_ns, std::vector<Event>& out) {
    p.next_probe_ns = t_ns + kProbeEveryNs;
    char exe[4096];
    const ssize_t n = ::readlink(("/proc/" + std::to_string(p.pid) + "/exe").c_str(), exe, sizeof exe - 1);
    // No executable to name: the process is exiting (its memory is gone) or not ours to read.
    // What was learned stands; an exiting Python is not "no longer Python".
    if (n <= 0) return;
    const std::string exe_now(exe, static_cast<std::size_t>(n));
    // Our own child between its start and its exec still runs this program: nothing to find yet,
    // and reading the symbols of a large binary (a test program's) takes longer than a short
    // Python program runs. Look again soon.
    if (exe_now == own_executable()) {
        p.next_probe_ns = t_ns + kYoungProbeEveryNs;
        return;
    }
    const bool execd = exe_now != p.exe;
    if (execd) {
        p.exe = exe_now;
        p.exe_since_ns = t_ns;
    }
    // Settled: a GIL to read or a firm reason there is none; or no Python after 2 s of running
    // this executable (the dynamic loader maps libpython only after the exec). Only another exec
    // (a launcher script starting the interpreter) makes it worth looking again.
    const bool settled = p.probe_final || (p.info.python.access == GilAccess::NotPython &&
                                           t_ns - p.exe_since_ns > kGiveUpLookingNs);
    if (settled && !execd) return;
    PythonRuntime python = probe_process(p.pid, elf_cache_);
    p.probe_final = python.access != GilAccess::NotPython && python.access != GilAccess::Starting;
    if (!p.probe_final && t_ns - p.exe_since_ns < kYoungForNs) p.next_probe_ns = t_ns + kYoungProbeEveryNs;
    const bool changed = python.access != p.info.python.access || python.gil_address != p.info.python.gil_address;
    p.info.python = python;
    if (!changed) return;
    p.gil.release_if_held(t_ns, out);  // it exec'd another program: the old interpreter's GIL is gone
    p.gil = GilTracker(python, process_memory(p.pid));
    p.gil_range.reset();
    if (python.access == GilAccess::Readable) p.gil_range = python.gil_range();
    // Threads blocked before the GIL's address was known may be waiting for it: read them again.
    for (auto& [tid, th] : p.threads) th->syscall_checked_at_run = kNeverChecked;
    if (hooks_.python_found) hooks_.python_found(p.group, python);
}

void ProgramTracker::end_all(std::int64_t t_ns, std::vector<Event>& out) {
    for (const auto& p : processes_) end_process(*p, t_ns, out);
}

bool ProgramTracker::root_ended() const { return !processes_.empty() && processes_.front()->ended; }

bool ProgramTracker::any_alive() const {
    return std::any_of(processes_.begin(), processes_.end(), [](const auto& p) { return !p->ended; });
}

bool ProgramTracker::any_gil() const {
    return std::any_of(processes_.begin(), processes_.end(),
                       [](const auto& p) { return !p->ended && p->gil.python().access == GilAccess::Readable; });
}

bool ProgramTracker::gil_contended() const {
    return std::any_of(processes_.begin(), processes_.end(), [](const auto& p) {
        return !p->ended && p->gil.python().access == GilAccess::Readable && p->gil_contended;
    });
}

bool ProgramTracker::any_python() const {
    return std::any_of(processes_.begin(), processes_.end(), [](const auto& p) {
        return p->info.python.access != GilAccess::NotPython;
    });
}

void ProgramTracker::signal_all(int sig) const {
    for (const auto& p : processes_) {
        if (p->ended || p->pidfd < 0) continue;
#ifdef SYS_pidfd_send_signal
        ::syscall(SYS_pidfd_send_signal, p->pidfd, sig, nullptr, 0);
#endif
    }
}

std::vector<ObservedProcess> ProgramTracker::processes() const {
    std::vector<ObservedProcess> out;
    for (const auto& p : processes_) {
        ObservedProcess info = p->info;
        if (!p->ended) {
            info.gil_switches = p->gil.switches();
            info.gil_samples = p->gil.samples();
        }
        out.push_back(std::move(info));
    }
    return out;
}

}  // namespace conclab::observe

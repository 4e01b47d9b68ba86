#pragma once
// What a stopped or crashed run may leave behind, read from /proc as `ps`, `ls -l /proc/PID/fd`
// and `ls /dev/shm` would show it: child processes (zombies included), open file descriptors,
// threads, and the entries of a folder. Header-only, so the engine, CLI and UI tests share it
// without another library target.
#include <dirent.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace conclab::testing {

// One line of the process table, enough to say what was left behind.
struct ProcessEntry {
    int pid = 0;
    int ppid = 0;
    char state = '?';  // R, S, D, Z (zombie), ...
    std::string name;
    long cpu_ticks = 0;  // user + system CPU time so far, in clock ticks: > 0 once it has computed
};

inline std::vector<std::string> folder_entries(const std::string& path) {
    std::vector<std::string> names;
    if (DIR* dir = opendir(path.c_str())) {
        while (const dirent* e = readdir(dir)) {
            const std::string name = e->d_name;
            if (name != "." && name != "..") names.push_back(name);
        }
        closedir(dir);
    }
    return names;
}

// /proc/PID/stat is "pid (comm) state ppid ...", and comm may itself hold spaces or ')'.
inline bool read_process_entry(int pid, ProcessEntry& out) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) return false;
    const auto open = line.find('(');
    const auto close = line.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) return false;
    std::istringstream rest(line.substr(close + 1));
    out.pid = pid;
    out.name = line.substr(open + 1, close - open - 1);
    // After ')': state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
    long skip = 0, utime = 0, stime = 0;
    if (!(rest >> out.state >> out.ppid)) return false;
    for (int i = 0; i < 9; ++i) rest >> skip;
    if (rest >> utime >> stime) out.cpu_ticks = utime + stime;
    return true;
}

// Every process whose parent is `parent`, zombies included (a zombie is a child nobody waited for).
inline std::vector<ProcessEntry> child_processes(int parent = getpid()) {
    std::vector<ProcessEntry> children;
    for (const std::string& name : folder_entries("/proc")) {
        const int pid = std::atoi(name.c_str());
        ProcessEntry e;
        if (pid > 0 && read_process_entry(pid, e) && e.ppid == parent) children.push_back(e);
    }
    return children;
}

inline std::string describe(const std::vector<ProcessEntry>& processes) {
    std::string text;
    for (const ProcessEntry& p : processes)
        text += "pid " + std::to_string(p.pid) + " " + p.state + " (" + p.name + ")\n";
    return text;
}

// What each open descriptor of this process points at ("socket:[123]", "/tmp/x", "pipe:[9]").
// The listing's own descriptor is in it too, the same way every time.
inline std::multiset<std::string> open_descriptors() {
    std::multiset<std::string> targets;
    for (const std::string& fd : folder_entries("/proc/self/fd")) {
        char target[512];
        const ssize_t n = readlink(("/proc/self/fd/" + fd).c_str(), target, sizeof target - 1);
        targets.insert(n > 0 ? std::string(target, static_cast<std::size_t>(n)) : "?");
    }
    return targets;
}

inline int thread_count() {
    return static_cast<int>(folder_entries("/proc/self/task").size());
}

}  // namespace conclab::testing

#include "machine/memory_peak_tracker.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <shared_mutex>

#include "machine/process_memory.h"

namespace conclab {

MemoryPeakTracker::MemoryPeakTracker(MemoryPeakTrackerOptions options) : options_(std::move(options)) {
    thread_.emplace(options_.period, [this] { sample_now(); });
}

MemoryPeakTracker::~MemoryPeakTracker() {
    stop();
    for (const Tracked& t : tracked_)
        if (t.dir_fd >= 0) ::close(t.dir_fd);
}

void MemoryPeakTracker::stop() {
    if (!thread_) return;
    thread_.reset();  // joins
    sample_now();
    // A stopped tracker holds nothing open: the run that owns it may live on (kept for the table)
    // long after, and a program that starts many runs must not collect /proc descriptors.
    const std::lock_guard lock(mutex_);
    for (Tracked& t : tracked_)
        if (t.dir_fd >= 0) {
            ::close(t.dir_fd);
            t.dir_fd = -1;
        }
}

bool MemoryPeakTracker::add_pid(int pid) {
    if (pid <= 0) return false;
    const std::string dir = options_.proc_root + "/" + std::to_string(pid);
    const std::lock_guard lock(mutex_);
    for (Tracked& t : tracked_) {
        if (t.pid != pid || t.dir_fd < 0) continue;
        // Still the same process (a zombie too: its pid cannot be reused until it is reaped)?
        if (read_text_file_at(t.dir_fd, "status")) return true;
        ::close(t.dir_fd);  // gone: the pid now belongs to a new process
        t.dir_fd = -1;
    }
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    tracked_.push_back({pid, fd, 0});
    ++peak_.processes;
    return true;
}

void MemoryPeakTracker::sample_now() {
    const std::lock_guard lock(mutex_);
    if (tracked_.empty()) return;
    ++peak_.samples;
    if (peak_.figure == MemoryFigure::Pss) sample_pss_locked();
    if (peak_.figure == MemoryFigure::PeakRssSum) sample_hwm_locked();
}

void MemoryPeakTracker::sample_pss_locked() {
    ProcessMemory sum;
    for (Tracked& t : tracked_) {
        if (t.dir_fd < 0) continue;
        const FileText rollup = read_text_file_at(t.dir_fd, "smaps_rollup");
        if (rollup) {
            if (const auto m = parse_smaps_rollup(rollup.text)) {
                sum.rss_kib += m->rss_kib;
                sum.pss_kib += m->pss_kib;
                sum.uss_kib += m->uss_kib;
            } else {
                note_locked(SourceProblemKind::Malformed, t.pid, "smaps_rollup", 0);
            }
            continue;
        }
        const bool exists = static_cast<bool>(read_text_file_at(t.dir_fd, "status"));
        if (rollup.error_number == ENOENT && exists) {
            // The process is there but the file is not: a kernel older than 4.14. Every process
            // of this kernel is the same, so the whole run falls back to VmHWM, marked as such.
            peak_ = MemoryPeak{MemoryFigure::PeakRssSum, 0, 0, 0, peak_.samples, peak_.processes};
            return;
        }
        if (!exists) {
            ::close(t.dir_fd);  // gone: its memory is free again
            t.dir_fd = -1;
        } else if (rollup.error_number != ESRCH) {
            // ESRCH with status readable is a zombie: it has no memory left. Anything else is a
            // real problem (permissions, a hardened /proc).
            note_locked(SourceProblemKind::Unreadable, t.pid, "smaps_rollup", rollup.error_number);
        }
    }
    if (sum.pss_kib > peak_.kib) {
        peak_.kib = sum.pss_kib;
        peak_.rss_kib_at_peak = sum.rss_kib;
    }
    peak_.uss_kib = std::max(peak_.uss_kib, sum.uss_kib);
}

void MemoryPeakTracker::sample_hwm_locked() {
    // VmHWM only grows while a process lives; a process that has ended keeps the last one seen.
    std::int64_t sum = 0;
    for (Tracked& t : tracked_) {
        if (t.dir_fd >= 0) read_hwm_locked(t);
        sum += t.hwm_kib;
    }
    peak_.kib = std::max(peak_.kib, sum);
}

void MemoryPeakTracker::read_hwm_locked(Tracked& t) {
    const FileText status = read_text_file_at(t.dir_fd, "status");
    if (!status) {
        ::close(t.dir_fd);
        t.dir_fd = -1;
        return;
    }
    // No VmHWM line: a zombie (its memory is gone; the last figure stays).
    if (const auto hwm = parse_status_vmhwm(status.text)) t.hwm_kib = std::max(t.hwm_kib, *hwm);
    else if (status.text.find("VmHWM") != std::string::npos) note_locked(SourceProblemKind::Malformed, t.pid, "status", 0);
}

void MemoryPeakTracker::note_locked(SourceProblemKind kind, int pid, const char* file, int error_number) {
    const SourceProblem problem{kind, options_.proc_root + "/" + std::to_string(pid) + "/" + file, error_number};
    if (std::find(problems_.begin(), problems_.end(), problem) == problems_.end()) problems_.push_back(problem);
}

MemoryPeak MemoryPeakTracker::peak() const {
    const std::lock_guard lock(mutex_);
    return peak_;
}

std::vector<SourceProblem> MemoryPeakTracker::problems() const {
    const std::lock_guard lock(mutex_);
    return problems_;
}

}  // namespace conclab

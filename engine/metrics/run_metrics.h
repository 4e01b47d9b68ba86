#pragma once
// Figures of one finished run, all derived from its timeline (measured, never estimated).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "experiment/experiment.h"

namespace conclab {

class TimelineStore;

enum class RunStatus : std::uint8_t { Completed, Stopped, Failed };
std::string_view run_status_name(RunStatus s);

// Where a run's events came from.
enum class SourceKind : std::uint8_t {
    Simulated,  // the engine's own workers under the simulated GIL (RunSession)
    Observed,   // a real program, sampled from /proc and its interpreter's memory
    Opened,     // a saved run read back from a file
};
std::string_view source_kind_name(SourceKind k);  // "simulated", "observed", "opened"

// What the rest of the machine took from a run (DESIGN.md "Truth on a real machine"). A
// classroom laptop is never idle: a run is *marked* when other programs took more than the
// documented share, with the figure; the run's own figures are never adjusted or hidden.
struct MachineLoad {
    bool measured = false;               // false: /proc/stat could not be read (figures unknown)
    std::int64_t capacity_ns = 0;        // usable CPUs × the run's wall time
    std::int64_t other_cpu_ns = 0;       // CPU time of those CPUs spent on other programs: their busy
                                         //   time less this run's workers and this program's own threads
    std::int64_t own_overhead_ns = 0;    // this program's threads that are not workers (window, collector)
    std::int64_t unexplained_ready_ns = 0;  // workers' Ready time while fewer of the run's own workers
                                            //   than usable CPUs were running: someone else had the CPU

    double other_share() const { return capacity_ns > 0 ? double(other_cpu_ns) / double(capacity_ns) : 0.0; }
};

// A run is marked "machine busy" when other programs used more than this share of the CPUs it
// could use, or its workers spent more than this share of their busy time Ready for reasons
// their own run cannot explain. Below these, what the class sees is the run's own story.
inline constexpr double kBusyOtherShare = 0.15;
inline constexpr double kBusyReadyShare = 0.10;

struct RunMetrics {
    std::int64_t wall_ns = 0;        // run start to the last worker's end
    std::int64_t cpu_ns = 0;         // sum of the worker lanes' thread CPU time
    std::int64_t gil_wait_ns = 0;    // sum of Waiting-for-GIL time over lanes
    std::int64_t busy_ns = 0;        // sum of non-Idle lane time (denominator of the GIL share)
    std::int64_t handoffs = 0;       // GIL changed hands (to a different lane)
    std::int64_t voluntary_cs = 0;
    std::int64_t involuntary_cs = 0;
    std::int64_t peak_rss_kib = 0;   // peak memory of the run's processes: summed PSS (see memory_figure)
    int lanes = 0;
    int cores = 1;                   // CPUs the run could use (affinity, cgroup quota, online)
    int tasks_done = 0;
    std::int64_t events_dropped = 0;  // events lost because a lane's ring was full (shown, never silent)
    MachineLoad machine;

    // The one GIL wait share the headline, the table and the CSV all show: Waiting-for-GIL time
    // over the workers' busy (non-Idle) time.
    double gil_wait_share() const { return busy_ns > 0 ? double(gil_wait_ns) / double(busy_ns) : 0.0; }
    double unexplained_ready_share() const {
        return busy_ns > 0 ? double(machine.unexplained_ready_ns) / double(busy_ns) : 0.0;
    }
    // Other programs took enough of the machine that the run's timings cannot be trusted.
    bool machine_busy() const {
        return machine.measured && (machine.other_share() > kBusyOtherShare || unexplained_ready_share() > kBusyReadyShare);
    }
};

RunMetrics compute_metrics(const TimelineStore& timeline, std::int64_t peak_rss_kib);

// Workers' Ready time while fewer of the run's own workers than `cpus` were Running: the OS gave
// their CPU to someone outside the run (a busy machine), not to a sibling worker.
std::int64_t unexplained_ready_ns(const TimelineStore& timeline, int cpus);

// One row of a comparison: what ran, how it ended, its metrics and (once a baseline of the same
// work exists) its speedup and parallel efficiency.
struct ComparisonRow {
    SourceKind source = SourceKind::Simulated;
    std::optional<Experiment> experiment;  // a simulated run's settings (provenance; may be absent)
    std::vector<std::string> command;      // an observed program's argument list
    // Rows with the same key did the same work, so their wall times compare; `baseline` marks a
    // sequential run of it, the 1× every other row's speedup is measured against.
    std::string work_key;
    bool baseline = false;
    RunStatus status = RunStatus::Completed;
    std::optional<Message> status_detail;  // why it stopped/failed
    RunMetrics metrics;
    std::optional<double> speedup;     // baseline wall / this wall
    std::optional<double> efficiency;  // speedup / workers that could run at once (async: tasks)
    // speedup / min(workers that could run at once, CPUs), where the CPUs were the tighter limit.
    std::optional<double> core_efficiency;
};

// The work key of a simulated experiment: its workload and task count ("cpu:50ms x4").
std::string work_key_of(const Experiment& e);
// The work key of an observed program: its command line without the interpreter and without the
// choice of model, so `python3 cpu_bound.py --model threads --tasks 4` and `python3.11
// cpu_bound.py --tasks 4 --model=sequential` did the same work: "cpu_bound.py --tasks 4". The
// interpreter is dropped when argv[0] is a Python ("python", "python3", "/usr/bin/python3.11"):
// the script is the work. An observed row is a baseline when it names `--model sequential`.
std::string observed_work_key(const std::vector<std::string>& command);
bool observed_baseline(const std::vector<std::string>& command);
// The `--model` an observed command line names ("" when none): how the table labels its row.
std::string observed_model(const std::vector<std::string>& command);
// A comparison row for a simulated experiment's figures (tests, the CLI's table).
ComparisonRow simulated_row(const Experiment& e, RunStatus status, const RunMetrics& metrics);

// Fills speedup/efficiency of every row from the latest completed baseline row with the same
// work key; rows without one keep them empty.
void compute_speedups(std::vector<ComparisonRow>& rows);

}  // namespace conclab

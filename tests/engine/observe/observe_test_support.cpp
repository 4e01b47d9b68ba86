#include "observe_test_support.h"

#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace conclab::observe::testing {
namespace {

bool executable(const std::string& path) { return ::access(path.c_str(), X_OK) == 0; }

// The file PATH's python3 is, followed through symlinks ("" when there is none).
std::string path_python() {
    const char* path = std::getenv("PATH");
    if (path == nullptr) return {};
    std::string dirs = path;
    std::size_t begin = 0;
    while (begin <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', begin), dirs.size());
        const std::string candidate = dirs.substr(begin, end - begin) + "/python3";
        if (end > begin && executable(candidate)) {
            char real[4096];
            return ::realpath(candidate.c_str(), real) != nullptr ? real : candidate;
        }
        begin = end + 1;
    }
    return {};
}

}  // namespace

std::vector<Interpreter> main_interpreters() {
    std::vector<Interpreter> found;
    char debian[4096] = {};
    const bool has_debian = executable("/usr/bin/python3") && ::realpath("/usr/bin/python3", debian) != nullptr;
    if (has_debian) found.push_back({"/usr/bin/python3", "/usr/bin/python3"});
    const std::string in_path = path_python();
    if (!in_path.empty() && (!has_debian || in_path != debian)) found.push_back({"python3", "python3 in PATH (" + in_path + ")"});
    return found;
}

std::vector<Interpreter> other_interpreters() {
    std::vector<Interpreter> found;
    std::string root;
    if (const char* pyenv = std::getenv("PYENV_ROOT")) root = pyenv;
    else if (const char* home = std::getenv("HOME")) root = std::string(home) + "/.pyenv";
    if (root.empty()) return found;
    glob_t g{};
    if (::glob((root + "/versions/3.1*/bin/python3").c_str(), 0, nullptr, &g) == 0) {
        for (std::size_t i = 0; i < g.gl_pathc; ++i) {
            const std::string p = g.gl_pathv[i];
            if (p.find("/3.10") == std::string::npos && executable(p)) found.push_back({p, p});
        }
    }
    ::globfree(&g);
    return found;
}

std::string script(const std::string& name) {
    std::string path = CONCLAB_PYTHON_SCRIPTS;
    path += '/';
    path += name;
    return path;
}

ObservedRun observe_with(ObserveOptions options, std::chrono::milliseconds stop_after) {
    ProgramObserver observer(std::move(options));
    observer.start();
    if (stop_after.count() > 0) {
        observer.wait_for(stop_after);
        observer.request_stop();
    }
    ObservedRun run;
    run.result = observer.take_result();
    run.program = observer.program();
    run.status = run.result.status;
    run.detail = run.result.detail ? debug_text(*run.result.detail) : std::string();
    return run;
}

ObservedRun observe_command(const std::vector<std::string>& argv, std::chrono::milliseconds no_hang_bound) {
    ObserveOptions options;
    options.launch.argv = argv;
    options.time_limit = no_hang_bound;
    return observe_with(std::move(options));
}

std::vector<std::uint32_t> lanes_of_group(const TimelineStore& timeline, std::uint32_t group) {
    std::vector<std::uint32_t> lanes;
    const RunLayout& layout = timeline.layout();
    for (std::uint32_t i = 0; i < layout.lanes.size(); ++i)
        if (layout.lanes[i].group == group) lanes.push_back(i);
    return lanes;
}

std::int64_t state_ns(const TimelineStore& timeline, std::uint32_t lane, LaneState state) {
    return timeline.lane_totals(lane).state_ns[static_cast<std::size_t>(state)];
}

std::vector<std::pair<std::int64_t, std::int64_t>> stretches_with_at_least(const TimelineStore& timeline,
                                                                           const std::vector<std::uint32_t>& lanes,
                                                                           LaneState state, int count) {
    // Sweep over the starts (+1) and ends (-1) of the lanes' segments in that state.
    std::map<std::int64_t, int> delta;
    for (const std::uint32_t lane : lanes) {
        const SegmentSeq& row = timeline.segments(RowRef{RowKind::Lane, lane});
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (row[i].state() != state) continue;
            ++delta[row[i].start_ns];
            --delta[row[i].end_ns];
        }
    }
    std::vector<std::pair<std::int64_t, std::int64_t>> stretches;
    int active = 0;
    for (const auto& [t, d] : delta) {
        const bool was = active >= count;
        active += d;
        if (!was && active >= count) stretches.emplace_back(t, t);
        if (was && active < count) stretches.back().second = t;
    }
    return stretches;
}

std::int64_t time_with_at_least(const TimelineStore& timeline, const std::vector<std::uint32_t>& lanes,
                                LaneState state, int count) {
    std::int64_t total = 0;
    for (const auto& [from, to] : stretches_with_at_least(timeline, lanes, state, count)) total += to - from;
    return total;
}

std::vector<std::int64_t> gil_holds(const TimelineStore& timeline, std::uint32_t group) {
    std::vector<std::int64_t> holds;
    const SegmentSeq& row = timeline.segments(RowRef{RowKind::Gil, group});
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (!holds.empty() && i > 0 && row[i - 1].lane == row[i].lane && row[i - 1].end_ns == row[i].start_ns)
            holds.back() += row[i].duration_ns();
        else
            holds.push_back(row[i].duration_ns());
    }
    return holds;
}

std::string output_text(const ObservedRun& run) {
    std::string text;
    for (const OutputLine& line : run.output()) text += line.text + "\n";
    return text;
}

}  // namespace conclab::observe::testing

#include "runfile/run_file_writer.h"

#include <ctime>
#include <streambuf>

#include "core/clock.h"
#include "core/text.h"
#include "export/atomic_file.h"
#include "export/trace_writer.h"
#include "runfile/json_out.h"
#include "runfile/run_file_format.h"
#include "runfile/run_json_writer.h"
#include "timeline/timeline_store.h"

namespace conclab {

namespace {

std::int64_t unix_now_ns() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return timespec_ns(ts);
}

// A stream that only counts what is written to it: the size a file would have.
class CountingBuffer : public std::streambuf {
public:
    std::int64_t count() const { return count_; }

protected:
    int_type overflow(int_type c) override {
        if (!traits_type::eq_int_type(c, traits_type::eof())) ++count_;
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char*, std::streamsize n) override {
        count_ += n;
        return n;
    }

private:
    std::int64_t count_ = 0;
};

// A generous upper bound of a file's size, from what the runs hold: a trace slice and a segment
// each take well under 400 bytes, an output line its text and 200 more.
std::int64_t size_bound(const std::vector<const RunResult*>& runs) {
    std::int64_t bytes = 64 * 1024;
    for (const RunResult* run : runs) {
        const TimelineStore& store = run->store();
        bytes += 400 * static_cast<std::int64_t>(store.segment_count() + store.handoffs().size() + store.tasks().size() +
                                                 store.layout().lanes.size() + store.layout().groups.size()) +
                 4096;
        for (const OutputLine& line : store.output()) bytes += 200 + 6 * static_cast<std::int64_t>(line.text.size());
    }
    return bytes;
}

}  // namespace

SaveContext save_context_now() { return SaveContext{describe_this_machine(), unix_now_ns(), now_ns()}; }

void write_run_file(std::ostream& out, const std::vector<const RunResult*>& runs, const SaveContext& context) {
    write_trace_json(out, runs, [&](std::ostream& o) {
        o << ",\n\"conclab\":";
        JsonOut j(o);
        j.begin_object()
            .key("format").value(kRunFileFormat)
            .key("version").value(kRunFileVersion)
            .key("saved_unix_ns").value(context.unix_now_ns)
            .key("state_names").begin_array();
        for (int s = 0; s < kLaneStateCount; ++s) j.value(lane_state_name(static_cast<LaneState>(s)));
        j.end_array().key("runs").begin_array();
        for (const RunResult* run : runs) {
            // A run of this program carries no machine or start time yet: it ran here, and its
            // monotonic start is this boot's clock.
            const MachineDescription& machine = run->machine ? *run->machine : context.this_machine;
            std::int64_t started = run->started_unix_ns;
            if (started == 0 && !run->machine && run->store().start_ns() > 0)
                started = context.unix_now_ns - (context.monotonic_now_ns - run->store().start_ns());
            write_run_json(j, *run, machine, started);
        }
        j.newline().end_array().end_object().newline();
    });
}

std::optional<Message> save_run_file(const std::string& path, const std::vector<const RunResult*>& all_runs) {
    // Only finished runs: nothing writes their timelines any more, so they are read without a lock.
    std::vector<const RunResult*> runs;
    for (const RunResult* run : all_runs)
        if (run != nullptr && run->timeline && run->timeline->finished()) runs.push_back(run);
    if (runs.empty()) return Message{MessageCode::RunFileNothingToSave, {}};
    const SaveContext context = save_context_now();
    // A file this program would refuse to open is never written. Only when the cheap bound says
    // it might be too large is the file written once into a counter to know.
    if (size_bound(runs) > kMaxRunFileBytes) {
        CountingBuffer counter;
        std::ostream counting(&counter);
        write_run_file(counting, runs, context);
        if (counter.count() > kMaxRunFileBytes)
            return Message{MessageCode::RunFileWouldBeTooLarge,
                           {text_arg(printable(path, 300)), integer_arg(counter.count()), text_arg(kMaxRunFileBytesText)}};
    }
    return write_file_atomically(path, [&](std::ostream& out) { write_run_file(out, runs, context); });
}

}  // namespace conclab

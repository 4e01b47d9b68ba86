// libFuzzer target: a saved run file, as File → Open run and `conclab shot --from` read it. Never a
// crash, a hang or undefined behaviour (run with -malloc_limit_mb: no allocation is sized by what
// a file claims). A refused file gets one message that names it; a file that opens holds finished,
// consistent runs, and saving them and opening the result gives the identical runs again.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "../support/same_timeline.h"
#include "core/message.h"
#include "fuzz_check.h"  // FUZZ_CHECK only: this target is engine code, no Qt
#include "runfile/run_file_reader.h"
#include "runfile/run_file_writer.h"

using namespace conclab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto opened = read_run_file_bytes(bytes, "fuzz.conclab.json");
    if (!opened) {
        // The arguments its code declares (ui/text composes the sentence; its test checks every code).
        FUZZ_CHECK(has_declared_args(opened.error()));
        FUZZ_CHECK(!opened.error().args.empty() && opened.error().args.front().text == "fuzz.conclab.json");
        return 0;
    }
    FUZZ_CHECK(!opened.value().empty());
    std::vector<const RunResult*> runs;
    for (const RunResult& run : opened.value()) {
        FUZZ_CHECK(run.timeline && run.timeline->finished());
        const TimelineStore& store = run.store();
        for (std::uint32_t lane = 0; lane < store.layout().lanes.size(); ++lane) {
            const SegmentSeq& row = store.segments(RowRef{RowKind::Lane, lane});
            for (std::size_t i = 0; i < row.size(); ++i) {
                FUZZ_CHECK(row[i].start_ns < row[i].end_ns);
                FUZZ_CHECK(row[i].end_ns <= store.end_ns());
                if (i > 0) FUZZ_CHECK(row[i - 1].end_ns <= row[i].start_ns);
            }
        }
        // Drawing it must work too: the per-pixel query of every row.
        const TimeWindow window{store.start_ns(), std::max(store.end_ns(), store.start_ns() + 1), 97};
        for (std::uint32_t lane = 0; lane < store.layout().lanes.size(); ++lane) (void)store.query({RowKind::Lane, lane}, window);
        for (std::uint32_t g = 0; g < store.layout().groups.size(); ++g) (void)store.query({RowKind::Gil, g}, window);
        for (std::uint32_t c = 0; c < store.layout().core_row_count(); ++c) (void)store.query({RowKind::Core, c}, window);
        runs.push_back(&run);
    }
    // Saved again (with the machine each run came with), it opens as the same runs.
    std::ostringstream again;
    write_run_file(again, runs, SaveContext{});
    auto reopened = read_run_file_bytes(again.str(), "again.conclab.json");
    FUZZ_CHECK(reopened);
    FUZZ_CHECK(reopened.value().size() == runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i)
        FUZZ_CHECK(conclab::testing::result_difference(*runs[i], reopened.value()[i]).empty());
    return 0;
}

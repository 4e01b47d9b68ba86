// Saved runs: save → open gives the identical run (timeline, figures, status, failure, machine);
// the file is a Chrome trace an independent checker accepts; and every file that is not exactly
// what conclab writes — cut short, damaged, foreign, newer, hostile — gets one message naming the
// file and the problem, never a half-opened run.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../../support/same_timeline.h"
#include "export/trace_writer.h"
#include "run_file_fixtures.h"
#include "runfile/run_file_format.h"
#include "runfile/run_file_reader.h"
#include "trace_schema_check.h"

using namespace conclab;
using namespace conclab::test;
using conclab::testing::result_difference;
using conclab::testing::segment_text;

namespace {

std::vector<RunResult> open_text(const std::string& text) {
    auto opened = read_run_file_bytes(text, "runs.conclab.json");
    INFO((opened ? std::string() : debug_text(opened.error())));
    REQUIRE(opened);
    return opened.value();
}

Message refusal_of(const std::string& text) {
    auto opened = read_run_file_bytes(text, "bad.conclab.json");
    REQUIRE_FALSE(opened);
    // One message about the file: the declared arguments, the first naming the file.
    CHECK(has_declared_args(opened.error()));
    REQUIRE_FALSE(opened.error().args.empty());
    CHECK(opened.error().args.front().text == "bad.conclab.json");
    return opened.error();
}

// The text with the first occurrence of `from` replaced (the test fails if it is not there).
std::string edited(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string temp_path(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("conclab-runfile-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

}  // namespace

TEST_CASE("a saved run opens as the identical run", "[runfile]") {
    const std::vector<RunResult> recorded{gil_threads_run(), killed_process_run(), stopped_run(), observed_run(),
                                          folded_long_run()};
    for (const RunResult& run : recorded) {
        CAPTURE(run.experiment ? std::string(run_model_name(run.experiment->model)) : std::string("observed"));
        const auto opened = open_text(run_file_text({&run}));
        REQUIRE(opened.size() == 1);
        const RunResult& back = opened.front();
        CHECK(result_difference(run, back) == "");
        CHECK(back.timeline->finished());
        // The comparison table's row is made from these: the same row.
        const ComparisonRow a = comparison_row(run);
        const ComparisonRow b = comparison_row(back);
        CHECK(a.work_key == b.work_key);
        CHECK(a.baseline == b.baseline);
        CHECK(a.status == b.status);
        CHECK(a.status_detail == b.status_detail);
        CHECK(a.experiment == b.experiment);
        CHECK(a.command == b.command);
    }
}

TEST_CASE("a saved run says where and when it was recorded", "[runfile]") {
    const SaveContext here = test_save_context();
    const RunResult made_here = gil_threads_run();
    const RunResult opened = open_text(run_file_text({&made_here}, here)).front();
    REQUIRE(opened.machine);
    CHECK(*opened.machine == here.this_machine);
    // Its CLOCK_MONOTONIC start turned into wall-clock time with the clocks of the moment it was saved.
    CHECK(opened.started_unix_ns == here.unix_now_ns - (here.monotonic_now_ns - kRunStart));

    // Saved again on another machine, it still names the one it was recorded on.
    SaveContext elsewhere = here;
    elsewhere.this_machine.cpu_model = "another CPU";
    elsewhere.unix_now_ns += 86'400'000'000'000;
    const RunResult again = open_text(run_file_text({&opened}, elsewhere)).front();
    CHECK(*again.machine == here.this_machine);
    CHECK(again.started_unix_ns == opened.started_unix_ns);
    CHECK(result_difference(made_here, again) == "");

    const RunResult observed = observed_run();
    const RunResult observed_back = open_text(run_file_text({&observed})).front();
    CHECK(observed_back.machine->python_version == "3.11.2");
    CHECK(observed_back.started_unix_ns == observed.started_unix_ns);
}

TEST_CASE("what other programs took from the machine opens again, and so does the busy-machine mark", "[runfile]") {
    const RunResult run = gil_threads_run();
    // The fixture is a run on a busy machine whose core rows hold other programs' time.
    REQUIRE(run.metrics.machine_busy());
    REQUIRE(run.store().segments(RowRef{RowKind::CoreOther, 1}).size() > 0);
    const RunResult back = open_text(run_file_text({&run})).front();
    for (std::uint32_t c = 0; c < run.store().layout().core_row_count(); ++c) {
        const SegmentSeq& a = run.store().segments(RowRef{RowKind::CoreOther, c});
        const SegmentSeq& b = back.store().segments(RowRef{RowKind::CoreOther, c});
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) CHECK(segment_text(a[i]) == segment_text(b[i]));
    }
    // The figures the table, the caption and the CSV mark a busy machine with.
    CHECK(back.metrics.machine_busy());
    CHECK(back.metrics.machine.other_share() == run.metrics.machine.other_share());
    CHECK(back.metrics.unexplained_ready_share() == run.metrics.unexplained_ready_share());
    CHECK(back.metrics.events_dropped == run.metrics.events_dropped);
    CHECK(comparison_row(back).metrics.machine_busy());
    // The switch interval moved during the run: the change is part of what was recorded.
    REQUIRE(run.store().switch_interval_changes().size() == 1);
    CHECK(back.store().switch_interval_changes() == run.store().switch_interval_changes());
    CHECK(back.store().layout().lanes[1].name_kind == NameKind::Thread);
    CHECK(back.store().layout().lanes[1].name_number == 2);
}

TEST_CASE("an observed program opens as observed: its command, GIL rows, processes and output", "[runfile]") {
    const RunResult run = observed_run();
    const RunResult back = open_text(run_file_text({&run})).front();
    CHECK(result_difference(run, back) == "");
    CHECK(back.source == SourceKind::Observed);
    CHECK_FALSE(back.experiment.has_value());
    CHECK(back.command == run.command);
    const RunLayout& layout = back.store().layout();
    REQUIRE(layout.groups.size() == 2);
    CHECK(layout.groups[0].gil);
    CHECK(layout.groups[0].python_version == 311);
    CHECK(layout.groups[1].gil_note == GilNote::NotReadable);
    CHECK(layout.groups[1].python_version == 310);
    CHECK(back.store().segments(RowRef{RowKind::Gil, 0}).size() == run.store().segments(RowRef{RowKind::Gil, 0}).size());
    CHECK(back.store().segments(RowRef{RowKind::Gil, 0}).size() > 0);
    REQUIRE(back.store().output().size() == 2);
    CHECK(back.store().output()[0].stream == OutputStream::Stdout);
    CHECK(back.store().output()[1].text == "Traceback (most recent call last):");
    // Its table row is an observed program's: the same work key as before saving.
    CHECK(comparison_row(back).work_key == comparison_row(run).work_key);
    CHECK(comparison_row(back).source == SourceKind::Observed);
}

TEST_CASE("a whole table of runs saves into one file and opens in order", "[runfile]") {
    const RunResult a = gil_threads_run(kRunStart);
    const RunResult b = killed_process_run(kRunStart + 50'000);
    const RunResult c = stopped_run(kRunStart + 90'000);
    const auto opened = open_text(run_file_text({&a, &b, &c}));
    REQUIRE(opened.size() == 3);
    CHECK(result_difference(a, opened[0]) == "");
    CHECK(result_difference(b, opened[1]) == "");
    CHECK(result_difference(c, opened[2]) == "");
}

TEST_CASE("a folded long run keeps its fold exactly", "[runfile]") {
    const RunResult run = folded_long_run();
    REQUIRE(run.store().fold_block_ns() > 0);  // the fixture really folded
    REQUIRE(run.store().handoff_count() > static_cast<std::int64_t>(run.store().handoffs().size()));
    const RunResult back = open_text(run_file_text({&run})).front();
    CHECK(back.store().fold_block_ns() == run.store().fold_block_ns());
    CHECK(back.store().folded_before_ns() == run.store().folded_before_ns());
    CHECK(result_difference(run, back) == "");
}

TEST_CASE("the saved file is a Chrome trace, the one the trace export writes", "[runfile]") {
    const RunResult a = gil_threads_run();
    const RunResult b = killed_process_run(kRunStart + 50'000);
    const std::string text = run_file_text({&a, &b});
    const TraceCheck check = check_chrome_trace(text);
    CHECK(check.problems == std::vector<std::string>{});
    CHECK(check.slices > 10);
    CHECK(check.thread_names.count("Thread-1") == 1);
    CHECK(check.thread_names.count("GIL") == 1);
    CHECK(check.thread_names.count("CPU 3") == 1);
    // Every trace event exactly as File → Export → Trace writes it; conclab's data after them.
    std::ostringstream trace;
    write_trace_json(trace, {&a, &b});
    std::string events = trace.str();
    events.resize(events.size() - 2);  // without the closing "}\n"
    CHECK(text.compare(0, events.size(), events) == 0);
    CHECK(text.find("\"conclab\":{\"format\":\"conclab-runs\",\"version\":1") != std::string::npos);
}

TEST_CASE("every cut-short file is refused as cut short, never half-opened", "[runfile]") {
    const RunResult run = stopped_run();
    const std::string text = run_file_text({&run});
    CHECK(refusal_of("").code == MessageCode::RunFileEmpty);
    for (std::size_t n = 1; n < text.size() - 1; ++n) {  // the last byte is a newline
        CAPTURE(n);
        auto opened = read_run_file_bytes(std::string_view(text).substr(0, n), "cut.conclab.json");
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == MessageCode::RunFileTruncated);
    }
}

TEST_CASE("damaged bytes get one message or give a run that is still whole", "[runfile]") {
    const RunResult run = stopped_run();
    const std::string text = run_file_text({&run});
    const std::size_t section = text.find("\"conclab\"");
    for (std::size_t at = 0; at < text.size(); at += 3) {
        for (const char replacement : {'}', '9', '"', '\x01', 'x'}) {
            std::string damaged = text;
            if (damaged[at] == replacement) continue;
            damaged[at] = replacement;
            auto opened = read_run_file_bytes(damaged, "damaged.conclab.json");
            if (!opened) {
                CHECK(has_declared_args(opened.error()));
                continue;
            }
            // A changed digit can still be a valid file: then every run is whole and consistent.
            for (const RunResult& r : opened.value()) {
                CHECK(r.timeline->finished());
                for (std::uint32_t lane = 0; lane < r.store().layout().lanes.size(); ++lane) {
                    const SegmentSeq& row = r.store().segments(RowRef{RowKind::Lane, lane});
                    for (std::size_t i = 1; i < row.size(); ++i) CHECK(row[i].start_ns >= row[i - 1].end_ns);
                }
            }
            if (at > section) CHECK(opened.value().size() == 1);
        }
    }
}

TEST_CASE("files of other programs are named for what they are", "[runfile]") {
    // A Perfetto trace: protobuf TracePacket fields.
    CHECK(refusal_of(std::string("\x0a\x1c\x08\x01\x12\x05\x10\x00\x18\xc8\x01", 11)).code == MessageCode::RunFileBinaryTrace);
    // VizTracer writes Chrome trace JSON with its own metadata: a trace, but not a conclab run.
    CHECK(refusal_of(R"({"traceEvents":[{"ph":"X","name":"f","pid":1,"tid":1,"ts":0,"dur":5}],)"
                     R"("viztracer_metadata":{"version":"0.16.0"}})")
              .code == MessageCode::RunFileForeignTrace);
    CHECK(refusal_of(R"([{"ph":"B","name":"main","pid":1,"tid":1,"ts":0}])").code == MessageCode::RunFileForeignTrace);
    CHECK(refusal_of(std::string("\x1f\x8b\x08\x00\x00\x00", 6)).code == MessageCode::RunFileCompressed);
    CHECK(refusal_of("<html><body>not a run</body></html>").code == MessageCode::RunFileNotJson);
    CHECK(refusal_of(R"({"name":"a settings file"})").code == MessageCode::RunFileNotConclab);
    CHECK(refusal_of(R"({"traceEvents":[],"conclab":{"format":"other-program","version":1}})").code ==
          MessageCode::RunFileNotConclab);
}

TEST_CASE("a file from a newer conclab is refused with both version numbers", "[runfile]") {
    const RunResult run = stopped_run();
    const std::string text = edited(run_file_text({&run}), "\"version\":1", "\"version\":7");
    const Message m = refusal_of(text);
    CHECK(m.code == MessageCode::RunFileNewerVersion);
    CHECK(m.args[1].number == 7);
    CHECK(m.args[2].number == kRunFileVersion);
    // Whatever the newer format holds after its version is not read at all.
    CHECK(refusal_of(R"({"conclab":{"format":"conclab-runs","version":2,"anything":[1,2,)").code ==
          MessageCode::RunFileNewerVersion);
}

TEST_CASE("a damaged value is named by its place in the file", "[runfile]") {
    const RunResult run = gil_threads_run();
    const std::string text = run_file_text({&run});
    struct Case {
        std::string from, to, place;
    };
    const Case cases[] = {
        {"\"task_count\":3", "\"task_count\":3000000", "conclab.runs[0].timeline.task_count"},
        {"\"cores\":2,\"cpu_ids\":[2,3]", "\"cores\":2,\"cpu_ids\":[3,2]", "conclab.runs[0].timeline.cpu_ids[1]"},
        {"\"gil\":true,\"switch_interval_ns\"", "\"gil\":1,\"switch_interval_ns\"", "conclab.runs[0].experiment.gil"},
        {"\"status\":\"completed\"", "\"status\":\"finished\"", "conclab.runs[0].status"},
        {"\"workload\":\"cpu:5ms\"", "\"workload\":\"cpu:-5ms\"", "conclab.runs[0].experiment.workload"},
        {"\"group\":0", "\"group\":1", "conclab.runs[0].timeline.lanes[0].group"},
        {"\"wall_ns\":", "\"wall_ns\":-", "conclab.runs[0].metrics.wall_ns"},
        {"\"source\":", "\"origin\":", "conclab.runs[0].source"},
        {"\"kind\":\"thread\"", "\"kind\":\"fiber\"", "conclab.runs[0].timeline.lanes[0].kind"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.to);
        const Message m = refusal_of(edited(text, c.from, c.to));
        CHECK(m.code == MessageCode::RunFileDamaged);
        CHECK(m.args[1].text == c.place);
    }
    // Segments out of order, overlapping, past the end, or of a lane that does not exist.
    const std::string row = "\"segments\":[0,5000,0,2,0,0,";
    REQUIRE(text.find(row) != std::string::npos);
    for (const char* bad : {"\"segments\":[5000,0,0,2,0,0,", "\"segments\":[0,99999999,0,2,0,0,",
                                   "\"segments\":[0,5000,9,2,0,0,", "\"segments\":[0,5000,0,2,0,1,",
                                   "\"segments\":[0,5000,0,2,16777215,0,"}) {
        CAPTURE(bad);
        const Message m = refusal_of(edited(text, row, bad));
        CHECK(m.code == MessageCode::RunFileDamaged);
        CHECK(m.args[1].text == "conclab.runs[0].timeline.lanes[0].segments[0]");
    }
}

TEST_CASE("hostile files are refused quickly, whatever they claim", "[runfile]") {
    const RunResult run = stopped_run();
    const std::string text = run_file_text({&run});
    // A million '[': no stack overflow, a syntax error at the nesting limit.
    CHECK(refusal_of(R"({"traceEvents":)" + std::string(1'000'000, '[')).code == MessageCode::RunFileSyntax);
    // Numbers beyond int64, fractions where whole numbers belong.
    CHECK(refusal_of(edited(text, "\"wall_ns\":", "\"wall_ns\":99999999999999999999")).code == MessageCode::RunFileDamaged);
    CHECK(refusal_of(edited(text, "\"wall_ns\":", "\"wall_ns\":1e400,\"x\":")).code == MessageCode::RunFileDamaged);
    // Strings: control characters, lone surrogates, invalid UTF-8, and a name of a megabyte.
    CHECK(refusal_of(edited(text, "\"Thread-1\"", "\"Thread\x01\"")).code == MessageCode::RunFileSyntax);
    CHECK(refusal_of(edited(text, "\"Thread-1\"", "\"Thread\\udc00\"")).code == MessageCode::RunFileSyntax);
    CHECK(refusal_of(edited(text, "\"Thread-1\"", "\"Thread\xc0\xaf\"")).code == MessageCode::RunFileSyntax);
    // (in conclab's section: the trace events before it are Perfetto's, read only as JSON)
    CHECK(refusal_of(edited(text, "\"name\":\"Thread-1\",\"group\"", "\"name\":\"" + std::string(1 << 20, 'a') + "\",\"group\"")).code ==
          MessageCode::RunFileDamaged);
    // Two conclab sections, garbage after the document.
    CHECK(refusal_of(edited(text, "\"conclab\":", "\"conclab\":{},\"conclab\":")).code == MessageCode::RunFileDamaged);
    CHECK(refusal_of(text + "{}").code == MessageCode::RunFileSyntax);
    // Many core rows claimed with none given; a section with no runs.
    CHECK(refusal_of(edited(text, "\"cores\":1,\"cpu_ids\":[]", "\"cores\":65535,\"cpu_ids\":[]")).code ==
          MessageCode::RunFileDamaged);
    const std::string header = text.substr(0, text.find("\"runs\":[") + 8);
    CHECK(refusal_of(header + "]}}").code == MessageCode::RunFileNoRuns);
}

TEST_CASE("opening names the file when it cannot be read at all", "[runfile]") {
    auto code_of = [](const std::string& path) {
        auto opened = read_run_file(path);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().args.front().text == path);
        return opened.error().code;
    };
    CHECK(code_of(temp_path("missing.conclab.json")) == MessageCode::RunFileCannotRead);
    CHECK(code_of(std::filesystem::temp_directory_path().string()) == MessageCode::RunFileIsDirectory);
    CHECK(code_of("/dev/null") == MessageCode::RunFileNotRegular);
    // A FIFO nobody writes to: refused at once, never waited on.
    const std::string fifo = temp_path("pipe.conclab.json");
    std::filesystem::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(code_of(fifo) == MessageCode::RunFileNotRegular);
    std::filesystem::remove(fifo);
    // Over 1 GiB (a sparse file: no disk used), refused before a byte is read.
    const std::string huge = temp_path("huge.conclab.json");
    {
        std::ofstream create(huge);
    }
    REQUIRE(::truncate(huge.c_str(), kMaxRunFileBytes + 1) == 0);
    auto opened = read_run_file(huge);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == MessageCode::RunFileTooLarge);
    CHECK(opened.error().args[1].number == kMaxRunFileBytes + 1);
    std::filesystem::remove(huge);
}

TEST_CASE("save_run_file writes a file that opens, and only finished runs", "[runfile]") {
    const std::string path = temp_path("saved.conclab.json");
    const RunResult a = gil_threads_run();
    const RunResult b = observed_run(kRunStart + 40'000);
    REQUIRE_FALSE(save_run_file(path, {&a, &b}));
    auto opened = read_run_file(path);
    REQUIRE(opened);
    REQUIRE(opened.value().size() == 2);
    CHECK(result_difference(a, opened.value()[0]) == "");
    CHECK(result_difference(b, opened.value()[1]) == "");
    // This machine stamps the run made here.
    REQUIRE(opened.value()[0].machine);
    CHECK(opened.value()[0].machine->usable_cpus >= 1);

    RunResult live;
    live.timeline = std::make_shared<SharedTimeline>(thread_layout(1, 1));  // still going
    const auto refused = save_run_file(path, {&live});
    REQUIRE(refused);
    CHECK(refused->code == MessageCode::RunFileNothingToSave);
    CHECK(read_run_file(path));  // the earlier file is still there, whole
    std::filesystem::remove(path);
}

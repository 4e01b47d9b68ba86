// The trace file: valid JSON in the Chrome Trace Event format, tracks that never overlap, names
// that survive any characters, hand-offs and cores where Perfetto users expect them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "event_builders.h"
#include "export/trace_writer.h"
#include "mini_json.h"

using namespace conclab;
using namespace conclab::test;

namespace {

using Type = JsonValue::Type;

// A threads run under the GIL: two threads trading the GIL on two cores, then a hand-off.
RunResult gil_run(std::int64_t start, std::string second_lane_name = "Thread-2") {
    RunResult run;
    run.experiment = default_experiment();
    RunLayout layout = thread_layout(2, 2, 2, true, start);
    layout.lanes[1].name = std::move(second_lane_name);
    run.timeline = std::make_shared<SharedTimeline>(layout);
    std::vector<Event> events{
        lane_begin(start, 0, 4711, 4712), lane_begin(start, 1, 4711, 4713),
        gil_acquire(start, 0), running(start, 0, 0, 0), state_event(start, 1, LaneState::WaitingGil, kNoCore, 1),
        gil_release(start + 5000, 0, GilReason::Interval), state_event(start + 5000, 0, LaneState::WaitingGil, kNoCore, 0),
        gil_acquire(start + 5100, 1, 0, start + 5000, GilReason::Interval), running(start + 5100, 1, 1, 1),
        gil_release(start + 9000, 1, GilReason::Exit), lane_end(start + 9000, 1, 3900, 0, 1, 0),
        gil_acquire(start + 9050, 0, 1, start + 9000, GilReason::Exit), running(start + 9050, 0, 1, 0),
        gil_release(start + 12'000, 0, GilReason::Exit), lane_end(start + 12'000, 0, 8000, 0, 1, 0)};
    run.timeline->append(events);
    run.timeline->finish(start + 12'000);
    return run;
}

// A process run without a GIL, with one process per lane.
RunResult process_run(std::int64_t start) {
    RunResult run;
    run.experiment = default_experiment();
    run.experiment->model = RunModel::Processes;
    run.experiment->gil = false;
    RunLayout layout;
    layout.groups = {ProcessGroup{"Process-1", 0, false}, ProcessGroup{"Process-2", 0, false}};
    layout.lanes = {LaneInfo{"Process-1", 0, LaneKind::Process, 0, 0}, LaneInfo{"Process-2", 1, LaneKind::Process, 0, 0}};
    layout.cores = 2;
    layout.start_ns = start;
    run.timeline = std::make_shared<SharedTimeline>(layout);
    std::vector<Event> events{state_event(start, 0, LaneState::Overhead), state_event(start, 1, LaneState::Overhead),
                              running(start + 300, 0, 0), running(start + 400, 1, 1),
                              lane_end(start + 2000, 0, 1, 2048, 0, 0), lane_end(start + 2100, 1, 1, 2048, 0, 0)};
    run.timeline->append(events);
    run.timeline->finish(start + 2100);
    return run;
}

JsonValue parse_trace(const std::vector<const RunResult*>& runs, std::string* text_out = nullptr) {
    std::ostringstream out;
    write_trace_json(out, runs);
    const std::string text = out.str();
    if (text_out) *text_out = text;
    JsonParser parser(text);
    auto doc = parser.parse();
    INFO(parser.error());
    REQUIRE(doc);
    return *doc;
}

const std::vector<JsonValue>& events_of(const JsonValue& doc) {
    REQUIRE(doc.type == Type::Object);
    REQUIRE(doc.has("traceEvents"));
    REQUIRE(doc["traceEvents"].type == Type::Array);
    REQUIRE(doc.has("displayTimeUnit"));
    CHECK(doc["displayTimeUnit"].string == "ms");
    return doc["traceEvents"].array;
}

bool is_number(const JsonValue& e, const char* key) { return e.has(key) && e[key].type == Type::Number; }

// Every event has what its phase needs; X slices of one track never overlap.
void check_trace_format(const std::vector<JsonValue>& events) {
    std::map<std::pair<int, int>, std::vector<std::pair<double, double>>> slices;
    for (const JsonValue& e : events) {
        REQUIRE(e.type == Type::Object);
        REQUIRE(e.has("ph"));
        REQUIRE(e.has("name"));
        REQUIRE(e["name"].type == Type::String);
        REQUIRE(is_number(e, "pid"));
        REQUIRE(is_number(e, "tid"));
        const std::string& ph = e["ph"].string;
        CAPTURE(ph, e["name"].string);
        if (ph == "M") {
            REQUIRE(e.has("args"));
            const bool named = e["args"].has("name") && e["args"]["name"].type == Type::String;
            const bool sorted = e["args"].has("sort_index") && e["args"]["sort_index"].type == Type::Number;
            CHECK((named || sorted));
        } else if (ph == "X") {
            REQUIRE(is_number(e, "ts"));
            REQUIRE(is_number(e, "dur"));
            CHECK(e["ts"].number >= 0);
            CHECK(e["dur"].number > 0);
            slices[{static_cast<int>(e["pid"].number), static_cast<int>(e["tid"].number)}].push_back(
                {e["ts"].number, e["ts"].number + e["dur"].number});
        } else if (ph == "i") {
            REQUIRE(is_number(e, "ts"));
            CHECK(e["s"].string == "t");
        } else if (ph == "C") {
            REQUIRE(is_number(e, "ts"));
            REQUIRE(e.has("args"));
        } else {
            FAIL("unexpected phase " << ph);
        }
    }
    for (auto& [track, list] : slices) {
        std::sort(list.begin(), list.end());
        for (std::size_t i = 1; i < list.size(); ++i) {
            CAPTURE(track.first, track.second, i);
            CHECK(list[i].first >= list[i - 1].second - 1e-9);
        }
    }
}

std::vector<const JsonValue*> find(const std::vector<JsonValue>& events, const std::string& ph, const std::string& name) {
    std::vector<const JsonValue*> out;
    for (const JsonValue& e : events)
        if (e["ph"].string == ph && e["name"].string == name) out.push_back(&e);
    return out;
}

std::string process_name(const std::vector<JsonValue>& events, int pid) {
    for (const JsonValue* e : find(events, "M", "process_name"))
        if (static_cast<int>((*e)["pid"].number) == pid) return (*e)["args"]["name"].string;
    return {};
}

}  // namespace

TEST_CASE("a trace of one run parses and has every kind of track") {
    const RunResult run = gil_run(1'000'000);
    std::string text;
    const JsonValue doc = parse_trace({&run}, &text);
    const auto& events = events_of(doc);
    check_trace_format(events);
    CHECK(std::count(text.begin(), text.end(), '\n') >= static_cast<long>(events.size()));  // one event per line

    CHECK(process_name(events, 1000) == "threads \u00b7 GIL on \u00b7 Main process (pid 4711)");
    CHECK(process_name(events, 1999) == "threads \u00b7 GIL on \u00b7 CPU cores");

    std::set<std::string> thread_names;
    for (const JsonValue* e : find(events, "M", "thread_name")) thread_names.insert((*e)["args"]["name"].string);
    CHECK(thread_names == std::set<std::string>{"Thread-1", "Thread-2", "GIL", "CPU 0", "CPU 1"});
    CHECK(find(events, "M", "thread_sort_index").size() == 5);

    // Lane slices are named by state, start at the run's start, carry task and core.
    const auto running = find(events, "X", "Running");
    REQUIRE(running.size() == 3);
    const auto first = std::min_element(running.begin(), running.end(), [](auto* a, auto* b) {
        return (*a)["ts"].number < (*b)["ts"].number;
    });
    CHECK((**first)["ts"].number == 0.0);
    CHECK((**first)["dur"].number == Approx(5.0));
    CHECK((**first)["args"]["task"].number == 0);
    CHECK((**first)["args"]["core"].number == 0);
    const auto waiting = find(events, "X", "Waiting for GIL");
    REQUIRE(waiting.size() == 2);
    CHECK((*waiting[0])["args"]["core"].type == Type::Null);

    // The GIL track names its holder; hand-offs are instants on it.
    CHECK(find(events, "X", "GIL held by Thread-1").size() == 2);
    CHECK(find(events, "X", "GIL held by Thread-2").size() == 1);
    const auto handoffs = find(events, "i", "GIL hand-off");
    REQUIRE(handoffs.size() == 2);
    const JsonValue& h = *handoffs[0];
    CHECK(h["args"]["from"].string == "Thread-1");
    CHECK(h["args"]["to"].string == "Thread-2");
    CHECK(h["args"]["reason"].string == "switch interval expired");
    CHECK(h["args"]["latency_us"].number == Approx(0.1));
    CHECK(h["ts"].number == Approx(5.1));

    // Cores: slices named after the lane that ran there.
    CHECK(find(events, "X", "Thread-1").size() == 2);
    CHECK(find(events, "X", "Thread-2").size() == 1);

    // Running workers never exceed one under the GIL here, and end at zero.
    const auto counter = find(events, "C", "running workers");
    REQUIRE(!counter.empty());
    for (const JsonValue* c : counter) CHECK((*c)["args"]["value"].number <= 1);
    CHECK((*counter.back())["args"]["value"].number == 0);
}

TEST_CASE("several runs share one time base and get their own processes") {
    const RunResult a = gil_run(5'000'000);
    const RunResult b = process_run(2'000'000);  // started earlier: it is time zero
    const JsonValue doc = parse_trace({&a, nullptr, &b});
    const auto& events = events_of(doc);
    check_trace_format(events);
    CHECK(process_name(events, 1000).rfind("threads \u00b7 GIL on", 0) == 0);
    CHECK(process_name(events, 3000) == "processes \u00b7 GIL off \u00b7 Process-1");
    CHECK(process_name(events, 3001) == "processes \u00b7 GIL off \u00b7 Process-2");
    CHECK(process_name(events, 3999) == "processes \u00b7 GIL off \u00b7 CPU cores");
    CHECK(find(events, "M", "thread_name").size() == 5 + 2 + 2);  // no GIL track without a GIL
    double earliest = 1e300;
    for (const JsonValue* e : find(events, "X", "Overhead")) earliest = std::min(earliest, (*e)["ts"].number);
    CHECK(earliest == 0.0);
    for (const JsonValue* e : find(events, "X", "GIL held by Thread-1")) CHECK((*e)["ts"].number >= 3000.0);
}

TEST_CASE("lane names with quotes, backslashes, control characters and non-ASCII survive") {
    const std::string name = GENERATE(as<std::string>{}, "Thread \"two\"", "C:\\work\\lane", "tab\there\nnew",
                                      "\u09A5\u09CD\u09B0\u09C7\u09A1-\u09E8", "bad\xff\xfe utf8");
    const RunResult run = gil_run(0, name);
    const JsonValue doc = parse_trace({&run});
    const auto& events = events_of(doc);
    check_trace_format(events);
    const std::string expected = name == "bad\xff\xfe utf8" ? "bad\uFFFD\uFFFD utf8" : name;
    CHECK(find(events, "X", "GIL held by " + expected).size() == 1);
    std::set<std::string> thread_names;
    for (const JsonValue* e : find(events, "M", "thread_name")) thread_names.insert((*e)["args"]["name"].string);
    CHECK(thread_names.count(expected) == 1);
}

TEST_CASE("no runs still give a valid, empty trace") {
    const JsonValue doc = parse_trace({});
    CHECK(events_of(doc).empty());
}

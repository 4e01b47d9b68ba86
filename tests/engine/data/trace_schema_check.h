#pragma once
// An independent reader of Chrome traces for the tests: the Trace Event Format as Perfetto and
// chrome://tracing read it, checked with the test's own JSON parser (mini_json.h), never with the
// program's reader. Returns the problems found (empty: a valid trace).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "mini_json.h"

namespace conclab::test {

struct TraceCheck {
    std::vector<std::string> problems;
    std::size_t events = 0;
    std::size_t slices = 0;
    std::set<std::string> thread_names;
};

inline TraceCheck check_chrome_trace(std::string_view text) {
    TraceCheck check;
    auto problem = [&](const std::string& what) { check.problems.push_back(what); };
    JsonParser parser(text);
    const auto doc = parser.parse();
    if (!doc) {
        problem("not JSON: " + parser.error());
        return check;
    }
    using Type = JsonValue::Type;
    if (doc->type != Type::Object || !doc->has("traceEvents") || (*doc)["traceEvents"].type != Type::Array) {
        problem("no traceEvents array in a top-level object");
        return check;
    }
    if (doc->has("displayTimeUnit") && (*doc)["displayTimeUnit"].string != "ms" && (*doc)["displayTimeUnit"].string != "ns")
        problem("displayTimeUnit is neither ms nor ns");
    // Perfetto stops at the first top-level key it does not know: traceEvents must come first.
    if (text.find("\"traceEvents\"") > text.find_first_of('"')) problem("traceEvents is not the first key");
    const std::set<std::string> phases{"B", "E", "X", "i", "I", "C", "M", "s", "t", "f", "b", "e", "n"};
    std::map<std::pair<double, double>, std::vector<std::pair<double, double>>> tracks;
    for (const JsonValue& e : (*doc)["traceEvents"].array) {
        ++check.events;
        if (e.type != Type::Object) {
            problem("an event is not an object");
            continue;
        }
        auto number = [&](const char* key) { return e.has(key) && e[key].type == Type::Number; };
        if (!e.has("ph") || e["ph"].type != Type::String || !phases.count(e["ph"].string)) {
            problem("an event without a known ph");
            continue;
        }
        const std::string& ph = e["ph"].string;
        if (!e.has("name") || e["name"].type != Type::String) problem(ph + " event without a name");
        if (!number("pid") || !number("tid")) problem(ph + " event without pid and tid");
        if (ph == "M") {
            if (!e.has("args") || e["args"].type != Type::Object) problem("metadata event without args");
            else if (e["name"].string == "thread_name" && e["args"].has("name")) check.thread_names.insert(e["args"]["name"].string);
            continue;
        }
        if (!number("ts")) problem(ph + " event without a numeric ts");
        if (ph == "X") {
            ++check.slices;
            if (!number("dur") || e["dur"].number < 0) problem("X event without a duration");
            else tracks[{e["pid"].number, e["tid"].number}].push_back({e["ts"].number, e["ts"].number + e["dur"].number});
        }
        if (e.has("args") && e["args"].type != Type::Object) problem("args is not an object");
    }
    // Complete slices of one track must nest or follow each other; conclab's never overlap.
    for (auto& [track, slices] : tracks) {
        std::sort(slices.begin(), slices.end());
        for (std::size_t i = 1; i < slices.size(); ++i)
            if (slices[i].first < slices[i - 1].second - 1e-6) {
                problem("slices overlap on one track");
                break;
            }
    }
    return check;
}

}  // namespace conclab::test

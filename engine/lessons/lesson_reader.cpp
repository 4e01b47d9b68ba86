// Reads a lesson from the text of its file (format: docs/lessons.md). The JSON reader checks the
// syntax; this checks the meaning, field by field, and names the line and column of the value at
// fault (or of the object a required field is missing from) with a message code.
#include <algorithm>
#include <cctype>
#include <functional>
#include <initializer_list>
#include <set>

#include "core/text.h"
#include "lessons/json_reader.h"
#include "lessons/lesson_library.h"
#include "workload/quantity_parse.h"

namespace conclab {

namespace {

using LessonResult = ParseResult<Lesson, LessonReadError>;

constexpr std::string_view kFormatName = "conclab-lesson";
constexpr int kMaxOrder = 10'000;
constexpr int kMaxDigits = 6;

// Thrown inside the reader only, caught in read_lesson(): the first problem ends the reading.
struct Refusal {
    LessonReadError error;
};

[[noreturn]] void refuse(const JsonValue& at, Message problem) { throw Refusal{{at.line, at.column, std::move(problem)}}; }

std::string join(std::initializer_list<std::string_view> names) {
    std::string out;
    for (const std::string_view n : names) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

// "runs[2]" + "workload" → "runs[2].workload": where a value is, as messages name it.
std::string field(const std::string& object, std::string_view key) {
    return object.empty() ? std::string(key) : object + "." + std::string(key);
}
std::string item(const std::string& list, std::size_t index) { return list + "[" + std::to_string(index) + "]"; }

bool valid_id(std::string_view id) {
    if (id.empty() || id.size() > 40) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool valid_figure_name(std::string_view name) {
    if (name.empty() || name.size() > 40 || !(std::islower(static_cast<unsigned char>(name[0])) != 0)) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

// One JSON object being read: its members by key, checked against the keys it may have.
class ObjectReader {
public:
    ObjectReader(const JsonValue& value, std::string path, std::initializer_list<std::string_view> allowed)
        : value_(value), path_(std::move(path)) {
        if (value.kind != JsonKind::Object)
            refuse(value, Message{MessageCode::LessonExpectedObject, {text_arg(path_.empty() ? "lesson" : path_)}});
        for (const auto& [key, member] : value.members) {
            // "comment" is allowed everywhere: notes for whoever edits the file next.
            if (key == "comment") {
                if (member.kind != JsonKind::String)
                    refuse(member, Message{MessageCode::LessonExpectedText, {text_arg(field(path_, key))}});
                continue;
            }
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
                refuse(member, Message{MessageCode::LessonUnknownField, {quoted_arg(field(path_, key)), text_arg(join(allowed))}});
        }
    }

    const JsonValue& object() const { return value_; }
    const std::string& path() const { return path_; }
    std::string path_of(std::string_view key) const { return field(path_, key); }

    const JsonValue* optional(std::string_view key) const { return value_.member(key); }
    const JsonValue& required(std::string_view key) const {
        const JsonValue* v = value_.member(key);
        if (v == nullptr) refuse(value_, Message{MessageCode::LessonMissingField, {text_arg(path_of(key))}});
        return *v;
    }

    std::string text(std::string_view key) const { return as_text(required(key), path_of(key)); }
    std::string as_text(const JsonValue& v, const std::string& where) const {
        if (v.kind != JsonKind::String) refuse(v, Message{MessageCode::LessonExpectedText, {text_arg(where)}});
        return v.text;
    }
    std::int64_t whole_number(const JsonValue& v, const std::string& where, std::int64_t min, std::int64_t max) const {
        if (v.kind != JsonKind::Number || !v.is_integer())
            refuse(v, Message{MessageCode::LessonExpectedWholeNumber, {text_arg(where)}});
        if (v.number < static_cast<double>(min) || v.number > static_cast<double>(max))
            refuse(v, Message{MessageCode::LessonValueOutOfRange,
                              {text_arg(where), integer_arg(static_cast<std::int64_t>(v.number)), integer_arg(min), integer_arg(max)}});
        return static_cast<std::int64_t>(v.number);
    }
    bool boolean(const JsonValue& v, const std::string& where) const {
        if (v.kind != JsonKind::Bool) refuse(v, Message{MessageCode::LessonExpectedBool, {text_arg(where)}});
        return v.boolean;
    }
    const std::vector<JsonValue>& list(const JsonValue& v, const std::string& where, std::size_t min, std::size_t max) const {
        if (v.kind != JsonKind::Array) refuse(v, Message{MessageCode::LessonExpectedList, {text_arg(where)}});
        if (v.items.size() < min || v.items.size() > max)
            refuse(v, Message{MessageCode::LessonCountOutOfRange,
                              {text_arg(where), integer_arg(static_cast<std::int64_t>(v.items.size())),
                               integer_arg(static_cast<std::int64_t>(min)), integer_arg(static_cast<std::int64_t>(max))}});
        return v.items;
    }

private:
    const JsonValue& value_;
    std::string path_;
};

// Splits a text at its {figure} places. "{{" and "}}" stand for braces themselves.
std::vector<TextPiece> split_placeholders(const std::string& text, const std::string& where, const JsonValue& at,
                                          const std::function<std::optional<std::size_t>(std::string_view)>& figure) {
    std::vector<TextPiece> pieces;
    std::string literal;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c != '{') {
            literal += c;
            continue;
        }
        const std::size_t close = text.find('}', i + 1);
        if (close == std::string::npos) refuse(at, Message{MessageCode::LessonPlaceholderUnclosed, {text_arg(where)}});
        const std::string_view name = trim(std::string_view(text).substr(i + 1, close - i - 1));
        const auto index = figure(name);
        if (!index) refuse(at, Message{MessageCode::LessonPlaceholderUnknown, {text_arg(where), text_arg(printable(name, 60))}});
        if (!literal.empty()) pieces.push_back({std::move(literal), std::nullopt});
        literal.clear();
        pieces.push_back({{}, index});
        i = close;
    }
    if (!literal.empty()) pieces.push_back({std::move(literal), std::nullopt});
    return pieces;
}

class LessonReader {
public:
    explicit LessonReader(const JsonValue& root) : root_(root) {}

    Lesson read() {
        const ObjectReader top(root_, "",
                               {"format", "version", "id", "order", "title", "explanation", "python", "runs", "main_run",
                                "grid", "figures", "question", "answers", "result"});
        const std::string format = top.text("format");
        if (format != kFormatName) refuse(top.required("format"), Message{MessageCode::LessonFormatUnknown, {quoted_arg(format)}});
        const JsonValue& version = top.required("version");
        const auto v = top.whole_number(version, "version", 1, 1'000'000);
        if (v > kLessonFormatVersion)
            refuse(version, Message{MessageCode::LessonVersionUnsupported, {integer_arg(v), integer_arg(kLessonFormatVersion)}});

        lesson_.id = top.text("id");
        if (!valid_id(lesson_.id)) refuse(top.required("id"), Message{MessageCode::LessonBadId, {text_arg("id"), quoted_arg(lesson_.id)}});
        if (const JsonValue* order = top.optional("order"))
            lesson_.order = static_cast<int>(top.whole_number(*order, "order", 0, kMaxOrder));
        lesson_.title = text(top, "title", false);
        lesson_.explanation = text(top, "explanation", false);
        lesson_.python = code(top, "python");
        if (const JsonValue* grid = top.optional("grid")) read_grid(top, *grid);
        read_runs(top);
        lesson_.main_run = 0;
        if (const JsonValue* main = top.optional("main_run")) lesson_.main_run = run_named(top.as_text(*main, "main_run"), "main_run", *main);
        check_grid_filled(top);
        read_figures(top);
        lesson_.question = text(top, "question", false);
        read_answers(top);
        lesson_.result = text(top, "result", true);
        return std::move(lesson_);
    }

private:
    // ── texts ──
    LessonText text(const ObjectReader& in, std::string_view key, bool figures_allowed) {
        return text_value(in.required(key), in.path_of(key), figures_allowed);
    }

    LessonText text_value(const JsonValue& v, const std::string& where, bool figures_allowed) {
        LessonText t;
        if (v.kind == JsonKind::String) {
            t.raw[0] = v.text;  // one text for every language
        } else if (v.kind == JsonKind::Object) {
            const ObjectReader languages(v, where, {"en", "bn"});
            for (const LessonLanguage language : {LessonLanguage::English, LessonLanguage::Bengali}) {
                const std::string_view key = lesson_language_key(language);
                if (const JsonValue* one = languages.optional(key))
                    t.raw[static_cast<std::size_t>(language)] = languages.as_text(*one, languages.path_of(key));
            }
        } else {
            refuse(v, Message{MessageCode::LessonExpectedLanguages, {text_arg(where)}});
        }
        for (std::string& raw : t.raw) raw = std::string(trim(raw));
        if (t.empty()) refuse(v, Message{MessageCode::LessonTextEmpty, {text_arg(where)}});
        for (std::size_t i = 0; i < kLessonLanguageCount; ++i) {
            if (t.raw[i].empty()) continue;
            if (figures_allowed) {
                t.parsed[i] = split_placeholders(t.raw[i], where, v, [this](std::string_view name) { return lesson_.figure_index(name); });
            } else {
                t.parsed[i] = {TextPiece{t.raw[i], std::nullopt}};
            }
        }
        return t;
    }

    LessonCode code(const ObjectReader& in, std::string_view key) {
        const JsonValue& v = in.required(key);
        const std::string where = in.path_of(key);
        LessonCode c;
        auto lines = [&](const JsonValue& list, const std::string& list_where) {
            std::vector<std::string> out;
            const auto& items = in.list(list, list_where, 1, kMaxPythonLines);
            for (std::size_t i = 0; i < items.size(); ++i) out.push_back(in.as_text(items[i], item(list_where, i)));
            return out;
        };
        if (v.kind == JsonKind::Array) {
            c.lines[0] = lines(v, where);
        } else if (v.kind == JsonKind::Object) {
            const ObjectReader languages(v, where, {"en", "bn"});
            for (const LessonLanguage language : {LessonLanguage::English, LessonLanguage::Bengali}) {
                const std::string_view k = lesson_language_key(language);
                if (const JsonValue* one = languages.optional(k)) c.lines[static_cast<std::size_t>(language)] = lines(*one, languages.path_of(k));
            }
            if (c.lines[0].empty() && c.lines[1].empty()) refuse(v, Message{MessageCode::LessonTextEmpty, {text_arg(where)}});
        } else {
            refuse(v, Message{MessageCode::LessonExpectedList, {text_arg(where)}});
        }
        return c;
    }

    // ── ids ──
    std::string id(const ObjectReader& in, std::set<std::string>& seen) {
        const JsonValue& v = in.required("id");
        std::string value = in.as_text(v, in.path_of("id"));
        if (!valid_id(value)) refuse(v, Message{MessageCode::LessonBadId, {text_arg(in.path_of("id")), quoted_arg(value)}});
        if (!seen.insert(value).second) refuse(v, Message{MessageCode::LessonDuplicateId, {text_arg(in.path_of("id")), quoted_arg(value)}});
        return value;
    }

    std::size_t run_named(const std::string& name, const std::string& where, const JsonValue& at) const {
        const auto index = lesson_.run_index(name);
        if (!index) refuse(at, Message{MessageCode::LessonUnknownRun, {text_arg(where), quoted_arg(name)}});
        return *index;
    }

    // ── runs ──
    void read_runs(const ObjectReader& top) {
        const auto& runs = top.list(top.required("runs"), "runs", 1, kMaxLessonRuns);
        std::set<std::string> ids;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const ObjectReader in(runs[i], item("runs", i),
                                  {"id", "label", "workload", "tasks", "model", "workers", "gil", "switch_interval",
                                   "main_thread", "cell"});
            LessonRun run;
            run.id = id(in, ids);
            run.label = text(in, "label", false);
            run.experiment = experiment(in);
            if (const JsonValue* cell = in.optional("cell")) place_in_grid(in, *cell, run);
            lesson_.runs.push_back(std::move(run));
        }
    }

    Experiment experiment(const ObjectReader& in) {
        Experiment e = default_experiment();
        auto invalid = [&](const JsonValue& at, Message why) {
            refuse(at, Message{MessageCode::LessonRunInvalid, {text_arg(in.path()), message_arg(std::move(why))}});
        };
        const JsonValue& workload = in.required("workload");
        auto spec = parse_workload(in.as_text(workload, in.path_of("workload")));
        if (!spec) invalid(workload, spec.error());
        e.workload = std::move(spec.value());
        if (const JsonValue* model = in.optional("model")) {
            auto m = parse_run_model(in.as_text(*model, in.path_of("model")));
            if (!m) invalid(*model, m.error());
            e.model = m.value();
        }
        if (const JsonValue* tasks = in.optional("tasks"))
            e.tasks = static_cast<int>(in.whole_number(*tasks, in.path_of("tasks"), 1, kMaxTasks));
        if (const JsonValue* workers = in.optional("workers"))
            e.workers = static_cast<int>(in.whole_number(*workers, in.path_of("workers"), 1, kMaxThreads));
        if (const JsonValue* gil = in.optional("gil")) e.gil = in.boolean(*gil, in.path_of("gil"));
        if (const JsonValue* main = in.optional("main_thread")) e.main_thread_lane = in.boolean(*main, in.path_of("main_thread"));
        if (const JsonValue* interval = in.optional("switch_interval")) {
            auto ns = parse_duration_ns(in.as_text(*interval, in.path_of("switch_interval")), TooLarge::Saturate);
            if (!ns) invalid(*interval, ns.error());
            e.switch_interval_ns = ns.value();
        }
        if (auto problem = e.validate()) invalid(in.object(), std::move(*problem));
        return e;
    }

    // ── grid ──
    void read_grid(const ObjectReader& top, const JsonValue& v) {
        const ObjectReader in(v, "grid", {"rows", "columns"});
        LessonGrid grid;
        auto axis = [&](std::string_view key, std::vector<std::string>& ids, std::vector<LessonText>& labels) {
            const auto& entries = in.list(in.required(key), in.path_of(key), 1, kMaxLessonRuns);
            std::set<std::string> seen;
            for (std::size_t i = 0; i < entries.size(); ++i) {
                const ObjectReader entry(entries[i], item(in.path_of(key), i), {"id", "label"});
                ids.push_back(id(entry, seen));
                labels.push_back(text(entry, "label", false));
            }
        };
        axis("rows", grid.row_ids, grid.rows);
        axis("columns", grid.column_ids, grid.columns);
        (void)top;
        lesson_.grid = std::move(grid);
    }

    void place_in_grid(const ObjectReader& in, const JsonValue& cell, LessonRun& run) {
        const std::string where = in.path_of("cell");
        if (!lesson_.grid) refuse(cell, Message{MessageCode::LessonCellWithoutGrid, {text_arg(where)}});
        const auto& parts = in.list(cell, where, 2, 2);
        const std::string row = in.as_text(parts[0], item(where, 0));
        const std::string column = in.as_text(parts[1], item(where, 1));
        const auto& g = *lesson_.grid;
        const auto r = std::find(g.row_ids.begin(), g.row_ids.end(), row);
        if (r == g.row_ids.end()) refuse(parts[0], Message{MessageCode::LessonGridUnknownCell, {text_arg(where), quoted_arg(row)}});
        const auto c = std::find(g.column_ids.begin(), g.column_ids.end(), column);
        if (c == g.column_ids.end()) refuse(parts[1], Message{MessageCode::LessonGridUnknownCell, {text_arg(where), quoted_arg(column)}});
        run.grid_row = static_cast<std::size_t>(r - g.row_ids.begin());
        run.grid_column = static_cast<std::size_t>(c - g.column_ids.begin());
        for (const LessonRun& other : lesson_.runs)
            if (other.grid_row == run.grid_row && other.grid_column == run.grid_column)
                refuse(cell, Message{MessageCode::LessonGridCellTwice, {text_arg(where), quoted_arg(row), quoted_arg(column)}});
    }

    void check_grid_filled(const ObjectReader& top) const {
        if (!lesson_.grid) return;
        const auto& g = *lesson_.grid;
        for (std::size_t r = 0; r < g.row_ids.size(); ++r)
            for (std::size_t c = 0; c < g.column_ids.size(); ++c) {
                const bool filled = std::any_of(lesson_.runs.begin(), lesson_.runs.end(), [&](const LessonRun& run) {
                    return run.grid_row == r && run.grid_column == c;
                });
                if (!filled)
                    refuse(top.required("grid"), Message{MessageCode::LessonGridCellEmpty,
                                                         {text_arg("grid"), quoted_arg(g.row_ids[r]), quoted_arg(g.column_ids[c])}});
            }
    }

    // ── figures ──
    void read_figures(const ObjectReader& top) {
        const JsonValue& figures = top.required("figures");
        if (figures.kind != JsonKind::Object) refuse(figures, Message{MessageCode::LessonExpectedObject, {text_arg("figures")}});
        if (figures.members.size() > kMaxLessonFigures)
            refuse(figures, Message{MessageCode::LessonCountOutOfRange,
                                    {text_arg("figures"), integer_arg(static_cast<std::int64_t>(figures.members.size())), integer_arg(0),
                                     integer_arg(static_cast<std::int64_t>(kMaxLessonFigures))}});
        for (const auto& [name, value] : figures.members) {
            const std::string where = field("figures", name);
            if (!valid_figure_name(name)) refuse(value, Message{MessageCode::LessonBadFigureName, {text_arg("figures"), quoted_arg(name)}});
            const ObjectReader in(value, where, {"measure", "run", "over", "digits"});
            LessonFigure f;
            f.name = name;
            const JsonValue& measure = in.required("measure");
            const std::string measure_text = in.as_text(measure, in.path_of("measure"));
            const auto m = measure_from_name(measure_text);
            if (!m) refuse(measure, Message{MessageCode::LessonUnknownMeasure, {text_arg(where), quoted_arg(measure_text), text_arg(measure_names())}});
            f.measure = *m;
            const JsonValue& run = in.required("run");
            f.run = run_named(in.as_text(run, in.path_of("run")), in.path_of("run"), run);
            const JsonValue* over = in.optional("over");
            if (measure_needs_base(f.measure) && over == nullptr)
                refuse(value, Message{MessageCode::LessonMeasureNeedsOver, {text_arg(where), quoted_arg(measure_text)}});
            if (!measure_needs_base(f.measure) && over != nullptr)
                refuse(*over, Message{MessageCode::LessonMeasureTakesNoOver, {text_arg(where), quoted_arg(measure_text)}});
            if (over) f.over = run_named(in.as_text(*over, in.path_of("over")), in.path_of("over"), *over);
            f.digits = default_digits(f.unit());
            if (const JsonValue* digits = in.optional("digits"))
                f.digits = static_cast<int>(in.whole_number(*digits, in.path_of("digits"), 0, kMaxDigits));
            lesson_.figures.push_back(std::move(f));
        }
    }

    // ── answers ──
    void read_answers(const ObjectReader& top) {
        const auto& answers = top.list(top.required("answers"), "answers", kMinLessonAnswers, kMaxLessonAnswers);
        std::set<std::string> ids;
        for (std::size_t i = 0; i < answers.size(); ++i) {
            const ObjectReader in(answers[i], item("answers", i), {"id", "text", "right_if", "explain"});
            LessonAnswer a;
            a.id = id(in, ids);
            a.text = text(in, "text", false);
            const JsonValue& rule = in.required("right_if");
            auto parsed = LessonRule::parse(in.as_text(rule, in.path_of("right_if")),
                                            [this](std::string_view name) { return lesson_.figure_index(name); });
            if (!parsed) {
                Message problem = parsed.error();
                if (!problem.args.empty()) problem.args[0] = text_arg(in.path_of("right_if"));  // where: the rule codes' first argument
                refuse(rule, std::move(problem));
            }
            a.right_if = std::move(parsed.value());
            if (a.right_if.figures().empty())  // "1 < 2" would be a canned answer
                refuse(rule, Message{MessageCode::LessonRuleNoFigure, {text_arg(in.path_of("right_if")), quoted_arg(a.right_if.text())}});
            if (const JsonValue* explain = in.optional("explain")) a.explain = text_value(*explain, in.path_of("explain"), true);
            lesson_.answers.push_back(std::move(a));
        }
    }

    const JsonValue& root_;
    Lesson lesson_;
};

}  // namespace

ParseResult<Lesson, LessonReadError> read_lesson(std::string_view text) {
    JsonLimits limits;
    limits.max_bytes = kMaxLessonFileBytes;
    auto document = read_json(text, limits);
    if (!document) {
        const JsonError& e = document.error();
        return LessonResult::fail(LessonReadError{e.line, e.column, e.problem});
    }
    if (document.value().kind != JsonKind::Object) {
        const JsonValue& root = document.value();
        return LessonResult::fail(LessonReadError{root.line, root.column, Message{MessageCode::LessonNotObject, {}}});
    }
    try {
        return LessonResult::ok(LessonReader(document.value()).read());
    } catch (const Refusal& r) {
        return LessonResult::fail(r.error);
    }
}

}  // namespace conclab

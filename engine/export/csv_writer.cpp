// The comparison table as CSV. Numbers use '.' whatever the locale (std::to_chars), cells are
// quoted per RFC 4180 only when they need it, lines end in "\n" (every CSV reader accepts it).
#include "export/csv_writer.h"

#include <charconv>

namespace conclab {

namespace {

// A cell as RFC 4180 wants it: quoted (with quotes doubled) if it holds a comma, quote or line break.
std::string csv_cell(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string fixed(double value, int decimals) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    return std::string(buf, r.ptr);
}

// Shortest text that reads back as the same number: 5 -> "5", 0.1 -> "0.1".
std::string shortest(double value) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, r.ptr);
}

std::string milliseconds(std::int64_t ns) { return fixed(static_cast<double>(ns) / 1e6, 3); }

std::string optional_number(const std::optional<double>& value) { return value ? fixed(*value, 3) : std::string(); }

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

std::vector<std::string> comparison_csv_row(const ComparisonRow& row) {
    const RunMetrics& m = row.metrics;
    std::vector<std::string> cells;
    if (row.experiment) {
        const Experiment& e = *row.experiment;
        cells = {
            std::string(run_model_name(e.model)),
            e.gil ? "on" : "off",
            uses_pool(e.model) ? std::to_string(e.workers) : std::string(),  // only pools have workers
            std::to_string(e.tasks),
            e.workload.text,
            shortest(static_cast<double>(e.switch_interval_ns) / 1e6),
        };
    } else {
        // No experiment (an observed program): the settings columns stay empty, the command says it.
        cells = {"", "", "", "", "", ""};
    }
    const std::vector<std::string> figures{
        std::string(run_status_name(row.status)),
        milliseconds(m.wall_ns),
        milliseconds(m.cpu_ns),
        optional_number(row.speedup),
        optional_number(row.efficiency),
        fixed(m.gil_wait_share(), 4),
        std::to_string(m.handoffs),
        std::to_string(m.voluntary_cs),
        std::to_string(m.involuntary_cs),
        fixed(static_cast<double>(m.peak_rss_kib) / 1024.0, 2),
        std::string(source_kind_name(row.source)),
        joined(row.command),
        // How far the figures can be trusted (README "A busy machine"): left empty where the
        // machine's load was not measured (an older or observed run without the sampler).
        m.machine.measured ? fixed(m.machine.other_share(), 4) : std::string(),
        fixed(m.unexplained_ready_share(), 4),
        m.machine_busy() ? "yes" : "no",
        std::to_string(m.events_dropped),
    };
    cells.insert(cells.end(), figures.begin(), figures.end());
    return cells;
}

void write_csv_line(std::ostream& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out << ',';
        out << csv_cell(cells[i]);
    }
    out << '\n';
}

const std::vector<std::string>& comparison_csv_header() {
    static const std::vector<std::string> header{
        "model",       "gil",          "workers", "tasks",      "workload",       "switch_interval_ms",
        "status",      "wall_ms",      "cpu_ms",  "speedup",    "efficiency",     "gil_wait_share",
        "gil_handoffs", "voluntary_cs", "involuntary_cs", "peak_rss_mib", "source",         "command",
        "other_programs_share", "unexplained_ready_share", "machine_busy", "events_dropped"};
    return header;
}

void write_comparison_csv(std::ostream& out, const std::vector<ComparisonRow>& rows) {
    write_csv_line(out, comparison_csv_header());
    for (const ComparisonRow& row : rows) write_csv_line(out, comparison_csv_row(row));
}

}  // namespace conclab

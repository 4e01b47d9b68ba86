#include "cli/result_table.h"

#include <cstdio>
#include <string>

#include "ui/text/display_format.h"
#include "ui/text/experiment_text.h"
#include "ui/text/message_text.h"
#include "workload/quantity_parse.h"

namespace conclab::cli {
namespace {

std::string fmt(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

std::string ms(std::int64_t ns) { return fmt("%.1f", static_cast<double>(ns) / 1e6); }

std::string pad(std::string text, std::size_t width, bool right = true) {
    if (text.size() >= width) return text;
    const std::string fill(width - text.size(), ' ');
    return right ? fill + text : text + fill;
}

// A row without an experiment is an observed program: no model or GIL setting of ours applies.
std::string model_label(const ComparisonRow& row) {
    if (row.experiment) return std::string(run_model_name(row.experiment->model));
    // An observed lesson script names its model: "py threads" is CPython doing that run's work.
    if (row.source == SourceKind::Observed)
        if (const std::string model = observed_model(row.command); !model.empty()) return "py " + model;
    return std::string(source_kind_name(row.source));
}
std::string gil_label(const ComparisonRow& row) {
    if (!row.experiment) return "-";
    return row.experiment->gil ? "on" : "off";
}
bool gil_on(const ComparisonRow& row) { return !row.experiment || row.experiment->gil; }

std::string detail_text(const Message& detail) { return ui::message_text(detail).toStdString(); }

}  // namespace

std::string format_run_summary(const RunResult& r, double ticks_per_ms) {
    const RunMetrics& m = r.metrics;
    std::string out;
    out += ui::run_title(r.description()).toStdString() + "\n";
    out += "Machine: " + std::to_string(m.cores) + " cores · CPU kernel " + fmt("%.0f", ticks_per_ms) +
           " ticks per ms\n\n";
    auto line = [&](const char* label, const std::string& value) { out += pad(label, 18, false) + value + "\n"; };
    line("Status", std::string(run_status_name(r.status)) + (r.detail ? " — " + detail_text(*r.detail) : ""));
    line("Wall time", ms(m.wall_ns) + " ms");
    line("CPU time", ms(m.cpu_ns) + " ms (" +
                         fmt("%.2f", m.wall_ns > 0 ? static_cast<double>(m.cpu_ns) / static_cast<double>(m.wall_ns) : 0.0) +
                         " cores busy on average)");
    const bool processes = r.experiment && uses_processes(r.experiment->model);
    line("Workers", std::to_string(m.lanes) + (processes ? " processes" : " threads"));
    if (!r.experiment || r.experiment->gil) {
        line("GIL wait share", fmt("%.1f", 100.0 * m.gil_wait_share()) + " % of worker time");
        line("GIL hand-offs", std::to_string(m.handoffs));
    }
    line("Context switches", std::to_string(m.voluntary_cs) + " voluntary · " + std::to_string(m.involuntary_cs) +
                                 " involuntary");
    line("Peak memory", fmt("%.1f", static_cast<double>(m.peak_rss_kib) / 1024.0) + " MiB (sum over processes)");
    if (r.experiment) line("Tasks", std::to_string(m.tasks_done) + " of " + std::to_string(r.experiment->tasks) + " done");
    return out;
}

std::string format_comparison_table(const std::vector<ComparisonRow>& rows) {
    const char* headers[] = {"model", "GIL", "workers", "wall ms", "CPU ms", "speedup", "efficiency",
                             "GIL wait", "hand-offs", "vol cs", "invol cs", "peak MiB", "  status"};
    const std::size_t widths[] = {16, 4, 8, 10, 10, 9, 11, 9, 10, 8, 9, 9, 0};
    std::string out;
    for (std::size_t i = 0; i < std::size(headers); ++i) out += pad(headers[i], widths[i], i != 0);
    out += "\n";
    for (const ComparisonRow& row : rows) {
        const RunMetrics& m = row.metrics;
        const std::string cells[] = {
            model_label(row),
            gil_label(row),
            std::to_string(m.lanes),
            ms(m.wall_ns),
            ms(m.cpu_ns),
            row.speedup ? fmt("%.2fx", *row.speedup) : "-",
            row.efficiency ? fmt("%.0f %%", 100.0 * *row.efficiency) : "-",
            gil_on(row) ? fmt("%.1f %%", 100.0 * m.gil_wait_share()) : "-",
            std::to_string(m.handoffs),
            std::to_string(m.voluntary_cs),
            std::to_string(m.involuntary_cs),
            fmt("%.1f", static_cast<double>(m.peak_rss_kib) / 1024.0),
            "  " + std::string(run_status_name(row.status)) +
                (row.status_detail ? " (" + detail_text(*row.status_detail) + ")" : ""),
        };
        for (std::size_t i = 0; i < std::size(cells); ++i) out += pad(cells[i], widths[i], i != 0);
        out += "\n";
    }
    return out;
}

}  // namespace conclab::cli

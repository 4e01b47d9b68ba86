#include "cli/result_table.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

#include "cli/cli_translate.h"
#include "ui/text/display_format.h"
#include "ui/text/experiment_text.h"
#include "ui/text/message_text.h"

namespace conclab::cli {
namespace {

QString ms(std::int64_t ns) { return ui::format_decimal(static_cast<double>(ns) / 1e6, 1); }
QString mib(std::int64_t kib) { return ui::format_decimal(static_cast<double>(kib) / 1024.0, 1); }
QString percent(double share) { return ui::format_decimal(100.0 * share, 1) + QStringLiteral(" %"); }

QString padded(const QString& text, int width, bool right) {
    const int fill = std::max(0, width - terminal_width(text));
    return right ? QString(fill, QLatin1Char(' ')) + text : text + QString(fill, QLatin1Char(' '));
}

// The model as typed after --model (the table answers "which --model was this?"); a row without
// an experiment is an observed program: no model or GIL setting of ours applies.
QString model_label(const ComparisonRow& row) {
    if (!row.experiment) {
        // An observed lesson script names its model: "py threads" is CPython doing that run's work.
        if (row.source == SourceKind::Observed)
            if (const std::string model = observed_model(row.command); !model.empty())
                return QStringLiteral("py ") + QString::fromStdString(model);
        return ui::source_display_name(row.source);
    }
    const std::string_view name = run_model_name(row.experiment->model);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}
QString gil_label(const ComparisonRow& row) {
    if (!row.experiment) return QStringLiteral("-");
    return row.experiment->gil ? tr("on") : tr("off");
}
bool gil_on(const ComparisonRow& row) { return !row.experiment || row.experiment->gil; }

}  // namespace

int terminal_width(const QString& text) {
    int width = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate()) continue;
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        ++width;
    }
    return width;
}

QString format_run_summary(const RunResult& r, double ticks_per_ms) {
    const RunMetrics& m = r.metrics;
    QStringList labels, values;
    auto line = [&](const QString& label, const QString& value) {
        labels << label;
        values << value;
    };
    const QString detail = r.detail ? QStringLiteral(" — ") + ui::message_text(*r.detail) : QString();
    line(tr("Status"), ui::run_status_word(r.status) + detail);
    line(tr("Wall time"), tr("%1 ms").arg(ms(m.wall_ns)));
    const double busy = m.wall_ns > 0 ? static_cast<double>(m.cpu_ns) / static_cast<double>(m.wall_ns) : 0.0;
    line(tr("CPU time"), tr("%1 ms (%2 cores busy on average)").arg(ms(m.cpu_ns), ui::format_decimal(busy, 2)));
    const bool processes = r.experiment && uses_processes(r.experiment->model);
    line(tr("Workers"), processes ? tr("%Ln process(es)", nullptr, m.lanes) : tr("%Ln thread(s)", nullptr, m.lanes));
    if (!r.experiment || r.experiment->gil) {
        line(tr("GIL wait share"), tr("%1 of worker time").arg(percent(m.gil_wait_share())));
        line(tr("GIL hand-offs"), ui::format_count(static_cast<qint64>(m.handoffs)));
    }
    line(tr("Context switches"), tr("%1 voluntary · %2 involuntary")
                                     .arg(ui::format_count(static_cast<qint64>(m.voluntary_cs)),
                                          ui::format_count(static_cast<qint64>(m.involuntary_cs))));
    line(tr("Peak memory"), tr("%1 MiB (summed PSS of the run's processes)").arg(mib(m.peak_rss_kib)));
    if (r.experiment)
        line(tr("Tasks"), tr("%1 of %2 done").arg(ui::format_count(m.tasks_done), ui::format_count(r.experiment->tasks)));
    if (m.machine.measured) line(tr("Other programs"), tr("%1 of the CPUs during the run").arg(percent(m.machine.other_share())));

    int label_width = 0;
    for (const QString& label : labels) label_width = std::max(label_width, terminal_width(label));
    QString out = ui::run_title(r.description()) + QLatin1Char('\n');
    out += tr("Machine: %Ln core(s) · CPU kernel %1 ticks per ms", nullptr, m.cores)
               .arg(ui::format_decimal(ticks_per_ms, 0)) +
           QStringLiteral("\n\n");
    for (qsizetype i = 0; i < labels.size(); ++i)
        out += padded(labels[i], label_width + 2, false) + values[i] + QLatin1Char('\n');
    if (const QString warnings = ui::run_warnings_text(m); !warnings.isEmpty())
        out += QLatin1Char('\n') + tr("Warning: %1").arg(warnings) + QLatin1Char('\n');
    return out;
}

QString format_comparison_table(const std::vector<ComparisonRow>& rows) {
    const QStringList headers{tr("model"),      tr("GIL"),      tr("workers"),   tr("wall ms"),  tr("CPU ms"),
                              tr("speedup"),    tr("efficiency"), tr("GIL wait"), tr("hand-offs"), tr("vol cs"),
                              tr("invol cs"),   tr("peak MiB"), tr("status")};
    std::vector<QStringList> table{headers};
    int busy_rows = 0;
    for (const ComparisonRow& row : rows) {
        const RunMetrics& m = row.metrics;
        QString status = ui::run_status_word(row.status);
        if (row.status_detail) status += QStringLiteral(" (%1)").arg(ui::message_text(*row.status_detail));
        if (m.machine_busy()) {
            status += QStringLiteral(", ") + ui::machine_busy_short(m);
            ++busy_rows;
        }
        table.push_back({
            model_label(row),
            gil_label(row),
            ui::format_count(m.lanes),
            ms(m.wall_ns),
            ms(m.cpu_ns),
            row.speedup ? ui::format_decimal(*row.speedup, 2) + QStringLiteral("x") : QStringLiteral("-"),
            row.efficiency ? ui::format_decimal(100.0 * *row.efficiency, 0) + QStringLiteral(" %") : QStringLiteral("-"),
            gil_on(row) ? percent(m.gil_wait_share()) : QStringLiteral("-"),
            ui::format_count(static_cast<qint64>(m.handoffs)),
            ui::format_count(static_cast<qint64>(m.voluntary_cs)),
            ui::format_count(static_cast<qint64>(m.involuntary_cs)),
            mib(m.peak_rss_kib),
            status,
        });
    }
    // Each column as wide as its widest cell; the last (the status, with its reason) is not padded.
    std::vector<int> widths(headers.size(), 0);
    for (const QStringList& line : table)
        for (qsizetype c = 0; c < line.size(); ++c) widths[c] = std::max(widths[c], terminal_width(line[c]));
    QString out;
    for (const QStringList& line : table) {
        for (qsizetype c = 0; c < line.size(); ++c) {
            const bool first = c == 0, last = c + 1 == line.size();
            if (!first) out += QStringLiteral("  ");
            out += last ? line[c] : padded(line[c], widths[c], !first);
        }
        out += QLatin1Char('\n');
    }
    if (busy_rows > 0)
        out += QLatin1Char('\n') +
               tr("Rows marked \"machine busy\" ran while other programs held the CPUs: their times and speedups\n"
                  "cannot be trusted. Close other programs and run again.\n");
    return out;
}

}  // namespace conclab::cli

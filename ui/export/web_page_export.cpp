#include "ui/export/web_page_export.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

#include "ui/comparison/comparison_model.h"
#include "ui/export/bengali_font.h"
#include "ui/export/svg_timeline.h"
#include "ui/text/translate.h"

namespace conclab::ui {
namespace {

QString page_text(const QString& text) { return text.toHtmlEscaped(); }  // text as HTML shows it

QString resource_text(const char* path) {
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

// Text inside <script>: a "</" would end the element early, whatever the JSON or script says.
QString script_safe(QString text) { return text.replace(QStringLiteral("</"), QStringLiteral("<\\/")); }

QString cell_text(const ComparisonModel& model, int row, int column) {
    const QVariant value = model.data(model.index(row, column), Qt::DisplayRole);
    // The window's delegate shows speedups as "1.31×"; the page says the same.
    if (value.typeId() == QMetaType::Double) return QLocale().toString(value.toDouble(), 'f', 2) + QStringLiteral("×");
    return value.toString();
}

QString table_html(const ComparisonModel& model, int shown_row) {
    QString html = QStringLiteral("<div class=\"table-box\"><table>\n<thead><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(page_text(model.headerData(c, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += r == shown_row ? QStringLiteral("<tr class=\"shown\">") : QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant sort = model.data(model.index(r, c), ComparisonModel::SortRole);
            const bool number = sort.typeId() == QMetaType::Double || sort.typeId() == QMetaType::Int ||
                                sort.typeId() == QMetaType::LongLong;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number ? QStringLiteral(" class=\"number\"") : QString(), page_text(cell_text(model, r, c)));
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table></div>\n");
}

// The speedup chart as SVG bars, with the "ideal" line at the machine's cores: the same figures
// the window's chart draws (the model's Speedup column).
QString chart_svg(const ComparisonModel& model, int cores, int shown_row) {
    const int n = model.rowCount();
    // A row without a speedup (no sequential run of the same work to measure it against) gets no
    // bar: a bar at 0× would say it was measured.
    std::vector<std::optional<double>> speedups;
    double top = std::max(1.0, static_cast<double>(cores));
    for (int r = 0; r < n; ++r) {
        const QVariant v = model.data(model.index(r, ComparisonModel::Speedup), ComparisonModel::SortRole);
        const bool known = v.isValid() && !v.isNull() && v.typeId() == QMetaType::Double && std::isfinite(v.toDouble());
        speedups.push_back(known ? std::optional<double>(v.toDouble()) : std::nullopt);
        if (known) top = std::max(top, v.toDouble());
    }
    top = std::ceil(top * 1.1);
    const int font_px = 13, left = 50, plot_w = 840, plot_h = 210;
    const double slot = n > 0 ? static_cast<double>(plot_w) / n : plot_w;
    // The run's names under the bars, turned 30°, reach down and to the right: the drawing is made
    // tall and wide enough for the longest (measured as the window's font draws it, with a
    // fifth in reserve for the browser's font).
    QFont font;
    font.setPixelSize(font_px);
    const QFontMetrics fm(font);
    double label_down = 0, label_right = 0;
    for (int r = 0; r < n; ++r) {
        const double length = fm.horizontalAdvance(model.shortLabel(r)) * 1.2;
        label_down = std::max(label_down, length * 0.5 + font_px);
        label_right = std::max(label_right, left + slot * (r + 0.5) + length * 0.87 + font_px * 0.5);
    }
    const int bottom = static_cast<int>(std::ceil(14 + label_down)) + 8;
    const int w = std::max(left + plot_w + 10, static_cast<int>(std::ceil(label_right)) + 8), h = 20 + plot_h + bottom;
    const auto y_of = [&](double v) { return 20 + plot_h - v / top * plot_h; };
    QString svg = QStringLiteral("<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                                 "aria-label=\"%3\" font-size=\"%4\">\n")
                      .arg(w).arg(h).arg(page_text(tr("Speedup over the sequential run"))).arg(font_px);
    svg += QStringLiteral("<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n").arg(w).arg(h);
    for (int tick = 0; tick <= static_cast<int>(top); tick += std::max(1, static_cast<int>(top) / 8)) {
        const double y = y_of(tick);
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#d0d0d0\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6×</text>\n")
                   .arg(left).arg(left + plot_w).arg(y, 0, 'f', 1).arg(left - 6).arg(y + 4, 0, 'f', 1)
                   .arg(QLocale().toString(tick));
    }
    for (int r = 0; r < n; ++r) {
        const std::optional<double> speedup = speedups[static_cast<std::size_t>(r)];
        const double x = left + slot * r + slot * 0.15, bw = slot * 0.7, y = y_of(speedup.value_or(0.0));
        const QString value = speedup ? QLocale().toString(*speedup, 'f', 2) + QStringLiteral("×") : tr("no baseline");
        if (speedup)
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" data-tip=\"%6\"/>")
                   .arg(x, 0, 'f', 1).arg(y, 0, 'f', 1).arg(bw, 0, 'f', 1).arg(20 + plot_h - y, 0, 'f', 1)
                   .arg(r == shown_row ? QStringLiteral("#E69F00") : QStringLiteral("#0072B2"))
                   .arg(page_text(model.shortLabel(r) + QLatin1Char('\n') + value));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                   .arg(x + bw / 2, 0, 'f', 1).arg(y - 4, 0, 'f', 1).arg(page_text(value));
        svg += QStringLiteral("<text transform=\"translate(%1 %2) rotate(30)\">%3</text>\n")
                   .arg(x + bw / 2, 0, 'f', 1).arg(20 + plot_h + 14).arg(page_text(model.shortLabel(r)));
    }
    const double ideal = y_of(cores);
    svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#D55E00\" stroke-dasharray=\"6 4\" "
                          "stroke-width=\"2\"/><text x=\"%2\" y=\"%4\" text-anchor=\"end\" fill=\"#D55E00\">%5</text>\n")
               .arg(left).arg(left + plot_w).arg(ideal, 0, 'f', 1).arg(ideal - 5, 0, 'f', 1)
               .arg(page_text(tr("ideal: %1 cores").arg(QLocale().toString(cores))));
    return svg + QStringLiteral("</svg>\n");
}

}  // namespace

QByteArray web_page_html(const WebPage& page, WebPageFacts* facts) {
    SvgTimelineOptions options;
    options.caption = page.caption;
    options.summary = page.summary;
    options.warning = page.warning;
    options.death = page.death;
    const SvgTimeline timeline = page.store ? svg_timeline(*page.store, options) : SvgTimeline{};

    QString body;
    body += QStringLiteral("<h1>%1</h1>\n").arg(page_text(tr("Concurrency Lab: a recorded run")));
    // The caption and the measured summary head the drawing itself (svg_timeline), so that the
    // SVG alone still says what it shows; the page does not repeat them.
    if (!page.recorded_on.isEmpty()) body += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(page_text(page.recorded_on));
    body += QStringLiteral("<p class=\"hint\">%1</p>\n")
                .arg(page_text(tr("Zoom with the mouse wheel or + and -, drag to move along, double-click or 0 for the whole "
                            "run; point at a bar to see what it is.")));
    body += timeline.svg;
    if (!timeline.exact)
        body += QStringLiteral("<p class=\"hint\">%1</p>\n")
                    .arg(page_text(tr("This run has more segments than a page can hold; each bar is a stretch of the run in "
                                "the state that took most of its time.")));
    if (page.table && page.table->rowCount() > 0) {
        body += QStringLiteral("<h2>%1</h2>\n").arg(page_text(tr("Comparison")));
        body += table_html(*page.table, page.shown_row);
        body += QStringLiteral("<h2>%1</h2>\n").arg(page_text(tr("Speedup over the sequential run")));
        body += chart_svg(*page.table, page.cores, page.shown_row);
    }
    body += QStringLiteral("<footer>%1</footer>\n")
                .arg(page_text(tr("Made with Concurrency Lab %1. Every bar is measured from the run, not drawn by hand.")
                             .arg(QCoreApplication::applicationVersion())));

    // The font only for what the page shows: its text, the table and the data the script reads.
    const auto font = bengali_font_for(body + timeline.data_json);
    QString font_css;
    if (font)
        font_css = QStringLiteral("@font-face { font-family: \"%1\"; src: url(data:font/ttf;base64,%2) format(\"truetype\"); "
                                  "unicode-range: %3; }\n")
                       .arg(font->family, QString::fromLatin1(font->data.toBase64()), font->unicode_range);

    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(QLocale().bcp47Name());
    // Nothing outside the page may load: the handout works offline, and a page of ours never
    // reaches the network from a student's machine.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src data:; img-src data:\">\n");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"Concurrency Lab\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(page_text(page.caption.isEmpty() ? tr("Concurrency Lab") : page.caption));
    html += QStringLiteral("<style>\n") + font_css + resource_text(":/conclab/web/handout.css") + QStringLiteral("</style>\n");
    html += QStringLiteral("</head>\n<body>\n") + body;
    html += QStringLiteral("<div id=\"tooltip\" role=\"tooltip\" hidden></div>\n");
    if (page.store) {
        html += QStringLiteral("<script type=\"application/json\" id=\"timeline-data\">") + script_safe(timeline.data_json) +
                QStringLiteral("</script>\n");
        html += QStringLiteral("<script>\n") + script_safe(resource_text(":/conclab/web/handout.js")) +
                QStringLiteral("</script>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");

    if (facts) {
        facts->lane_rows = timeline.lane_rows;
        facts->bars = timeline.items;
        facts->exact = timeline.exact;
        facts->font_embedded = font.has_value();
        facts->font_subset = font && font->subset;
        facts->font_bytes = font ? static_cast<int>(font->data.size()) : 0;
    }
    return html.toUtf8();
}

QString export_web_page(const QString& path, const WebPage& page) {
    if (!page.store) return tr("There is no timeline to export yet: run an experiment first.");
    const QByteArray html = web_page_html(page);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(html) != html.size() || !file.commit()) return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace conclab::ui

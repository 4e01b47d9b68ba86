#include "ui/export/svg_timeline.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

#include "timeline/timeline_store.h"
#include "ui/text/display_format.h"
#include "ui/text/translate.h"
#include "ui/timeline/legend.h"
#include "ui/timeline/segment_tooltip.h"
#include "ui/timeline/state_palette.h"
#include "ui/timeline/time_axis.h"

namespace conclab::ui {
namespace {

constexpr int kPad = 8;
constexpr int kTickSpacing = 90;  // least room between axis labels, in the drawing's units
constexpr int kMaxTaskMarks = 300;

QString num(double v, int decimals = 2) { return QString::number(v, 'f', decimals); }
QString esc(const QString& text) { return text.toHtmlEscaped(); }
// µs since the run began, to the nanosecond: the plot's own coordinates.
QString us(std::int64_t ns_since_start) { return QString::number(static_cast<double>(ns_since_start) / 1000.0, 'f', 3); }

// `text` broken into lines no wider than `width` at `font` (browsers' fonts differ a little from
// Qt's: the width keeps a tenth in reserve).
QStringList wrapped(const QString& text, const QFont& font, int width) {
    QStringList lines;
    if (text.isEmpty()) return lines;
    const QFontMetrics fm(font);
    const int room = width * 9 / 10;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > room) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty()) lines << line;
    return lines;
}

const char* role_name(RowRole role) {
    switch (role) {
        case RowRole::Gil: return "gil";
        case RowRole::Core: return "core";
        default: return "lane";
    }
}

QColor bar_color(RowRole role, LaneState state) {
    if (role == RowRole::Gil) return gil_held_color();
    if (role == RowRole::Core) return core_busy_color();
    return state_color(state);
}

RowHeights heights_for(const RunLayout& layout, int font_px) {
    // The window's preferred heights; a run of hundreds of lanes is fitted into 2400 units.
    RowHeights h;
    h.lane = std::max(font_px * 2, 20);
    h.header = font_px + font_px / 2 + 4;
    h.gil = std::max(font_px * 3 / 4 + 6, 12);
    h.gap = std::max(font_px / 3, 3);
    if (rows_height(layout_rows(layout, h)) > 2400) h = fit_row_heights(layout, 2400, font_px);
    return h;
}

// Outside the class: lupdate files a tr() under the class it is in, but Builder is no QObject, so
// the call is ui::tr() (context "conclab::ui") and must be filed there.
QString stretch_text() { return tr("%1 segments in this stretch, drawn in the state that took most of its time"); }

class Builder {
public:
    Builder(const TimelineStore& store, const SvgTimelineOptions& options)
        : store_(store), layout_(store.layout()), o_(options), font_(QFont()) {
        font_.setPixelSize(o_.font_px);
        start_ = store.start_ns();
        span_ = std::max<std::int64_t>(store.end_ns() - start_, 1);
    }

    SvgTimeline build() {
        SvgTimeline out;
        int y = kPad;
        QString head;
        QFont bold = font_;
        bold.setPixelSize(o_.font_px + 2);
        bold.setBold(true);
        for (const QString& line : wrapped(o_.caption, bold, o_.width - 2 * kPad)) {
            y += o_.font_px + 4;
            head += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" font-weight=\"bold\">%4</text>\n")
                        .arg(kPad).arg(y).arg(o_.font_px + 2).arg(esc(line));
        }
        for (const QString& line : wrapped(o_.summary, font_, o_.width - 2 * kPad)) {
            y += o_.font_px + 4;
            head += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>\n").arg(kPad).arg(y).arg(esc(line));
        }
        for (const QString& line : wrapped(o_.warning, bold, o_.width - 2 * kPad)) {
            y += o_.font_px + 4;
            head += QStringLiteral("<text x=\"%1\" y=\"%2\" font-weight=\"bold\" style=\"fill:%3\" class=\"warning\">%4</text>\n")
                        .arg(kPad).arg(y).arg(warning_color().name(), esc(line));
        }
        y += kPad;
        head += legend(y);

        rows_ = layout_rows(layout_, heights_for(layout_, o_.font_px));
        const QFontMetrics fm(font_);
        int label_w = fm.horizontalAdvance(QStringLiteral("CPU 00"));
        for (const RowGeometry& r : rows_)
            if (r.has_data) label_w = std::max(label_w, fm.horizontalAdvance(r.label));
        label_w = std::min(label_w + 2 * kPad, o_.width * 38 / 100);
        plot_x_ = kPad + label_w;
        plot_y_ = y;
        plot_w_ = o_.width - kPad - plot_x_;
        plot_h_ = std::max(rows_height(rows_), 10);
        axis_y_ = plot_y_ + plot_h_;
        const int height = axis_y_ + o_.font_px + 14 + kPad;

        std::size_t total = 0;
        for (const RowGeometry& r : rows_)
            if (r.has_data) total += store_.segments(r.ref).size();
        out.exact = total <= static_cast<std::size_t>(kMaxExactItems);

        QString svg;
        svg += QStringLiteral("<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                              "font-size=\"%3\" tabindex=\"0\" role=\"img\" aria-label=\"%4\">\n")
                   .arg(o_.width).arg(height).arg(o_.font_px).arg(esc(o_.caption));
        svg += QStringLiteral("<title>%1</title>\n").arg(esc(o_.caption));
        svg += QStringLiteral("<defs><clipPath id=\"tl-clip\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"/>"
                              "</clipPath></defs>\n")
                   .arg(plot_x_).arg(plot_y_).arg(plot_w_).arg(plot_h_);
        svg += QStringLiteral("<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n").arg(o_.width).arg(height);
        svg += head;
        svg += backgrounds_and_labels();
        svg += grid_and_axis();
        svg += QStringLiteral("<svg id=\"tl-plot\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" viewBox=\"0 0 %5 %4\" "
                              "preserveAspectRatio=\"none\">\n")
                   .arg(plot_x_).arg(plot_y_).arg(plot_w_).arg(plot_h_).arg(us(span_));
        svg += bars(out.exact);
        svg += QStringLiteral("</svg>\n");
        svg += pins();
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#909090\"/>\n")
                   .arg(plot_x_).arg(plot_y_).arg(plot_w_).arg(plot_h_);
        svg += QStringLiteral("</svg>\n");

        out.svg = svg;
        out.data_json = data_json();
        out.items = static_cast<int>(items_.size());
        for (const RowGeometry& r : rows_) out.lane_rows += r.role == RowRole::Lane ? 1 : 0;
        return out;
    }

private:
    QString legend(int& y) {
        QString out;
        const QFontMetrics fm(font_);
        const int swatch = o_.font_px;
        int x = kPad;
        y += o_.font_px;
        for (const LegendEntry& e : legend_entries()) {
            const int w = swatch + 6 + fm.horizontalAdvance(e.text) * 11 / 10;
            if (x > kPad && x + w > o_.width - kPad) {
                x = kPad;
                y += o_.font_px + 6;
            }
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"%4\"%5/>"
                                  "<text x=\"%6\" y=\"%7\">%8</text>\n")
                       .arg(x).arg(y - swatch + 2).arg(swatch).arg(e.color.name())
                       .arg(e.outlined ? QStringLiteral(" stroke=\"#909090\"") : QString())
                       .arg(x + swatch + 5).arg(y).arg(esc(e.text));
            x += w + 18;
        }
        y += kPad;
        return out;
    }

    QString backgrounds_and_labels() {
        QString out;
        for (const RowGeometry& r : rows_) {
            const int top = plot_y_ + r.y;
            if (!r.has_data) {
                out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                           .arg(kPad).arg(top).arg(o_.width - 2 * kPad).arg(r.h).arg(header_background().name());
            } else {
                out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                           .arg(plot_x_).arg(top).arg(plot_w_).arg(r.h).arg(plot_background().name());
            }
            const int text_px = std::min(o_.font_px, r.h - 2);
            if (text_px < 7) continue;  // too thin to label: the row still has its bars and tooltips
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4>%5</text>\n")
                       .arg(kPad + 4).arg(num(top + r.h / 2.0 + text_px * 0.35, 1)).arg(text_px)
                       .arg(!r.has_data ? QStringLiteral(" font-weight=\"bold\"")
                                        : r.role == RowRole::Gil ? QStringLiteral(" class=\"gil-label\"") : QString())
                       .arg(esc(r.label));
        }
        return out;
    }

    QString grid_and_axis() {
        const TimeView view{start_, start_ + span_, plot_w_};
        const auto ticks = axis_ticks(view, start_, kTickSpacing);
        QString grid = QStringLiteral("<g id=\"tl-grid\">");
        QString axis = QStringLiteral("<g id=\"tl-axis\">");
        const QFontMetrics fm(font_);
        for (const AxisTick& t : ticks) {
            const double x = plot_x_ + t.x;
            // A label at the end of the plot is moved inside the drawing rather than cut off.
            const double half = fm.horizontalAdvance(t.label) * 0.6;
            const double label_x = std::clamp(x, half + 2, o_.width - half - 2);
            grid += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\"/>").arg(num(x)).arg(plot_y_).arg(plot_y_ + plot_h_);
            axis += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\"/><text x=\"%6\" y=\"%4\" "
                                   "text-anchor=\"middle\">%5</text>")
                        .arg(num(x)).arg(axis_y_).arg(axis_y_ + 5).arg(axis_y_ + 5 + o_.font_px).arg(esc(t.label))
                        .arg(num(label_x));
        }
        return grid + QStringLiteral("</g>\n") + axis + QStringLiteral("</g>\n");
    }

    // One bar per segment (or per-pixel summary item), coloured by state, with its index into the
    // items the tooltip reads.
    QString bars(bool exact) {
        QString out;
        int data_row = 0;
        for (const RowGeometry& r : rows_) {
            if (!r.has_data) continue;
            const int row_index = data_row++;
            const int top = r.y + (r.role == RowRole::Lane ? 1 : 0);
            const int h = std::max(r.h - (r.role == RowRole::Lane ? 2 : 0), 1);
            auto bar = [&](std::int64_t from, std::int64_t to, LaneState state, std::uint16_t core, std::uint32_t task,
                           std::uint16_t lane, std::uint32_t folded) {
                const int i = static_cast<int>(items_.size());
                const int task_value = task == kFoldedTask ? -2 : task == kNoTask ? -1 : static_cast<int>(task);
                items_.push_back(QJsonArray{row_index, us(from - start_).toDouble(), us(to - start_).toDouble(),
                                            static_cast<int>(state), core == kNoCore ? -1 : static_cast<int>(core),
                                            task_value, static_cast<int>(lane), static_cast<int>(folded)});
                out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" data-i=\"%6\"/>\n")
                           .arg(us(from - start_), QString::number(top), us(to - from), QString::number(h),
                                bar_color(r.role, state).name(), QString::number(i));
            };
            // What other programs ran on this CPU (measured from /proc/stat), under the run's own bars,
            // as the window draws it: an empty stretch of a core row means the CPU was idle.
            if (r.role == RowRole::Core) {
                const TimeWindow w{start_, start_ + span_, kSummaryColumns};
                for (const PixelItem& p : store_.query(RowRef{RowKind::CoreOther, r.ref.index}, w))
                    out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" "
                                          "fill-opacity=\"0.45\" class=\"other-work\"/>\n")
                               .arg(us(w.t_of(p.x0) - start_), QString::number(top), us(w.t_of(p.x1) - w.t_of(p.x0)),
                                    QString::number(h), state_color(LaneState::OtherWork).name());
            }
            if (exact) {
                const SegmentSeq& seq = store_.segments(r.ref);
                for (std::size_t i = 0; i < seq.size(); ++i) {
                    const Segment& s = seq[i];
                    bar(s.start_ns, s.end_ns, s.state(), s.core, s.task, s.lane, 1);
                }
            } else {
                const TimeWindow w{start_, start_ + span_, kSummaryColumns};
                for (const PixelItem& p : store_.query(r.ref, w))
                    bar(w.t_of(p.x0), w.t_of(p.x1), p.state, p.core, p.task, p.lane, p.folded);
            }
        }
        return out;
    }

    // Marks that keep their size when the plot is zoomed: moved by the script, clipped to the plot.
    QString pins() {
        QString out = QStringLiteral("<g clip-path=\"url(#tl-clip)\">\n");
        auto pin = [&](std::int64_t t, const QString& body) {
            const double x = plot_x_ + static_cast<double>(t - start_) / static_cast<double>(span_) * plot_w_;
            out += QStringLiteral("<g class=\"pin\" data-t=\"%1\" transform=\"translate(%2,0)\">%3</g>\n")
                       .arg(us(t - start_), num(x), body);
        };
        const auto lane_row = [&](std::uint32_t lane) -> const RowGeometry* {
            for (const RowGeometry& r : rows_)
                if (r.role == RowRole::Lane && r.ref.index == lane) return &r;
            return nullptr;
        };
        // Where each task began: a tick, and "#n" when the row is tall enough to read it. The mark
        // lets the pointer through: hovering it explains the bar it stands on.
        if (store_.tasks().size() <= static_cast<std::size_t>(kMaxTaskMarks)) {
            for (const TaskRecord& t : store_.tasks()) {
                const RowGeometry* r = t.lane == kNoLane ? nullptr : lane_row(t.lane);
                if (!r || r->h < 8 || t.begin_ns < start_) continue;
                const int top = plot_y_ + r->y;
                QString body = QStringLiteral("<rect x=\"0\" y=\"%1\" width=\"2\" height=\"%2\" fill=\"#000000\" "
                                              "fill-opacity=\"0.8\" pointer-events=\"none\"/>")
                                   .arg(top).arg(r->h);
                if (r->h >= o_.font_px + 2)
                    body += QStringLiteral("<text x=\"4\" y=\"%1\" font-size=\"%2\" pointer-events=\"none\">#%3</text>")
                                .arg(num(top + r->h / 2.0 + o_.font_px * 0.35, 1)).arg(o_.font_px - 1).arg(format_count(t.task));
                pin(t.begin_ns, body);
            }
        }
        // Where the worker whose death failed the run died: a cross and what happened.
        if (o_.death) {
            if (const RowGeometry* r = lane_row(o_.death->lane)) {
                const int mid = plot_y_ + r->y + r->h / 2;
                const int half = std::clamp((r->h - 2) / 2, 2, o_.font_px * 2 / 3);
                const QString tip = esc(o_.death->text);
                pin(o_.death->t_ns,
                    QStringLiteral("<g stroke-linecap=\"butt\" data-tip=\"%5\"><path d=\"M%1,%2L%3,%4M%1,%4L%3,%2\" "
                                   "stroke=\"#ffffff\" stroke-width=\"5\"/><path d=\"M%1,%2L%3,%4M%1,%4L%3,%2\" "
                                   "stroke=\"%6\" stroke-width=\"3\" data-tip=\"%5\"/></g>"
                                   "<text x=\"%7\" y=\"%8\" fill=\"%6\" font-weight=\"bold\" data-tip=\"%5\">%5</text>")
                        .arg(-half).arg(mid - half).arg(half).arg(mid + half).arg(tip, worker_death_color().name())
                        .arg(half + 6).arg(num(mid + o_.font_px * 0.35, 1)));
            }
        }
        // Where a long run's older detail was folded: a dashed line that says so when hovered.
        if (store_.fold_block_ns() > 0 && store_.folded_before_ns() > start_) {
            const QString tip = esc(tooltip_texts().folded.arg(format_duration(store_.fold_block_ns())));
            pin(store_.folded_before_ns(),
                QStringLiteral("<line x1=\"0\" x2=\"0\" y1=\"%1\" y2=\"%2\" stroke=\"#202020\" stroke-dasharray=\"4 3\" "
                               "stroke-width=\"3\" stroke-opacity=\"0.8\" data-tip=\"%3\"/>")
                    .arg(plot_y_).arg(plot_y_ + plot_h_).arg(tip));
        }
        return out + QStringLiteral("</g>\n");
    }

    QString data_json() const {
        QJsonObject d;
        d[QStringLiteral("span_us")] = us(span_).toDouble();
        d[QStringLiteral("plot")] = QJsonObject{{QStringLiteral("x"), plot_x_}, {QStringLiteral("y"), plot_y_},
                                                {QStringLiteral("w"), plot_w_}, {QStringLiteral("h"), plot_h_}};
        d[QStringLiteral("axis_y")] = axis_y_;
        d[QStringLiteral("font_px")] = o_.font_px;
        d[QStringLiteral("tick_spacing")] = kTickSpacing;
        QJsonArray rows;
        for (const RowGeometry& r : rows_)
            if (r.has_data)
                rows.append(QJsonObject{{QStringLiteral("label"), r.label}, {QStringLiteral("role"), QLatin1String(role_name(r.role))}});
        d[QStringLiteral("rows")] = rows;
        QJsonArray lanes;
        for (std::uint32_t l = 0; l < layout_.lanes.size(); ++l)
            lanes.append(QJsonObject{{QStringLiteral("label"), lane_label(layout_, l)},
                                     {QStringLiteral("pid"), layout_.lanes[l].pid},
                                     {QStringLiteral("tid"), layout_.lanes[l].tid}});
        d[QStringLiteral("lanes")] = lanes;
        QJsonArray items;
        for (const QJsonArray& item : items_) items.append(item);
        d[QStringLiteral("items")] = items;
        QJsonArray states;
        for (int s = 0; s < kLaneStateCount; ++s) states.append(state_display_name(static_cast<LaneState>(s)));
        d[QStringLiteral("states")] = states;
        const TooltipTexts t = tooltip_texts();
        d[QStringLiteral("text")] = QJsonObject{
            {QStringLiteral("gil"), t.gil_holder}, {QStringLiteral("core_runs"), t.core_runner},
            {QStringLiteral("state"), t.state}, {QStringLiteral("core"), t.core}, {QStringLiteral("folded"), t.folded},
            {QStringLiteral("task"), t.task}, {QStringLiteral("pidtid"), t.pid_tid}, {QStringLiteral("start"), t.start},
            {QStringLiteral("duration"), t.duration},
            {QStringLiteral("summary_item"),
             stretch_text()}};
        d[QStringLiteral("fold_block")] = format_duration(store_.fold_block_ns());
        // The units format_duration writes, so durations read the same here as in the window.
        d[QStringLiteral("units")] = QJsonObject{{QStringLiteral("s"), QStringLiteral("s")},
                                                 {QStringLiteral("ms"), QStringLiteral("ms")},
                                                 {QStringLiteral("us"), QStringLiteral("\u00b5s")},
                                                 {QStringLiteral("ns"), QStringLiteral("ns")}};
        d[QStringLiteral("locale")] = QLocale().bcp47Name();
        return QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
    }

    const TimelineStore& store_;
    const RunLayout& layout_;
    const SvgTimelineOptions& o_;
    QFont font_;
    std::int64_t start_ = 0;
    std::int64_t span_ = 1;
    std::vector<RowGeometry> rows_;
    int plot_x_ = 0, plot_y_ = 0, plot_w_ = 0, plot_h_ = 0, axis_y_ = 0;
    std::vector<QJsonArray> items_;
};

}  // namespace

SvgTimeline svg_timeline(const TimelineStore& store, const SvgTimelineOptions& options) {
    return Builder(store, options).build();
}

}  // namespace conclab::ui

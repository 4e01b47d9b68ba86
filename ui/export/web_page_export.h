#pragma once
// The web page handout: one self-contained .html file a student opens at home, offline, in any
// browser — the timeline as SVG (zoom with the wheel, pan by dragging, hover for details), the
// caption and the measured summary, the comparison table and the speedup chart. No network, no
// external file: its script and style are inline (our own, web/handout.js and .css), the Bengali
// font is embedded when the page has Bengali text, and a Content-Security-Policy forbids loading
// anything else. File → Export → Web page and `conclab shot --out run.html` write it.
#include <QByteArray>
#include <QString>
#include <optional>

#include "ui/timeline/timeline_painter.h"

namespace conclab {
class TimelineStore;
}

namespace conclab::ui {

class ComparisonModel;

struct WebPage {
    const TimelineStore* store = nullptr;  // the run the timeline shows (finished)
    QString caption;                       // what ran, on what, when (caption_text)
    QString summary;                       // the measured headline
    QString warning;                       // a busy machine, lost events (run_warnings_text); may be empty
    std::optional<WorkerDeathMark> death;
    const ComparisonModel* table = nullptr;  // the table and chart; may be null
    int shown_row = -1;                      // its row of the run shown, highlighted
    int cores = 1;                           // the chart's "ideal" line
    QString recorded_on;                     // "Recorded on …": the machine, if known
};

// What a page holds, for the tests and the status line.
struct WebPageFacts {
    int lane_rows = 0;
    int bars = 0;
    bool exact = true;          // every recorded segment is a bar
    bool font_embedded = false;
    bool font_subset = false;
    int font_bytes = 0;
};

QByteArray web_page_html(const WebPage& page, WebPageFacts* facts = nullptr);
// Writes the page (through QSaveFile: never a partial file); empty on success, else why not.
QString export_web_page(const QString& path, const WebPage& page);

}  // namespace conclab::ui

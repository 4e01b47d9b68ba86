#include "ui/window/output_pane.h"

#include <QEvent>
#include <QStringList>

#include "timeline/shared_timeline.h"
#include "ui/text/display_format.h"

namespace conclab::ui {
namespace {

QString line_text(const OutputLine& line) {
    switch (line.stream) {
        case OutputStream::Stdout: return QString::fromStdString(line.text);
        case OutputStream::Stderr: return OutputPane::tr("[stderr] %1").arg(QString::fromStdString(line.text));
        case OutputStream::Worker: break;
    }
    return QStringLiteral("%1 %2").arg(line.values[0]).arg(line.values[1]);
}

}  // namespace

OutputPane::OutputPane(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(20'000);  // the newest lines; the store keeps more for exports
    setObjectName(QStringLiteral("OutputPane"));
    retranslate();
}

void OutputPane::retranslate() {
    setPlaceholderText(tr("What the run prints appears here: an observed program's output, a worker's lines."));
    setAccessibleName(tr("Output of the run"));
}

void OutputPane::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QPlainTextEdit::changeEvent(e);
}

void OutputPane::setTimeline(std::shared_ptr<const SharedTimeline> timeline) {
    if (timeline == timeline_) return;
    timeline_ = std::move(timeline);
    shown_ = 0;
    dropped_seen_ = 0;
    clear();
    refresh();
}

void OutputPane::refresh() {
    if (!timeline_) return;
    QStringList lines;
    std::size_t dropped = 0;
    {
        const auto store = timeline_->read();  // copy the new lines out, then let the source write again
        const auto& output = store->output();
        for (std::size_t i = shown_; i < output.size(); ++i) lines << line_text(output[i]);
        shown_ = output.size();
        dropped = store->output_dropped();
    }
    if (!lines.isEmpty()) appendPlainText(lines.join(QLatin1Char('\n')));
    if (dropped > dropped_seen_ && dropped_seen_ == 0)
        appendPlainText(tr("… more lines were printed than are kept (%1); exports hold the first %2.")
                            .arg(format_count(static_cast<qint64>(dropped)),
                                 format_count(static_cast<qint64>(TimelineStore::kMaxOutputLines))));
    dropped_seen_ = dropped;
}

}  // namespace conclab::ui

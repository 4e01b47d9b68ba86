#include "ui/output/output_text.h"
#include "ui/text/translate.h"

#include <QCoreApplication>
#include <QLocale>

namespace conclab::ui {
namespace {

QString number(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

}  // namespace

QString output_line_text(const OutputLine& line) {
    if (line.stream != OutputStream::Worker) return QString::fromStdString(line.text);
    // A code this version does not know (a newer saved run): the numbers, as print(a, b) shows them.
    return tr("%1 %2").arg(number(line.values[0]), number(line.values[1]));
}

QString output_source_text(const OutputLine& line, const std::string* lane_name) {
    switch (line.stream) {
        case OutputStream::Stdout: return tr("program");
        case OutputStream::Stderr: return tr("program (errors)");
        case OutputStream::Worker: break;
    }
    if (lane_name) return QString::fromStdString(*lane_name);
    return tr("worker %1").arg(line.lane);
}

}  // namespace conclab::ui

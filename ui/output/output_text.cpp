#include "ui/output/output_text.h"
#include "ui/text/translate.h"
#include "workload/output_codes.h"

#include <QCoreApplication>
#include <QLocale>

namespace conclab::ui {
namespace {

QString number(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

}  // namespace

QString output_line_text(const OutputLine& line) {
    if (line.stream != OutputStream::Worker) return QString::fromStdString(line.text);
    // Exactly what the lesson's Python beside it prints (workload/output_codes.h): a program's
    // output, in Python's words and digits whatever the reader's language, as a real run shows it.
    const QString first = QString::number(line.values[0]);
    switch (static_cast<OutputCode>(line.code)) {
        case OutputCode::Number: return QStringLiteral("Number: %1").arg(first);
        case OutputCode::Square: return QStringLiteral("Square: %1").arg(QString::number(line.values[1]));
        case OutputCode::CounterInWorker:
        case OutputCode::CounterFinal: return first;  // print(counter)
    }
    // A code this version does not know (a newer saved run): the numbers, as print(a, b) shows them.
    return tr("%1 %2").arg(number(line.values[0]), number(line.values[1]));
}

QString output_source_text(const OutputLine& line, const QString* lane_name) {
    switch (line.stream) {
        case OutputStream::Stdout: return tr("program");
        case OutputStream::Stderr: return tr("program (errors)");
        case OutputStream::Worker: break;
    }
    if (lane_name) return *lane_name;
    return tr("worker %1").arg(line.lane);
}

}  // namespace conclab::ui

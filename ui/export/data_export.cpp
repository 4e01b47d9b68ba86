#include "ui/export/data_export.h"

#include <QFile>

#include "export/atomic_file.h"
#include "export/csv_writer.h"
#include "export/trace_writer.h"
#include "ui/text/message_text.h"

namespace conclab::ui {
namespace {
std::string native_path(const QString& path) { return QFile::encodeName(path).toStdString(); }

QString problem_text(const std::optional<Message>& problem) { return problem ? message_text(*problem) : QString(); }
}  // namespace

QString export_trace_json(const QString& path, const std::vector<const RunResult*>& runs) {
    return problem_text(write_file_atomically(native_path(path), [&](std::ostream& out) { write_trace_json(out, runs); }));
}

QString export_comparison_csv(const QString& path, const std::vector<ComparisonRow>& rows) {
    return problem_text(
        write_file_atomically(native_path(path), [&](std::ostream& out) { write_comparison_csv(out, rows); }));
}

}  // namespace conclab::ui

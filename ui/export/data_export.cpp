#include "ui/export/data_export.h"

#include <QCoreApplication>
#include <QFile>

#include "export/atomic_file.h"
#include "export/csv_writer.h"
#include "export/trace_writer.h"
#include "ui/text/message_text.h"

namespace conclab::ui {
namespace {

std::string native_path(const QString& path) { return QFile::encodeName(path).toStdString(); }

QString problem_text(const std::optional<Message>& problem) { return problem ? message_text(*problem) : QString(); }

// The CSV's column names and the words of its text cells, under their stable English (which is
// what an English window writes, and `conclab compare --csv` always).
[[maybe_unused]] constexpr const char* kColumnNames[] = {
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "model"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "gil"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "workers"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "tasks"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "workload"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "switch_interval_ms"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "status"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "wall_ms"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "cpu_ms"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "speedup"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "efficiency"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "gil_wait_share"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "gil_handoffs"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "voluntary_cs"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "involuntary_cs"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "peak_rss_mib"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "source"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvColumn", "command"),
};
[[maybe_unused]] constexpr const char* kCellWords[] = {
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "sequential"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "threads"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "thread-pool"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "processes"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "process-pool"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "async"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "on"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "off"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "completed"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "stopped"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "failed"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "simulated"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "observed"),
    QT_TRANSLATE_NOOP("conclab::ui::CsvValue", "opened"),
};

std::string translated(const char* context, const std::string& english) {
    return QCoreApplication::translate(context, english.c_str()).toStdString();
}

// The columns whose cells are words (the others are numbers, the workload and commands as typed).
bool has_word_cells(const std::string& column) {
    return column == "model" || column == "gil" || column == "status" || column == "source";
}

// The table in the reader's language: column names and word cells translated; numbers keep '.'
// and Latin digits, so that a spreadsheet still reads them as numbers.
void write_worded_csv(std::ostream& out, const std::vector<ComparisonRow>& rows) {
    const std::vector<std::string>& columns = comparison_csv_header();
    std::vector<std::string> header;
    for (const std::string& c : columns) header.push_back(translated("conclab::ui::CsvColumn", c));
    write_csv_line(out, header);
    for (const ComparisonRow& row : rows) {
        std::vector<std::string> cells = comparison_csv_row(row);
        for (std::size_t i = 0; i < cells.size() && i < columns.size(); ++i)
            if (has_word_cells(columns[i]) && !cells[i].empty()) cells[i] = translated("conclab::ui::CsvValue", cells[i]);
        write_csv_line(out, cells);
    }
}

}  // namespace

QString export_trace_json(const QString& path, const std::vector<const RunResult*>& runs) {
    return problem_text(write_file_atomically(native_path(path), [&](std::ostream& out) { write_trace_json(out, runs); }));
}

QString export_comparison_csv(const QString& path, const std::vector<ComparisonRow>& rows) {
    return problem_text(
        write_file_atomically(native_path(path), [&](std::ostream& out) { write_worded_csv(out, rows); }));
}

}  // namespace conclab::ui

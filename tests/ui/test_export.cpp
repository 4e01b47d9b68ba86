// Export: pictures decode at the requested size, SVG is valid, PDF is a PDF, CSV has a header and
// a line per row, and a failed export leaves nothing behind.
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cerrno>

#include "export/csv_writer.h"
#include "run/run_session.h"
#include "timeline_fixtures.h"
#include "ui/export/caption.h"
#include "ui/export/data_export.h"
#include "ui/export/picture_export.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::kMs;
using conclab::test::kStart;

namespace {

QString export_picture(const QString& path, QSize size) {
    const TimelineStore store = test::two_thread_timeline();
    TimelinePaintOptions options;
    options.font_px = font_px_for_picture(size);
    options.caption = caption_text(default_experiment(), 2, QDateTime(QDate(2025, 1, 2), QTime(10, 30)));
    return export_timeline_picture(path, size, store, kStart, kStart + 150 * kMs, options);
}

QByteArray head(const QString& path, int n) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.read(n);
}

ComparisonRow row(RunModel m, std::int64_t wall_ms) {
    Experiment e = default_experiment();
    e.model = m;
    ComparisonRow r = simulated_row(e, RunStatus::Completed, {});
    r.metrics.wall_ns = wall_ms * kMs;
    r.metrics.lanes = m == RunModel::Sequential ? 1 : 4;
    r.metrics.cores = 2;
    return r;
}

}  // namespace

TEST_CASE("the caption states the experiment and the machine", "[export]") {
    Experiment e = default_experiment();
    e.gil = true;
    e.switch_interval_ns = 5'000'000;
    QString c = caption_text(e, 8, QDateTime(QDate(2025, 1, 2), QTime(10, 30)));
    c.replace(QChar(0x00A0), QLatin1Char(' '));  // parts are kept together with no-break spaces
    CHECK(c.contains(QString::fromStdString(e.workload.text)));
    CHECK(c.contains(QStringLiteral("GIL on, switch interval 5 ms")));
    CHECK(c.contains(QStringLiteral("8 cores")));
    CHECK(c.contains(QStringLiteral("2025-01-02")));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("PNG export decodes at the requested size", "[export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.png"));
    REQUIRE(export_picture(path, QSize(1600, 900)).isEmpty());
    QImageReader reader(path);
    CHECK(reader.format() == "png");
    const QImage image = reader.read();
    CHECK(image.size() == QSize(1600, 900));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("SVG export loads in QSvgRenderer", "[export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.svg"));
    REQUIRE(export_picture(path, QSize(1200, 700)).isEmpty());
    QSvgRenderer renderer(path);
    CHECK(renderer.isValid());
    CHECK(renderer.viewBox() == QRect(0, 0, 1200, 700));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("PDF export starts with %PDF", "[export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.pdf"));
    REQUIRE(export_picture(path, QSize(1200, 700)).isEmpty());
    CHECK(head(path, 5) == "%PDF-");
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("CSV export has the header and one line per row", "[export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("comparison.csv"));
    std::vector<ComparisonRow> rows{row(RunModel::Sequential, 400), row(RunModel::Threads, 410),
                                    row(RunModel::Processes, 210)};
    compute_speedups(rows);
    REQUIRE(export_comparison_csv(path, rows).isEmpty());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.front().startsWith(QString::fromStdString(comparison_csv_header().front())));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a failed export shows the reason and leaves no partial file", "[export]") {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-dir"));
    for (const char* name : {"t.png", "t.svg", "t.pdf"}) {
        const QString path = missing + QLatin1Char('/') + QLatin1String(name);
        const QString error = export_picture(path, QSize(800, 500));
        CHECK_FALSE(error.isEmpty());
        CHECK(error.contains(QLatin1String(name)));
        CHECK_FALSE(QFile::exists(path));
    }
    // The engine's refusal, as the sentence the dialog shows: the file and the system's reason.
    const QString csv_error = export_comparison_csv(missing + QStringLiteral("/c.csv"), {row(RunModel::Sequential, 1)});
    CHECK(csv_error == QStringLiteral("cannot write %1: %2").arg(missing + QStringLiteral("/c.csv"), qt_error_string(ENOENT)));
    CHECK_FALSE(QFile::exists(missing + QStringLiteral("/c.csv")));
    CHECK_FALSE(export_picture(dir.filePath(QStringLiteral("t.gif")), QSize(800, 500)).isEmpty());
    // Nothing else appeared in the directory (no temporary files left behind).
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    REQUIRE_NO_QT_WARNINGS();
}

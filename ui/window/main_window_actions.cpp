// MainWindow's actions, menus and File → Export (kept apart from the window's layout code).
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>

#include "run/run_session.h"
#include "timeline/shared_timeline.h"
#include "ui/comparison/comparison_model.h"
#include "ui/export/data_export.h"
#include "ui/window/main_window.h"
#include "ui/export/picture_export.h"
#include "ui/timeline/timeline_summary.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"

namespace conclab::ui {
namespace {

QIcon icon(const char* name) { return QIcon(QStringLiteral(":/conclab/icons/%1.svg").arg(QLatin1String(name))); }

// The save dialog, with the suffix of the chosen filter added when the name has none.
QString ask_path(QWidget* parent, const QString& title, const QString& base_name, const QStringList& filters) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selected = filters.front();
    QString path = QFileDialog::getSaveFileName(parent, title, dir + QLatin1Char('/') + base_name,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty()) return {};
    if (QFileInfo(path).suffix().isEmpty()) {
        const auto star = selected.indexOf(QStringLiteral("*."));
        if (star >= 0) path += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    return path;
}

}  // namespace

void MainWindow::createActions() {
    run_ = new QAction(icon("run"), tr("&Run"), this);
    run_->setObjectName(QStringLiteral("run"));
    run_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    run_->setToolTip(tr("Run the experiment (Ctrl+R)"));
    connect(run_, &QAction::triggered, this, &MainWindow::runExperiment);

    stop_ = new QAction(icon("stop"), tr("&Stop"), this);
    stop_->setObjectName(QStringLiteral("stop"));
    stop_->setShortcut(QKeySequence(Qt::Key_Escape));
    stop_->setToolTip(tr("Stop the run (Esc)"));
    connect(stop_, &QAction::triggered, this, &MainWindow::stopRun);

    compare_ = new QAction(icon("compare"), tr("&Compare all"), this);
    compare_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    compare_->setToolTip(tr("Run this workload under every model in turn and compare (Ctrl+Shift+R)"));
    connect(compare_, &QAction::triggered, this, &MainWindow::compareAll);

    fit_ = new QAction(icon("fit"), tr("&Fit"), this);
    fit_->setObjectName(QStringLiteral("zoomFit"));
    fit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit_->setToolTip(tr("Show the whole run (Ctrl+0, or double-click the timeline)"));
    connect(fit_, &QAction::triggered, zoom_, &ZoomState::fit);

    show_row_ = new QAction(tr("Show &timeline of selected run"), this);
    connect(show_row_, &QAction::triggered, this, &MainWindow::showSelectedRun);
    remove_row_ = new QAction(tr("&Remove selected run"), this);
    remove_row_->setShortcut(QKeySequence::Delete);
    connect(remove_row_, &QAction::triggered, this, &MainWindow::removeSelectedRun);
    clear_rows_ = new QAction(tr("C&lear table"), this);
    connect(clear_rows_, &QAction::triggered, model_, &ComparisonModel::clear);

    export_timeline_ = new QAction(tr("Timeline as &picture (PNG, SVG, PDF)…"), this);
    export_timeline_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(export_timeline_, &QAction::triggered, this, &MainWindow::askAndExportTimeline);
    export_window_ = new QAction(tr("&Whole window as picture…"), this);
    connect(export_window_, &QAction::triggered, this, &MainWindow::askAndExportWindow);
    export_trace_ = new QAction(tr("&Trace for Perfetto (JSON)…"), this);
    connect(export_trace_, &QAction::triggered, this, &MainWindow::askAndExportTrace);
    export_csv_ = new QAction(tr("Comparison &table (CSV)…"), this);
    connect(export_csv_, &QAction::triggered, this, &MainWindow::askAndExportCsv);

    quit_ = new QAction(tr("&Quit"), this);
    quit_->setShortcut(QKeySequence::Quit);
    connect(quit_, &QAction::triggered, this, &QWidget::close);

    auto* tools = addToolBar(tr("Run"));
    tools->setObjectName(QStringLiteral("RunToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(run_);
    tools->addAction(stop_);
    tools->addAction(compare_);
    tools->addSeparator();
    tools->addAction(fit_);
    tools->addSeparator();
    tools->addAction(show_row_);
    tools->addAction(remove_row_);
    tools->addAction(clear_rows_);
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* exp = file->addMenu(tr("&Export"));
    exp->addAction(export_timeline_);
    exp->addAction(export_window_);
    exp->addAction(export_trace_);
    exp->addAction(export_csv_);
    file->addSeparator();
    file->addAction(quit_);
    auto* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(run_);
    run->addAction(stop_);
    run->addAction(compare_);
    auto* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));  // presenter mode and the docks add to it
    view->addAction(fit_);
    auto* table = menuBar()->addMenu(tr("&Table"));
    table->addAction(show_row_);
    table->addAction(remove_row_);
    table->addAction(clear_rows_);
}

QString MainWindow::exportTimelinePicture(const QString& path, QSize size) const {
    const auto& timeline = timeline_->timeline();
    if (!timeline) return tr("There is no timeline to export yet: run an experiment first.");
    const auto store = timeline->read();  // a run still going keeps writing once the picture is taken
    TimelinePaintOptions options;
    options.font_px = font_px_for_picture(size);
    options.caption = currentCaption();
    if (store->finished()) options.summary = summary_text(summarize(*store));
    options.death = timeline_->paintOptions().death;  // a failed run's picture shows where the worker died
    const TimeView& v = zoom_->view();
    return export_timeline_picture(path, size, *store, v.t0_ns, v.t1_ns, options);
}

QString MainWindow::exportWindowPicture(const QString& path) { return export_widget_picture(path, *this, currentCaption()); }

QString MainWindow::exportTrace(const QString& path) const {
    auto runs = model_->results();
    if (runs.empty()) return tr("There is no finished run to export yet.");
    return export_trace_json(path, runs);
}

QString MainWindow::exportCsv(const QString& path) const { return export_comparison_csv(path, model_->rows()); }

void MainWindow::askAndExportTimeline() {
    const QString path = ask_path(this, tr("Export the timeline"), QStringLiteral("timeline.png"),
                                  {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")});
    if (!path.isEmpty()) reportExport(path, exportTimelinePicture(path, QSize(1600, 900)));
}

void MainWindow::askAndExportWindow() {
    const QString path = ask_path(this, tr("Export the whole window"), QStringLiteral("concurrency-lab.png"),
                                  {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")});
    if (!path.isEmpty()) reportExport(path, exportWindowPicture(path));
}

void MainWindow::askAndExportTrace() {
    const QString path = ask_path(this, tr("Export the trace"), QStringLiteral("trace.json"),
                                  {tr("Trace Event JSON for Perfetto (*.json)")});
    if (!path.isEmpty()) reportExport(path, exportTrace(path));
}

void MainWindow::askAndExportCsv() {
    const QString path =
        ask_path(this, tr("Export the comparison table"), QStringLiteral("comparison.csv"), {tr("CSV table (*.csv)")});
    if (!path.isEmpty()) reportExport(path, exportCsv(path));
}

void MainWindow::reportExport(const QString& path, const QString& error) {
    if (error.isEmpty()) {
        status_label_->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace conclab::ui

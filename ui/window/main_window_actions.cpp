// MainWindow's actions, menus and File → Export (kept apart from the window's layout code).
#include <QAction>
#include <QActionGroup>
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
#include "ui/export/web_page_export.h"
#include "ui/replay/replay_bar.h"
#include "ui/runfile/run_file_actions.h"
#include "ui/text/machine_text.h"
#include "ui/timeline/timeline_summary.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "ui/text/language.h"

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
    // Texts, tooltips and menu titles are set in retranslateActions().
    run_ = new QAction(icon("run"), QString(), this);
    run_->setObjectName(QStringLiteral("run"));
    run_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(run_, &QAction::triggered, this, &MainWindow::runExperiment);

    stop_ = new QAction(icon("stop"), QString(), this);
    stop_->setObjectName(QStringLiteral("stop"));
    stop_->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(stop_, &QAction::triggered, this, &MainWindow::stopRun);

    compare_ = new QAction(icon("compare"), QString(), this);
    compare_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(compare_, &QAction::triggered, this, &MainWindow::compareAll);

    beside_real_ = new QAction(this);
    beside_real_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(beside_real_, &QAction::triggered, this, &MainWindow::runBesideRealPython);

    // Ctrl+O is File → Open run (the key every program opens a file with).
    observe_ = new QAction(this);
    observe_->setObjectName(QStringLiteral("observe"));
    observe_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(observe_, &QAction::triggered, this, &MainWindow::askAndObserveProgram);

    fit_ = new QAction(icon("fit"), QString(), this);
    fit_->setObjectName(QStringLiteral("zoomFit"));
    fit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit_, &QAction::triggered, zoom_, &ZoomState::fit);

    show_row_ = new QAction(this);
    connect(show_row_, &QAction::triggered, this, &MainWindow::showSelectedRun);
    remove_row_ = new QAction(this);
    remove_row_->setShortcut(QKeySequence::Delete);
    connect(remove_row_, &QAction::triggered, this, &MainWindow::removeSelectedRun);
    clear_rows_ = new QAction(this);
    connect(clear_rows_, &QAction::triggered, model_, &ComparisonModel::clear);

    export_timeline_ = new QAction(this);
    export_timeline_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(export_timeline_, &QAction::triggered, this, &MainWindow::askAndExportTimeline);
    export_window_ = new QAction(this);
    connect(export_window_, &QAction::triggered, this, &MainWindow::askAndExportWindow);
    export_trace_ = new QAction(this);
    connect(export_trace_, &QAction::triggered, this, &MainWindow::askAndExportTrace);
    export_csv_ = new QAction(this);
    connect(export_csv_, &QAction::triggered, this, &MainWindow::askAndExportCsv);
    export_web_ = new QAction(this);
    export_web_->setObjectName(QStringLiteral("exportWebPage"));
    export_web_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(export_web_, &QAction::triggered, this, &MainWindow::askAndExportWebPage);

    files_ = new RunFileActions(this, controller_, model_, [this] { return shown_result_; });
    connect(files_, &RunFileActions::opened, this, &MainWindow::onFileOpened);
    connect(files_, &RunFileActions::message, this, &MainWindow::setStatus);

    quit_ = new QAction(this);
    quit_->setShortcut(QKeySequence::Quit);
    connect(quit_, &QAction::triggered, this, &QWidget::close);

    // View → Language: each language named in itself ("বাংলা", "English"), so that a reader who
    // does not read the other one still finds theirs. View → Digits only matters in Bengali.
    auto* languages = new QActionGroup(this);
    bengali_ = languages->addAction(language_native_name(Language::Bengali));
    english_ = languages->addAction(language_native_name(Language::English));
    auto* digits = new QActionGroup(this);
    bengali_digits_ = digits->addAction(QString());
    latin_digits_ = digits->addAction(QString());
    for (QAction* a : {bengali_, english_, bengali_digits_, latin_digits_}) a->setCheckable(true);
    connect(bengali_, &QAction::triggered, this,
            [this] { setLanguage({Language::Bengali, current_language().digits}); });
    connect(english_, &QAction::triggered, this,
            [this] { setLanguage({Language::English, current_language().digits}); });
    connect(bengali_digits_, &QAction::triggered, this,
            [this] { setLanguage({current_language().language, Digits::Native}); });
    connect(latin_digits_, &QAction::triggered, this,
            [this] { setLanguage({current_language().language, Digits::Latin}); });

    tools_ = addToolBar(QString());
    tools_->setObjectName(QStringLiteral("RunToolBar"));
    tools_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools_->addAction(run_);
    tools_->addAction(stop_);
    tools_->addAction(compare_);
    tools_->addSeparator();
    tools_->addAction(fit_);
    tools_->addSeparator();
    tools_->addAction(show_row_);
    tools_->addAction(remove_row_);
    tools_->addAction(clear_rows_);

    replay_bar_ = new ReplayBar(controller_, this);
    addToolBarBreak();  // a row of its own: the position slider needs the width
    addToolBar(Qt::TopToolBarArea, replay_bar_);
    // Hidden until a replay starts (Run → Replay, Ctrl+Shift+P), or View → Replay shows it: a row
    // the timeline needs more on a 1024×768 projector until there is something to replay.
    replay_bar_->hide();
    connect(replay_bar_, &ReplayBar::replayStarting, this, &MainWindow::onReplayStarting);
    connect(replay_bar_, &ReplayBar::replayStarting, replay_bar_, &QWidget::show);
}

void MainWindow::createMenus() {
    file_menu_ = menuBar()->addMenu(QString());
    file_menu_->addAction(files_->openAction());
    file_menu_->addMenu(files_->recentMenu());
    file_menu_->addAction(observe_);
    file_menu_->addSeparator();
    file_menu_->addAction(files_->saveRunAction());
    file_menu_->addAction(files_->saveAllAction());
    file_menu_->addSeparator();
    export_menu_ = file_menu_->addMenu(QString());
    export_menu_->addAction(export_timeline_);
    export_menu_->addAction(export_window_);
    export_menu_->addAction(export_trace_);
    export_menu_->addAction(export_csv_);
    export_menu_->addAction(export_web_);
    file_menu_->addSeparator();
    file_menu_->addAction(quit_);
    run_menu_ = menuBar()->addMenu(QString());
    run_menu_->addAction(run_);
    run_menu_->addAction(stop_);
    run_menu_->addAction(compare_);
    run_menu_->addAction(beside_real_);
    run_menu_->addSeparator();
    run_menu_->addAction(replay_bar_->replayAction());
    run_menu_->addAction(replay_bar_->playPauseAction());
    run_menu_->addAction(replay_bar_->nextHandoffAction());
    view_menu_ = menuBar()->addMenu(QString());
    view_menu_->setObjectName(QStringLiteral("viewMenu"));  // presenter mode and the docks add to it
    view_menu_->addAction(fit_);
    view_menu_->addAction(replay_bar_->toggleViewAction());  // its text is the bar's title, "Replay"
    view_menu_->addSeparator();
    language_menu_ = view_menu_->addMenu(QString());
    language_menu_->addAction(bengali_);
    language_menu_->addAction(english_);
    digits_menu_ = view_menu_->addMenu(QString());
    digits_menu_->addAction(bengali_digits_);
    digits_menu_->addAction(latin_digits_);
    table_menu_ = menuBar()->addMenu(QString());
    table_menu_->addAction(show_row_);
    table_menu_->addAction(remove_row_);
    table_menu_->addAction(clear_rows_);
}

void MainWindow::retranslateActions() {
    run_->setText(tr("&Run"));
    run_->setToolTip(tr("Run the experiment (Ctrl+R)"));
    stop_->setText(tr("&Stop"));
    stop_->setToolTip(tr("Stop the run (Esc)"));
    compare_->setText(tr("&Compare all"));
    compare_->setToolTip(tr("Run this workload under every model in turn and compare (Ctrl+Shift+R)"));
    fit_->setText(tr("&Fit"));
    fit_->setToolTip(tr("Show the whole run (Ctrl+0, or double-click the timeline)"));
    show_row_->setText(tr("Show &timeline of selected run"));
    remove_row_->setText(tr("&Remove selected run"));
    clear_rows_->setText(tr("C&lear table"));
    export_timeline_->setText(tr("Timeline as &picture (PNG, SVG, PDF)…"));
    export_window_->setText(tr("&Whole window as picture…"));
    export_trace_->setText(tr("&Trace for Perfetto (JSON)…"));
    export_csv_->setText(tr("Comparison &table (CSV)…"));
    export_web_->setText(tr("&Web page handout (HTML)…"));
    export_web_->setToolTip(tr("One .html file with the timeline, table and chart that opens offline in any browser "
                               "(Ctrl+Shift+E)"));
    quit_->setText(tr("&Quit"));
    beside_real_->setText(tr("Run beside real &Python"));
    beside_real_->setToolTip(tr("Run the experiment, then a Python script doing the same work under real CPython, "
                                "and compare both (Ctrl+Alt+R)"));
    observe_->setText(tr("O&bserve a program…"));
    observe_->setToolTip(tr("Run a real program (e.g. python3 script.py) and draw its threads, processes and GIL "
                            "(Ctrl+Shift+O)"));
    tools_->setWindowTitle(tr("Run"));
    file_menu_->setTitle(tr("&File"));
    export_menu_->setTitle(tr("&Export"));
    run_menu_->setTitle(tr("&Run"));
    view_menu_->setTitle(tr("&View"));
    table_menu_->setTitle(tr("&Table"));
    language_menu_->setTitle(tr("&Language"));
    digits_menu_->setTitle(tr("&Digits"));
    bengali_digits_->setText(tr("&Bengali digits (০১২৩)"));
    latin_digits_->setText(tr("&Latin digits (0123)"));
    const LanguageChoice now = current_language();
    (now.language == Language::Bengali ? bengali_ : english_)->setChecked(true);
    (now.digits == Digits::Latin ? latin_digits_ : bengali_digits_)->setChecked(true);
    digits_menu_->setEnabled(now.language == Language::Bengali);  // English always writes 0123
    digits_menu_->setToolTip(tr("How numbers are written in Bengali"));
}

QString MainWindow::exportTimelinePicture(const QString& path, QSize size) const {
    const auto& timeline = timeline_->timeline();
    if (!timeline) return tr("There is no timeline to export yet: run an experiment first.");
    const auto store = timeline->read();  // a run still going keeps writing once the picture is taken
    TimelinePaintOptions options;
    options.font_px = font_px_for_picture(size);
    options.caption = currentCaption();
    if (store->finished()) {
        options.summary = summary_text(summarize(*store));  // in the language of the moment
        options.warning = timeline_->paintOptions().warning;
    }
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

QString MainWindow::exportWebPage(const QString& path) const {
    const auto& timeline = timeline_->timeline();
    if (!timeline || !timeline->finished()) return tr("There is no finished run to export yet: run an experiment first.");
    const auto store = timeline->read();
    WebPage page;
    page.store = &*store;
    page.caption = currentCaption();
    page.summary = summary_text(summarize(*store));
    page.warning = timeline_->paintOptions().warning;
    page.death = timeline_->paintOptions().death;
    page.table = model_;
    for (int row = 0; row < model_->rowCount(); ++row)
        if (shown_result_ && model_->result(row) == shown_result_) page.shown_row = row;
    page.cores = store->layout().cores;
    if (shown_result_ && shown_result_->machine) page.recorded_on = recorded_on_text(*shown_result_->machine);
    return export_web_page(path, page);
}

void MainWindow::askAndExportWebPage() {
    const QString path = ask_path(this, tr("Export a web page handout"), QStringLiteral("concurrency-lab.html"),
                                  {tr("Web page (*.html)")});
    if (!path.isEmpty()) reportExport(path, exportWebPage(path));
}

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
        setStatus([path] { return tr("Saved %1").arg(QDir::toNativeSeparators(path)); });
        return;
    }
    QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace conclab::ui

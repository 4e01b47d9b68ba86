#include "ui/window/main_window.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <functional>

#include "machine/usable_cpus.h"
#include "run/run_session.h"
#include "timeline/shared_timeline.h"
#include "ui/export/caption.h"
#include "ui/comparison/comparison_model.h"
#include "ui/text/display_format.h"
#include "ui/text/experiment_text.h"
#include "ui/text/message_text.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/experiment/experiment_settings.h"
#include "ui/experiment/language_settings.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/replay/replay_bar.h"
#include "ui/runfile/run_file_actions.h"
#include "ui/window/app_setup.h"
#include "ui/run/run_controller.h"
#include "ui/window/observe_dialog.h"
#include "ui/comparison/speedup_chart.h"
#include "ui/timeline/timeline_summary.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "ui/output/output_pane.h"
#include "ui/window/presenter_mode.h"
#include "ui/window/window_fit.h"

namespace conclab::ui {
namespace {

// Speedups are numbers in the model (the chart reads them); the table shows them as "1.31×".
class SpeedupDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override {
        if (value.typeId() == QMetaType::Double) return locale.toString(value.toDouble(), 'f', 2) + QStringLiteral("×");
        return QStyledItemDelegate::displayText(value, locale);
    }
};

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowIcon(QIcon(QStringLiteral(":/conclab/icons/conclab.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    zoom_ = new ZoomState(this);
    model_ = new ComparisonModel(this);
    controller_ = new RunController(model_, this);

    panel_ = new ExperimentPanel;
    auto* scroll = new QScrollArea;
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    dock_ = new QDockWidget(this);
    dock_->setObjectName(QStringLiteral("ExperimentDock"));
    dock_->setWidget(scroll);
    dock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock_);

    timeline_ = new TimelineWidget(zoom_);
    table_ = new QTableView;
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setItemDelegateForColumn(ComparisonModel::Speedup, new SpeedupDelegate(table_));
    connect(table_, &QTableView::doubleClicked, this, &MainWindow::showSelectedRun);
    // The CPUs a run can use (affinity, online CPUs, cgroup quota), the same count the engine's
    // runs measure against: the chart's "ideal" line and the table must agree.
    chart_ = new SpeedupChart(model_, usable_cpus().count);

    bottom_ = new QSplitter(Qt::Horizontal);
    bottom_->setObjectName(QStringLiteral("BottomSplitter"));
    bottom_->addWidget(table_);
    bottom_->addWidget(chart_);
    bottom_->setStretchFactor(0, 3);
    bottom_->setStretchFactor(1, 2);
    vertical_ = new QSplitter(Qt::Vertical);
    vertical_->setObjectName(QStringLiteral("MainSplitter"));
    vertical_->addWidget(timeline_);
    vertical_->addWidget(bottom_);
    vertical_->setStretchFactor(0, 3);
    vertical_->setStretchFactor(1, 2);
    bottom_->setSizes({600, 600});
    vertical_->setSizes({560, 340});
    setCentralWidget(vertical_);

    status_label_ = new QLabel;
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(260);
    progress_->setTextVisible(true);
    progress_->setFormat(QStringLiteral("%p%"));  // the percentage in the widget's locale's digits
    elapsed_label_ = new QLabel;
    statusBar()->addWidget(status_label_, 1);
    statusBar()->addPermanentWidget(elapsed_label_);
    statusBar()->addPermanentWidget(progress_);

    createActions();
    createPresenterParts(dock_);
    createLessonParts(dock_);
    createMenus();
    createLessonMenu();
    createPresenterMenu();

    connect(controller_, &RunController::runStarted, this, &MainWindow::onRunStarted);
    connect(controller_, &RunController::segmentsArrived, timeline_, &TimelineWidget::markDirty);
    connect(controller_, &RunController::runFinished, this, &MainWindow::onRunFinished);
    connect(controller_, &RunController::runningChanged, this, &MainWindow::onRunningChanged);
    connect(controller_, &RunController::progressChanged, this, &MainWindow::onProgress);
    connect(controller_, &RunController::message, this, &MainWindow::setStatus);
    connect(panel_, &ExperimentPanel::experimentChanged, this, &MainWindow::updateActions);
    // The switch interval moved while a run goes: the run takes it at its next wait for the GIL.
    connect(panel_, &ExperimentPanel::switchIntervalMoved, this, [this](qint64 ns) {
        if (controller_->isRunning() && controller_->setSwitchInterval(ns))
            setStatus([ns] { return tr("Switch interval now %1, from the next wait for the GIL").arg(format_switch_interval(ns)); });
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(model_, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);

    setStatus([] { return tr("Ready"); });
    retranslate();
    restoreSettings();
    shown_ = RunDescription{SourceKind::Simulated, panel_->experiment(), {}};
    updateActions();
}

void MainWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(e);
}

void MainWindow::retranslate() {
    // Widgets that write numbers (spin boxes, the progress bar, the table's speedups) take the
    // locale of the language: its digits.
    setLocale(QLocale());
    setWindowTitle(tr("Concurrency Lab"));
    dock_->setWindowTitle(tr("Experiment"));
    table_->setAccessibleName(tr("Comparison table"));
    retranslateActions();
    if (output_dock_) retranslatePresenterActions();
    if (lessons_dock_) retranslateLessonActions();
    status_label_->setText(status_ ? status_() : QString());
    elapsed_label_->setText(elapsed_ms_ < 0 ? QString()
                                            : tr("Elapsed %1").arg(format_duration(elapsed_ms_ * 1'000'000)));
    progress_->update();
}

void MainWindow::setStatus(LiveText text) {
    status_ = std::move(text);
    status_label_->setText(status_ ? status_() : QString());
}

QString MainWindow::statusText() const { return status_label_->text(); }

void MainWindow::setLanguage(LanguageChoice choice) {
    switch_language(choice);
    QSettings settings;
    save_language_choice(settings, choice);
}

MainWindow::~MainWindow() = default;

namespace {
LiveText message_live(const Message& m) {
    return [m] { return message_text(m); };
}
}  // namespace

void MainWindow::runExperiment() {
    if (lessonOwnsRun()) {  // the panel holds the lesson's experiment: run all of the lesson
        runLesson();
        return;
    }
    if (const auto& problem = panel_->problemMessage()) return setStatus(message_live(*problem));
    if (LiveText problem = controller_->tryStart(panel_->experiment())) setStatus(std::move(problem));
}

void MainWindow::stopRun() {
    if (!controller_->isRunning()) return;
    controller_->stop();
    setStatus([] { return tr("Stopping…"); });
}

void MainWindow::compareAll() {
    if (const auto& problem = panel_->problemMessage()) return setStatus(message_live(*problem));
    if (LiveText problem = controller_->tryCompareAll(panel_->experiment())) setStatus(std::move(problem));
}

void MainWindow::askAndObserveProgram() {
    if (controller_->isRunning()) return;
    ObserveDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    observeProgram(dialog.command(), dialog.workingFolder());
}

void MainWindow::observeProgram(const std::vector<std::string>& argv, const QString& working_folder) {
    const QString problem = controller_->observe(argv, QFile::encodeName(working_folder).toStdString());
    if (!problem.isEmpty()) status_label_->setText(problem);
}

void MainWindow::showSelectedRun() {
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty() || controller_->isRunning()) return;
    const int row = rows.front().row();
    if (auto result = model_->result(row)) {
        showResult(result);
        setStatus([row, what = result->description()] {
            return tr("Showing run %1: %2").arg(format_count(row + 1), run_title(what));
        });
    }
}

void MainWindow::removeSelectedRun() {
    const auto rows = table_->selectionModel()->selectedRows();
    if (!rows.isEmpty()) model_->removeRun(rows.front().row());
}

void MainWindow::onRunStarted(std::shared_ptr<const SharedTimeline> timeline) {
    shown_result_.reset();
    replay_bar_->setShownRun(nullptr);
    shown_ = controller_->current();
    shown_status_ = RunStatus::Completed;
    output_->setTimeline(timeline);
    timeline_->setTimeline(std::move(timeline));
    // Presenting a lesson's bands hides the single timeline; a run of anything else is shown in it.
    if (!runner_->isRunning() && !beside_band_) timeline_->show();
    if (replay_bar_->isReplaying())
        setStatus([what = shown_] { return tr("Replaying: %1").arg(run_title(what)); });
    else
        setStatus([what = shown_] { return tr("Running: %1").arg(run_title(what)); });
}

void MainWindow::onFileOpened(int first_row, int count, std::shared_ptr<const RunResult> shown) {
    if (count <= 0 || !shown || controller_->isRunning()) return;
    showResult(shown);
    table_->selectRow(first_row + count - 1);
}

void MainWindow::onReplayStarting(const std::shared_ptr<const RunResult>& run) {
    // The replayed run's row comes back when the replay ends, as a live run's row appears then.
    for (int row = model_->rowCount() - 1; row >= 0; --row)
        if (model_->result(row) == run) model_->removeRun(row);
}

void MainWindow::onRunFinished(int row, std::shared_ptr<const RunResult> result) {
    showResult(result);
    table_->selectRow(row);
    setStatus([result] {
        const QString why = result->detail ? message_text(*result->detail) : QString();
        const QString how = result->status == RunStatus::Completed ? tr("Finished")
                            : result->status == RunStatus::Stopped ? tr("Stopped")
                                                                   : tr("Failed: %1").arg(why);
        return tr("%1 in %2: %3").arg(how, format_duration(result->metrics.wall_ns), run_title(result->description()));
    });
}

void MainWindow::showResult(const std::shared_ptr<const RunResult>& result) {
    shown_result_ = result;
    shown_ = result->description();
    shown_status_ = result->status;
    timeline_->setTimeline(result->timeline);
    output_->setTimeline(result->timeline);
    timeline_->setSummary([summary = summarize(result->store())] { return summary_text(summary); },
                          [metrics = result->metrics] { return run_warnings_text(metrics); });
    if (!worker_death_text(*result).isEmpty())
        timeline_->setWorkerDeath(result->failure->lane, result->failure->t_ns,
                                  [result] { return worker_death_text(*result); });
    replay_bar_->setShownRun(result);
    files_->updateActions();
    updateActions();
}

void MainWindow::onRunningChanged(bool) { updateActions(); }

void MainWindow::onProgress(double fraction, qint64 elapsed_ms) {
    progress_->setValue(static_cast<int>(fraction * 1000));
    elapsed_ms_ = elapsed_ms;
    elapsed_label_->setText(tr("Elapsed %1").arg(format_duration(elapsed_ms * 1'000'000)));
}

void MainWindow::updateActions() {
    const bool running = controller_->isRunning();
    const bool valid = panel_->problem().isEmpty();
    const bool selected = table_->selectionModel()->hasSelection();
    run_->setEnabled(!running && valid);
    compare_->setEnabled(!running && valid);
    beside_real_->setEnabled(!running && valid);
    observe_->setEnabled(!running);
    stop_->setEnabled(running);
    show_row_->setEnabled(!running && selected);
    remove_row_->setEnabled(selected);
    clear_rows_->setEnabled(model_->rowCount() > 0);
    export_csv_->setEnabled(model_->rowCount() > 0);
    export_trace_->setEnabled(!model_->results().empty());
    export_timeline_->setEnabled(timeline_->timeline() != nullptr);
    export_web_->setEnabled(!running && shown_result_ != nullptr);
    panel_->setRunning(running);
    progress_->setVisible(running || progress_->value() > 0);
}

QString MainWindow::currentCaption() const {
    const int cores = timeline_->timeline() ? timeline_->timeline()->read()->layout().cores : usable_cpus().count;
    // A run opened from a file was made when it was recorded, not now.
    const QDateTime when = shown_result_ && shown_result_->started_unix_ns > 0
                               ? QDateTime::fromMSecsSinceEpoch(shown_result_->started_unix_ns / 1'000'000)
                               : QDateTime::currentDateTime();
    return caption_text(shown_, cores, when, shown_status_);
}

void MainWindow::closeEvent(QCloseEvent* e) {
    controller_->stop();
    presenter_->setOn(false);  // the layout saved is the window's own, not the full-screen one
    saveSettings();
    e->accept();
}

void MainWindow::saveSettings() const {
    QSettings s;
    save_experiment(s, panel_->experiment());
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/main_splitter"), vertical_->saveState());
    s.setValue(QStringLiteral("window/bottom_splitter"), bottom_->saveState());
}

void MainWindow::restoreSettings() {
    QSettings s;
    LoadedExperiment loaded = load_experiment(s, default_experiment());
    loaded.problems << load_language_choice(s).problems;  // applied before the window was made
    panel_->setExperiment(loaded.experiment);
    // The saved window layout, if it suits this screen; quietly dropped if it does not (it may
    // come from another screen, another version or the offscreen platform): a layout is not
    // something the user wrote, so there is nothing to tell them.
    const std::pair<QString, std::function<bool(const QByteArray&)>> layout[] = {
        {QStringLiteral("window/geometry"), [this](const QByteArray& b) { return restoreGeometry(b); }},
        {QStringLiteral("window/state"), [this](const QByteArray& b) { return restoreState(b); }},
        {QStringLiteral("window/main_splitter"), [this](const QByteArray& b) { return vertical_->restoreState(b); }},
        {QStringLiteral("window/bottom_splitter"), [this](const QByteArray& b) { return bottom_->restoreState(b); }},
    };
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    setGeometry(default_window_geometry(available));
    for (const auto& [key, restore] : layout)
        if (const QVariant saved = s.value(key); saved.typeId() == QMetaType::QByteArray) (void)restore(saved.toByteArray());
    fitInto(screen() ? screen()->availableGeometry() : available);
    if (!loaded.problems.isEmpty()) {
        // Once, when the window is up; open(), not exec(): nothing waits for the answer.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Some settings were not used"),
                                    loaded.problems.join(QLatin1Char('\n')), QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QTimer::singleShot(0, box, [box] { box->open(); });
    }
}

void MainWindow::fitInto(const QRect& available) {
    if (isFullScreen()) return;
    if (isMaximized()) {
        // A maximised window fits by definition, unless it was maximised on a larger screen and
        // restored here before the window manager could say: let it fit as a normal window.
        if (frameGeometry().width() <= available.width() && frameGeometry().height() <= available.height()) return;
        showNormal();
    }
    // Once shown the frame is known; before, a generous guess (window_fit.h).
    const QSize frame = isVisible() ? frameGeometry().size() - geometry().size() : kAssumedFrame;
    const QRect fitted = fitted_window_geometry(geometry(), available, frame.expandedTo(QSize(0, 0)));
    if (fitted != geometry()) setGeometry(fitted);
}

void MainWindow::showEvent(QShowEvent* e) {
    QMainWindow::showEvent(e);
    if (fitted_after_show_) return;
    fitted_after_show_ = true;
    // The window manager has placed and framed the window once the event loop ran: check again
    // on the screen it actually opened on.
    QTimer::singleShot(0, this, [this] {
        if (screen()) fitInto(screen()->availableGeometry());
    });
}

}  // namespace conclab::ui

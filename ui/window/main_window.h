#pragma once
// The main window: experiment panel (dock), live timeline, comparison table and speedup chart,
// Run / Stop / Compare all, progress in the status bar, File → Export, remembered layout.
#include <QMainWindow>
#include <memory>

#include "metrics/run_metrics.h"
#include "experiment/experiment.h"
#include "run/run_result.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;

namespace conclab {
class SharedTimeline;
}  // namespace conclab

namespace conclab::ui {

class ComparisonModel;
class ExperimentPanel;
class LessonPanel;
class LessonRunner;
class LessonRunsView;
class OutputPane;
class PresenterMode;
class RunController;
class SpeedupChart;
class TimelineWidget;
class ZoomState;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ExperimentPanel* panel() const { return panel_; }
    TimelineWidget* timeline() const { return timeline_; }
    ComparisonModel* comparison() const { return model_; }
    RunController* controller() const { return controller_; }
    QTableView* table() const { return table_; }
    SpeedupChart* chart() const { return chart_; }
    OutputPane* output() const { return output_; }
    PresenterMode* presenter() const { return presenter_; }
    LessonPanel* lessons() const { return lessons_; }
    LessonRunner* lessonRunner() const { return runner_; }
    LessonRunsView* lessonRuns() const { return runs_view_; }
    // Every action of the window, by its object name ("run", "presenterMode", "answer1" ...):
    // what the keyboard reaches (tests, and the help that lists the keys).
    QList<QAction*> keyboardActions() const;

    // Sizes and places the window inside `available` (a screen's area without task bars):
    // the window always fits the screen it opens on (window_fit.h).
    void fitInto(const QRect& available);

    // The caption of pictures of the timeline shown now (experiment, machine, date).
    QString currentCaption() const;
    // Export without dialogs (the File menu's actions ask for a path, then call these).
    QString exportTimelinePicture(const QString& path, QSize size) const;
    QString exportWindowPicture(const QString& path);
    QString exportTrace(const QString& path) const;
    QString exportCsv(const QString& path) const;

public slots:
    void runExperiment();
    void stopRun();
    void compareAll();
    void showSelectedRun();
    void removeSelectedRun();

protected:
    void closeEvent(QCloseEvent* e) override;
    void showEvent(QShowEvent* e) override;

private:
    void createActions();
    void createMenus();
    void onRunStarted(std::shared_ptr<const SharedTimeline> timeline);
    void onRunFinished(int row, std::shared_ptr<const RunResult> result);
    void onRunningChanged(bool running);
    void onProgress(double fraction, qint64 elapsed_ms);
    void showResult(const std::shared_ptr<const RunResult>& result);
    void updateActions();
    void askAndExportTimeline();
    void askAndExportWindow();
    void askAndExportTrace();
    void askAndExportCsv();
    void reportExport(const QString& path, const QString& error);
    void saveSettings() const;
    void restoreSettings();
    // Output pane, presenter mode, zoom keys, high contrast (main_window_presenter.cpp).
    void createPresenterParts(QDockWidget* experiment_dock);
    void createPresenterMenu();
    // The Lessons dock, menu and keys (main_window_lessons.cpp).
    void createLessonParts(QDockWidget* experiment_dock);
    void createLessonMenu();
    void retranslateLessonActions();
    bool lessonOwnsRun() const;  // Run runs the lesson: its dock is up and the panel holds its experiment
    void setUpLesson(int index);
    void runLesson();

    ZoomState* zoom_;
    ExperimentPanel* panel_;
    TimelineWidget* timeline_;
    ComparisonModel* model_;
    QTableView* table_;
    SpeedupChart* chart_;
    RunController* controller_;
    QSplitter* vertical_;
    QSplitter* bottom_;
    QLabel* status_label_;
    QProgressBar* progress_;
    QLabel* elapsed_label_;

    QAction* run_ = nullptr;
    QAction* stop_ = nullptr;
    QAction* compare_ = nullptr;
    QAction* fit_ = nullptr;
    QAction* show_row_ = nullptr;
    QAction* remove_row_ = nullptr;
    QAction* clear_rows_ = nullptr;
    QAction* export_timeline_ = nullptr;
    QAction* export_window_ = nullptr;
    QAction* export_trace_ = nullptr;
    QAction* export_csv_ = nullptr;
    QAction* quit_ = nullptr;

    OutputPane* output_ = nullptr;
    QDockWidget* output_dock_ = nullptr;
    PresenterMode* presenter_ = nullptr;
    QAction* presenter_action_ = nullptr;
    QAction* high_contrast_ = nullptr;
    QAction* zoom_in_ = nullptr;
    QAction* zoom_out_ = nullptr;
    bool fitted_after_show_ = false;

    LessonPanel* lessons_ = nullptr;
    QDockWidget* lessons_dock_ = nullptr;
    LessonRunsView* runs_view_ = nullptr;
    QDockWidget* runs_dock_ = nullptr;
    LessonRunner* runner_ = nullptr;
    QMenu* lessons_menu_ = nullptr;
    QAction* lessons_action_ = nullptr;
    QAction* run_lesson_ = nullptr;
    QAction* next_lesson_ = nullptr;
    QAction* previous_lesson_ = nullptr;
    QAction* skip_answer_ = nullptr;
    QList<QAction*> answer_actions_;
    bool setting_up_lesson_ = false;  // the panel is being set to a lesson's experiment, not edited

    RunDescription shown_;  // what the timeline shows: the live run, or a finished one selected
    RunStatus shown_status_ = RunStatus::Completed;
    std::shared_ptr<const RunResult> shown_result_;  // keeps a re-shown timeline alive
};

}  // namespace conclab::ui

#pragma once
// The main window: experiment panel (dock), live timeline, comparison table and speedup chart,
// Run / Stop / Compare all / Beside real Python, File → Observe a program…, File → Open run / Save run
// (saved runs), the replay toolbar, the Output pane (dock), progress in the status bar, File → Export,
// remembered layout.
#include <QMainWindow>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "metrics/run_metrics.h"
#include "experiment/experiment.h"
#include "run/run_result.h"
#include "ui/text/language.h"
#include "ui/text/live_text.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;
class QToolBar;

namespace conclab {
class SharedTimeline;
struct Lesson;
}  // namespace conclab

namespace conclab::ui {

class ComparisonModel;
class ExperimentPanel;
class LessonGridModel;
class LessonPanel;
class LessonRunner;
class LessonRunsView;
class OutputPane;
class PresenterMode;
class ReplayBar;
class RunController;
class RunFileActions;
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
    ZoomState* zoom() const { return zoom_; }
    ComparisonModel* comparison() const { return model_; }
    RunController* controller() const { return controller_; }
    QTableView* table() const { return table_; }
    SpeedupChart* chart() const { return chart_; }
    OutputPane* output() const { return output_; }
    PresenterMode* presenter() const { return presenter_; }
    LessonPanel* lessons() const { return lessons_; }
    LessonRunner* lessonRunner() const { return runner_; }
    LessonRunsView* lessonRuns() const { return runs_view_; }
    QTableView* lessonGrid() const { return grid_view_; }
    // Every action of the window, by its object name ("run", "presenterMode", "answer1" ...):
    // what the keyboard reaches (tests, and the help that lists the keys).
    QList<QAction*> keyboardActions() const;

    // Sizes and places the window inside `available` (a screen's area without task bars):
    // the window always fits the screen it opens on (window_fit.h).
    void fitInto(const QRect& available);
    RunFileActions* runFiles() const { return files_; }
    ReplayBar* replayBar() const { return replay_bar_; }
    // The finished run the timeline shows (null while a run or replay goes).
    std::shared_ptr<const RunResult> shownResult() const { return shown_result_; }

    // The caption of pictures of the timeline shown now (experiment, machine, date).
    QString currentCaption() const;
    // Export without dialogs (the File menu's actions ask for a path, then call these).
    QString exportTimelinePicture(const QString& path, QSize size) const;
    QString exportWindowPicture(const QString& path);
    QString exportTrace(const QString& path) const;
    QString exportCsv(const QString& path) const;
    // The self-contained web page handout of the run shown (ui/export/web_page_export.h).
    QString exportWebPage(const QString& path) const;
    // What the status line says now.
    QString statusText() const;

public slots:
    // View → Language / Digits: switches every word and number at once, keeps the run, the table
    // and the zoom, and remembers the choice.
    void setLanguage(conclab::ui::LanguageChoice choice);
    void runExperiment();
    void stopRun();
    void compareAll();
    // File → Observe a program…: the dialog, then observeProgram().
    void askAndObserveProgram();
    // Observe a real program (no shell); the status bar says why when it cannot start.
    void observeProgram(const std::vector<std::string>& argv, const QString& working_folder);
    // Run → Beside real Python: the experiment simulated, then the same work under real CPython.
    void runBesideRealPython();
    void showSelectedRun();
    void removeSelectedRun();

protected:
    void closeEvent(QCloseEvent* e) override;
    void changeEvent(QEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void showEvent(QShowEvent* e) override;

private:
    void createActions();
    void createMenus();
    void retranslate();         // every text of the window, in the language of the moment
    void retranslateActions();  // actions, menus, tool bar (main_window_actions.cpp)
    void setStatus(LiveText text);
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
    void askAndExportWebPage();
    void onFileOpened(int first_row, int count, std::shared_ptr<const RunResult> shown);
    void onReplayStarting(const std::shared_ptr<const RunResult>& run);
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
    void retranslatePresenterActions();
    bool lessonOwnsRun() const;  // Run runs the lesson: its dock is up and the panel holds its experiment
    void setUpLesson(int index);
    void runLesson();
    void showLessonRuns(const Lesson& lesson);
    void fitLessonGrid();
    void featureLessonRuns();
    // Presenter mode's proportions of the docks, applied once the window has its full-screen size.
    void arrangePresenterDocks();

    ZoomState* zoom_;
    ExperimentPanel* panel_;
    TimelineWidget* timeline_;
    ComparisonModel* model_;
    QTableView* table_;
    SpeedupChart* chart_;
    RunController* controller_;
    QSplitter* vertical_;
    QSplitter* bottom_;
    QDockWidget* dock_;
    QLabel* status_label_;
    QProgressBar* progress_;
    QLabel* elapsed_label_;
    LiveText status_;          // what status_label_ says, written again on a language switch
    qint64 elapsed_ms_ = -1;   // what elapsed_label_ shows (-1: nothing yet)
    RunFileActions* files_ = nullptr;
    ReplayBar* replay_bar_ = nullptr;

    QAction* run_ = nullptr;
    QAction* stop_ = nullptr;
    QAction* compare_ = nullptr;
    QAction* observe_ = nullptr;
    QAction* beside_real_ = nullptr;
    QAction* fit_ = nullptr;
    QAction* show_row_ = nullptr;
    QAction* remove_row_ = nullptr;
    QAction* clear_rows_ = nullptr;
    QAction* export_timeline_ = nullptr;
    QAction* export_window_ = nullptr;
    QAction* export_trace_ = nullptr;
    QAction* export_csv_ = nullptr;
    QAction* export_web_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* bengali_ = nullptr;
    QAction* english_ = nullptr;
    QAction* bengali_digits_ = nullptr;
    QAction* latin_digits_ = nullptr;
    QToolBar* tools_ = nullptr;
    QMenu* file_menu_ = nullptr;
    QMenu* export_menu_ = nullptr;
    QMenu* run_menu_ = nullptr;
    QMenu* view_menu_ = nullptr;
    QMenu* language_menu_ = nullptr;
    QMenu* digits_menu_ = nullptr;
    QMenu* table_menu_ = nullptr;

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
    LessonGridModel* grid_model_ = nullptr;  // a lesson's grid of runs (the rule of thumb), above the bands
    QTableView* grid_view_ = nullptr;
    std::optional<std::size_t> beside_band_;  // Run beside real Python: the band its next run fills
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

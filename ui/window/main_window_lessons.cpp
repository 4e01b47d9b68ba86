// MainWindow's lessons: the Lessons dock beside the experiment panel, the Lessons menu and its
// keys (Page Up/Down for the previous/next lesson, 1–4 for the class's prediction, 0 to skip it),
// the runner that runs a lesson's experiments through the window's controller, and the bands of
// the lesson's runs drawn on one time scale.
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>

#include "lessons/lesson_library.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/lessons/lesson_runs_view.h"
#include "ui/run/run_controller.h"
#include "ui/window/main_window.h"
#include "ui/window/presenter_mode.h"

namespace conclab::ui {

void MainWindow::createLessonParts(QDockWidget* experiment_dock) {
    lessons_ = new LessonPanel;
    auto* scroll = new QScrollArea;
    scroll->setWidget(lessons_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    lessons_dock_ = new QDockWidget(tr("Lessons"), this);
    lessons_dock_->setObjectName(QStringLiteral("LessonsDock"));
    lessons_dock_->setWidget(scroll);
    lessons_dock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                               QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, lessons_dock_);
    // A tab beside the experiment panel: at 1280×720 there is no width for both side by side.
    tabifyDockWidget(experiment_dock, lessons_dock_);

    runs_view_ = new LessonRunsView;
    runs_dock_ = new QDockWidget(tr("Lesson runs"), this);
    runs_dock_->setObjectName(QStringLiteral("LessonRunsDock"));
    runs_dock_->setWidget(runs_view_);
    runs_dock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                            QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, runs_dock_);
    runs_dock_->hide();  // shown when a lesson with several runs runs

    runner_ = new LessonRunner(controller_, panel_, this);
    lessons_->setLibrary(std::make_shared<const LessonLibrary>(load_lesson_library(lesson_folders())));

    connect(lessons_, &LessonPanel::lessonChosen, this, &MainWindow::setUpLesson);
    connect(lessons_, &LessonPanel::runRequested, this, &MainWindow::runLesson);
    connect(panel_, &ExperimentPanel::experimentChanged, this, [this] {
        // The teacher changed the experiment by hand: Run runs that one from now on.
        if (!setting_up_lesson_ && !runner_->isRunning() && lessons_->currentLesson()) lessons_->setDetached(true);
    });
    connect(runner_, &LessonRunner::runStarting, this, [this](std::size_t run, std::size_t of) {
        lessons_->setRunning(run, of);
    });
    connect(runner_, &LessonRunner::runStarted, this,
            [this](std::size_t run, std::shared_ptr<const SharedTimeline> timeline) {
                if (run < runs_view_->bandCount()) runs_view_->setTimeline(run, std::move(timeline));
            });
    connect(runner_, &LessonRunner::runDone, this, [this](std::size_t run, std::shared_ptr<const RunResult> result) {
        if (run < runs_view_->bandCount()) runs_view_->setResult(run, std::move(result));
    });
    connect(runner_, &LessonRunner::finished, this, [this](LessonMeasurements measured, LessonGrade grade) {
        lessons_->setOutcome(std::move(measured), std::move(grade));
        updateActions();
    });
    connect(runner_, &LessonRunner::problem, status_label_, &QLabel::setText);
    connect(controller_, &RunController::segmentsArrived, runs_view_, &LessonRunsView::markDirty);
    connect(presenter_, &PresenterMode::changed, this, [this] { lessons_->setPresenterTextPx(presenter_->textPx()); });

    lessons_action_ = lessons_dock_->toggleViewAction();
    lessons_action_->setObjectName(QStringLiteral("showLessons"));
    lessons_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    run_lesson_ = new QAction(tr("Run the &lesson"), this);
    run_lesson_->setObjectName(QStringLiteral("runLesson"));
    run_lesson_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(run_lesson_, &QAction::triggered, this, &MainWindow::runLesson);
    next_lesson_ = new QAction(tr("&Next lesson"), this);
    next_lesson_->setObjectName(QStringLiteral("nextLesson"));
    next_lesson_->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(next_lesson_, &QAction::triggered, this, [this] {
        if (!runner_->isRunning()) lessons_->next();
    });
    previous_lesson_ = new QAction(tr("&Previous lesson"), this);
    previous_lesson_->setObjectName(QStringLiteral("previousLesson"));
    previous_lesson_->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previous_lesson_, &QAction::triggered, this, [this] {
        if (!runner_->isRunning()) lessons_->previous();
    });
    // Digits typed into the experiment panel's fields stay there: a focused text field takes
    // plain keys before window shortcuts (Qt's ShortcutOverride).
    for (int i = 0; i < static_cast<int>(kMaxLessonAnswers); ++i) {
        auto* a = new QAction(this);
        a->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::Key_1 + i));
        connect(a, &QAction::triggered, this, [this, i] {
            if (!runner_->isRunning()) lessons_->chooseAnswer(static_cast<std::size_t>(i));
        });
        answer_actions_.push_back(a);
    }
    skip_answer_ = new QAction(this);
    skip_answer_->setObjectName(QStringLiteral("answerSkip"));
    skip_answer_->setShortcut(QKeySequence(Qt::Key_0));
    connect(skip_answer_, &QAction::triggered, this, [this] {
        if (!runner_->isRunning()) lessons_->chooseAnswer(std::nullopt);
    });
    addActions({lessons_action_, run_lesson_, next_lesson_, previous_lesson_, skip_answer_});
    addActions(answer_actions_);
    retranslateLessonActions();
}

void MainWindow::createLessonMenu() {
    lessons_menu_ = menuBar()->addMenu(QString());
    lessons_menu_->addAction(lessons_action_);
    lessons_menu_->addAction(run_lesson_);
    lessons_menu_->addSeparator();
    lessons_menu_->addAction(previous_lesson_);
    lessons_menu_->addAction(next_lesson_);
    lessons_menu_->addSeparator();
    for (QAction* a : answer_actions_) lessons_menu_->addAction(a);
    lessons_menu_->addAction(skip_answer_);
    retranslateLessonActions();
}

void MainWindow::retranslateLessonActions() {
    if (lessons_menu_) lessons_menu_->setTitle(tr("&Lessons"));
    lessons_dock_->setWindowTitle(tr("Lessons"));
    runs_dock_->setWindowTitle(tr("Lesson runs"));
    lessons_action_->setText(tr("Show &lessons"));
    run_lesson_->setText(tr("Run the &lesson"));
    run_lesson_->setToolTip(tr("Run the lesson's experiments and check the prediction (Ctrl+Shift+L)"));
    next_lesson_->setText(tr("&Next lesson"));
    previous_lesson_->setText(tr("&Previous lesson"));
    for (std::size_t i = 0; i < answer_actions_.size(); ++i)
        answer_actions_[i]->setText(tr("Predict answer %1").arg(i + 1));
    skip_answer_->setText(tr("No prediction"));
}

bool MainWindow::lessonOwnsRun() const {
    return lessons_dock_->isVisible() && lessons_->currentLesson() != nullptr && !lessons_->isDetached();
}

void MainWindow::setUpLesson(int index) {
    const Lesson* lesson = lessons_->currentLesson();
    if (index < 0 || !lesson || runner_->isRunning()) return;
    setting_up_lesson_ = true;
    panel_->setExperiment(lesson->runs[lesson->main_run].experiment);
    setting_up_lesson_ = false;
    lessons_->setDetached(false);
    runs_view_->setLesson(*lesson);
}

void MainWindow::runLesson() {
    const Lesson* lesson = lessons_->currentLesson();
    if (!lesson) return;
    if (controller_->isRunning() || runner_->isRunning()) {
        status_label_->setText(tr("A run is already going; stop it first."));
        return;
    }
    lessons_dock_->show();
    lessons_dock_->raise();
    runs_view_->setLesson(*lesson);
    if (lesson->runs.size() > 1) runs_dock_->show();
    setting_up_lesson_ = true;
    const QString problem = runner_->start(*lesson);
    setting_up_lesson_ = false;
    lessons_->setDetached(false);
    if (!problem.isEmpty()) status_label_->setText(problem);
}

}  // namespace conclab::ui

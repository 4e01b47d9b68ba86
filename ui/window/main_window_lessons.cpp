// MainWindow's lessons: the Lessons dock beside the experiment panel, the Lessons menu and its
// keys (Page Up/Down for the previous/next lesson, 1–4 for the class's prediction, 0 to skip it),
// the runner that runs a lesson's experiments through the window's controller, the bands of the
// lesson's runs drawn on one time scale (with the lesson's grid of figures above them, for the
// rule of thumb), and Run beside real Python, whose two runs fill two such bands.
#include <QAction>
#include <QDockWidget>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "lessons/lesson_library.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/lessons/lesson_grid_model.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/lessons/lesson_runs_view.h"
#include "ui/run/run_controller.h"
#include "ui/window/main_window.h"
#include "ui/window/presenter_mode.h"

namespace conclab::ui {
namespace {

// The part of the lesson the class should see now: what happened once the runs have ended, else
// the question. On a small screen, or in presenter type, it is below the text and the code.
void scroll_to_the_point(QDockWidget* dock, LessonPanel* panel) {
    auto* scroll = qobject_cast<QScrollArea*>(dock->widget());
    if (!scroll) return;
    QWidget* point = panel->verdictBox()->isVisible() ? static_cast<QWidget*>(panel->verdictBox()) : panel->questionLabel();
    if (point->isVisible()) scroll->ensureWidgetVisible(point, 0, 0);
}

}  // namespace

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
    // A lesson with a grid (the rule of thumb) shows its runs' figures as that grid above the
    // bands: the table the class fills in, fastest of each row marked.
    grid_model_ = new LessonGridModel(this);
    grid_view_ = new QTableView;
    grid_view_->setObjectName(QStringLiteral("lessonGrid"));
    grid_view_->setModel(grid_model_);
    grid_view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid_view_->setSelectionMode(QAbstractItemView::NoSelection);
    grid_view_->setFocusPolicy(Qt::NoFocus);
    grid_view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid_view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    grid_view_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    grid_view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    grid_view_->hide();
    auto* runs_pane = new QWidget;
    auto* runs_layout = new QVBoxLayout(runs_pane);
    runs_layout->setContentsMargins(0, 0, 0, 0);
    runs_layout->addWidget(grid_view_);
    // Bands keep their rows legible: when they need more height than the dock has, it scrolls.
    auto* runs_scroll = new QScrollArea;
    runs_scroll->setObjectName(QStringLiteral("lessonRunsScroll"));
    runs_scroll->setWidget(runs_view_);
    runs_scroll->setWidgetResizable(true);
    runs_scroll->setFrameShape(QFrame::NoFrame);
    runs_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    runs_layout->addWidget(runs_scroll, 1);
    runs_dock_ = new QDockWidget(tr("Lesson runs"), this);
    runs_dock_->setObjectName(QStringLiteral("LessonRunsDock"));
    runs_dock_->setWidget(runs_pane);
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
        grid_model_->setRunning(run);
    });
    connect(runner_, &LessonRunner::runStarted, this,
            [this](std::size_t run, std::shared_ptr<const SharedTimeline> timeline) {
                if (run < runs_view_->bandCount()) runs_view_->setTimeline(run, std::move(timeline));
            });
    connect(runner_, &LessonRunner::runDone, this, [this](std::size_t run, std::shared_ptr<const RunResult> result) {
        grid_model_->setResult(run, result);
        if (run < runs_view_->bandCount()) runs_view_->setResult(run, std::move(result));
    });
    connect(runner_, &LessonRunner::finished, this, [this](LessonMeasurements measured, LessonGrade grade) {
        grid_model_->setGrade(grade);
        fitLessonGrid();
        lessons_->setOutcome(std::move(measured), std::move(grade));
        updateActions();
        // What happened is the point of the lesson: on a small screen it is below the code and the
        // answers, so the panel scrolls to it (once the box has its size).
        QTimer::singleShot(0, this, [this] { scroll_to_the_point(lessons_dock_, lessons_); });
    });
    connect(runner_, &LessonRunner::problem, status_label_, &QLabel::setText);
    connect(controller_, &RunController::segmentsArrived, runs_view_, &LessonRunsView::markDirty);
    // Run beside real Python: the controller's two runs fill the two bands in turn.
    connect(controller_, &RunController::runStarted, this, [this](std::shared_ptr<const SharedTimeline> timeline) {
        if (beside_band_ && *beside_band_ < runs_view_->bandCount()) runs_view_->setTimeline(*beside_band_, std::move(timeline));
    });
    connect(controller_, &RunController::runFinished, this, [this](int, std::shared_ptr<const RunResult> result) {
        if (!beside_band_ || *beside_band_ >= runs_view_->bandCount()) return;
        runs_view_->setResult(*beside_band_, std::move(result));
        ++*beside_band_;
    });
    connect(controller_, &RunController::runningChanged, this, [this](bool running) {
        if (!running) beside_band_.reset();
    });
    connect(presenter_, &PresenterMode::changed, this, [this](bool on) {
        lessons_->setPresenterTextPx(presenter_->textPx());
        runs_view_->setFontPxOverride(on ? timeline_->fontPx() : 0);
        fitLessonGrid();
        // Without a window manager the window is full screen at once; with one, its new size comes
        // later as an event, and resizeEvent arranges the docks again.
        if (on) QTimer::singleShot(0, this, &MainWindow::arrangePresenterDocks);
        else timeline_->show();
    });

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
    grid_model_->retranslate();
    fitLessonGrid();
    lessons_action_->setText(tr("Show &lessons"));
    run_lesson_->setText(tr("Run the &lesson"));
    run_lesson_->setToolTip(tr("Run the lesson's experiments and check the prediction (Ctrl+Shift+L)"));
    next_lesson_->setText(tr("&Next lesson"));
    previous_lesson_->setText(tr("&Previous lesson"));
    for (qsizetype i = 0; i < answer_actions_.size(); ++i)
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
    showLessonRuns(*lesson);
}

// The simulated run, then the real CPython program doing the same work (a lesson script), as two
// bands on one time scale: the class sees whether the simulation tells the real story.
void MainWindow::runBesideRealPython() {
    const QString problem = panel_->problem().isEmpty() ? controller_->besideRealPython(panel_->experiment()) : panel_->problem();
    if (!problem.isEmpty()) {
        status_label_->setText(problem);
        return;
    }
    runs_view_->setBands({[] { return tr("Simulated by conclab"); }, [] { return tr("Real CPython, the same work"); }});
    grid_model_->setLesson(Lesson{});
    grid_view_->hide();
    beside_band_ = 0;
    runs_dock_->show();
    featureLessonRuns();
}

void MainWindow::showLessonRuns(const Lesson& lesson) {
    beside_band_.reset();
    runs_view_->setLesson(lesson);
    grid_model_->setLesson(lesson);
    grid_view_->setVisible(grid_model_->hasGrid());
    fitLessonGrid();
}

void MainWindow::resizeEvent(QResizeEvent* e) {
    QMainWindow::resizeEvent(e);
    if (presenter_ && presenter_->isOn()) QTimer::singleShot(0, this, &MainWindow::arrangePresenterDocks);
}

void MainWindow::arrangePresenterDocks() {
    if (!presenter_->isOn()) return;
    featureLessonRuns();
    // The lesson's text in large type needs a wider panel than the window's normal one (the title
    // and question would wrap a word to a line, or scroll sideways); the Output pane, a narrower
    // one. Leaving presenter mode gives the layout back.
    QList<QDockWidget*> docks;
    QList<int> widths;
    if (lessons_dock_->isVisible() && !lessons_dock_->isFloating()) {
        docks << lessons_dock_;
        widths << width() * 3 / 10;
    }
    if (output_dock_->isVisible() && !output_dock_->isFloating()) {
        docks << output_dock_;
        widths << width() * 2 / 10;
    }
    if (!docks.isEmpty()) resizeDocks(docks, widths, Qt::Horizontal);
    // The text has grown: bring the question (or the verdict) back into view.
    QTimer::singleShot(0, this, [this] { scroll_to_the_point(lessons_dock_, lessons_); });
}

// Presenting a lesson of several runs: its bands are the picture the class compares, so they
// get most of the height and the single timeline makes way (leaving presenter mode, or a run that
// is not the lesson's, gives it back).
void MainWindow::featureLessonRuns() {
    if (!presenter_->isOn() || !runs_dock_->isVisible() || runs_dock_->isFloating()) return;
    // The bands hold every run of the lesson, the last one too: the single timeline above would
    // repeat it squeezed into a strip, its rows over each other. It is back when presenter mode ends.
    timeline_->hide();
    resizeDocks({runs_dock_}, {height() * 6 / 10}, Qt::Vertical);
}

// The grid as tall as its rows, no taller: the bands below keep the rest of the dock.
void MainWindow::fitLessonGrid() {
    if (!grid_model_->hasGrid()) return;
    grid_view_->resizeRowsToContents();
    grid_view_->setFixedHeight(grid_view_->horizontalHeader()->sizeHint().height() +
                               grid_view_->verticalHeader()->length() + 2 * grid_view_->frameWidth());
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
    showLessonRuns(*lesson);
    if (lesson->runs.size() > 1) {
        runs_dock_->show();
        featureLessonRuns();
    }
    setting_up_lesson_ = true;
    const QString problem = runner_->start(*lesson);
    setting_up_lesson_ = false;
    lessons_->setDetached(false);
    if (!problem.isEmpty()) status_label_->setText(problem);
}

}  // namespace conclab::ui

// The lessons in the window, and what a teacher in front of a class needs: a lesson runs from the
// keyboard and its verdict quotes the figures its runs measured; the Output pane lists what the
// workers printed with worker and time; presenter mode makes the text readable from the back of
// the room and gives everything back when it ends; the window fits small projector screens and a
// saved layout that does not fit is dropped without a word.
#include <QAction>
#include <QDockWidget>
#include <QFontInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <algorithm>
#include <catch2/catch.hpp>

#include "lessons/lesson_grader.h"
#include "lessons/lesson_library.h"
#include "run/run_result.h"
#include "run/run_session.h"
#include "ui/comparison/comparison_model.h"
#include "ui/lessons/lesson_grid_model.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/lessons/lesson_text.h"
#include "ui/output/output_model.h"
#include "ui/output/output_pane.h"
#include "ui/run/run_controller.h"
#include "ui/text/display_format.h"
#include "ui/text/language.h"
#include "timeline/timeline_store.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/timeline/gil_handoff_painter.h"
#include "ui/timeline/handoff_index.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/window/main_window.h"
#include "ui/window/presenter_mode.h"
#include "ui/window/window_fit.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::wait_until;

namespace {

QAction* action(const MainWindow& w, const char* name) {
    for (QAction* a : w.keyboardActions())
        if (a->objectName() == QLatin1String(name)) return a;
    return nullptr;
}

int lesson_index(const LessonPanel& panel, const char* id) {
    for (int i = 0; i < panel.lessonCount(); ++i)
        if (panel.library()->lessons[static_cast<std::size_t>(i)].lesson.id == id) return i;
    return -1;
}

// Clears the layout keys before and after a test, so no test sees another's window.
struct CleanLayout {
    CleanLayout() { clear(); }
    ~CleanLayout() { clear(); }
    static void clear() {
        QSettings s;
        for (const char* key : {"window/geometry", "window/state", "window/main_splitter", "window/bottom_splitter"})
            s.remove(QLatin1String(key));
    }
};

}  // namespace

TEST_CASE("the window opens inside small projector screens", "[window][fit]") {
    for (const QRect screen : {QRect(0, 0, 1280, 720), QRect(0, 0, 1024, 768), QRect(0, 0, 1920, 1080)}) {
        const QRect g = default_window_geometry(screen);
        INFO(screen.width() << "x" << screen.height());
        // With the assumed frame around it, all of the window is on the screen.
        CHECK(screen.contains(g));
        CHECK(g.width() + kAssumedFrame.width() <= screen.width());
        CHECK(g.height() + kAssumedFrame.height() <= screen.height());
    }
    // A big screen keeps the preferred size.
    CHECK(default_window_geometry(QRect(0, 0, 2560, 1440)).size() == kPreferredWindowSize);
    // A window saved on a big screen, restored on a small one, is moved and shrunk onto it.
    const QRect small(0, 0, 1024, 768);
    const QRect fitted = fitted_window_geometry(QRect(600, 400, 1800, 1000), small);
    CHECK(fitted.width() + kAssumedFrame.width() <= small.width());
    CHECK(fitted.height() + kAssumedFrame.height() <= small.height());
    CHECK(small.contains(fitted));
    // One that fits is left where the user put it.
    const QRect fits(100, 100, 800, 500);
    CHECK(fitted_window_geometry(fits, small) == fits);
}

TEST_CASE("a saved layout that is not a layout is dropped without a warning", "[window][fit]") {
    CleanLayout clean;
    {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), QByteArray("\x01\x02garbage\xff", 11));
        s.setValue(QStringLiteral("window/state"), QStringLiteral("not bytes at all"));
    }
    MainWindow window;
    window.fitInto(QRect(0, 0, 1024, 768));
    CHECK(window.width() <= 1024);
    CHECK(window.height() <= 768);
    // No dialog about the layout: nothing the user wrote was at fault.
    CHECK(window.findChildren<QMessageBox*>().isEmpty());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("every teaching action has a key", "[window][keys]") {
    CleanLayout clean;
    MainWindow window;
    for (const char* name : {"run", "stop", "zoomIn", "zoomOut", "zoomFit", "presenterMode", "highContrast", "nextLesson",
                             "previousLesson", "runLesson", "answer1", "answer2", "answer3", "answer4", "answerSkip"}) {
        INFO(name);
        QAction* a = action(window, name);
        REQUIRE(a != nullptr);
        CHECK_FALSE(a->shortcut().isEmpty());
        CHECK_FALSE(a->text().isEmpty());
    }
    // No two actions share a key (one of them would never fire).
    QStringList keys;
    for (QAction* a : window.keyboardActions())
        for (const QKeySequence& k : a->shortcuts()) keys << k.toString();
    QStringList unique = keys;
    unique.removeDuplicates();
    CHECK(unique.size() == keys.size());
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("presenter mode: lane labels of 24 px or more at 1080 lines, and all of it given back", "[window][presenter]") {
    CHECK(presenter_timeline_px(1080) >= 24);
    CHECK(presenter_text_px(1080) >= 24);
    CHECK(presenter_text_px(720) >= 14);

    CleanLayout clean;
    MainWindow window;
    window.resize(1000, 700);
    const int normal_px = window.timeline()->fontPx();
    const QFont normal_font = window.font();
    action(window, "presenterMode")->trigger();
    REQUIRE(window.presenter()->isOn());
    const int height = window.screen() ? window.screen()->geometry().height() : 1080;
    CHECK(window.timeline()->fontPx() == presenter_timeline_px(height));
    CHECK(window.timeline()->fontPx() > normal_px);
    CHECK(QFontInfo(window.font()).pixelSize() == presenter_text_px(height));
    action(window, "presenterMode")->trigger();
    CHECK_FALSE(window.presenter()->isOn());
    CHECK(window.timeline()->fontPx() == normal_px);
    CHECK(window.font() == normal_font);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("presenting a lesson's runs, the bands take the place of the single timeline, and it comes back after",
          "[window][presenter]") {
    CleanLayout clean;
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    LessonPanel* lessons = window.lessons();
    const int index = lesson_index(*lessons, "gil");
    REQUIRE(index >= 0);
    lessons->setCurrentIndex(index);
    action(window, "runLesson")->trigger();
    REQUIRE(wait_until([&] { return lessons->hasOutcome(); }, 60'000));  // no-hang bound
    REQUIRE(window.timeline()->isVisibleTo(&window));
    action(window, "presenterMode")->trigger();
    REQUIRE(window.presenter()->isOn());
    // The bands show every run of the lesson; the single timeline squeezed above them was a
    // strip of rows drawn over each other.
    REQUIRE(wait_until([&] { return !window.timeline()->isVisibleTo(&window); }, 5'000));
    // Run now runs the lesson again (its experiment is in the panel): the bands stay in front.
    // Compare all is not the lesson's: its runs are shown in the single timeline again.
    window.compareAll();
    CHECK(wait_until([&] { return window.timeline()->isVisibleTo(&window); }, 10'000));
    window.stopRun();
    REQUIRE(wait_until([&] { return !window.controller()->isRunning(); }, 60'000));  // no-hang bound
    action(window, "presenterMode")->trigger();
    CHECK_FALSE(window.presenter()->isOn());
    CHECK(window.timeline()->isVisibleTo(&window));
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the lesson panel wraps its answers: no lesson widens it, not in presenter type either", "[window][lessons]") {
    CleanLayout clean;
    MainWindow window;
    LessonPanel* lessons = window.lessons();
    REQUIRE(lessons->lessonCount() >= 1);
    // Narrow enough for the side of a 1024×768 window; an answer a radio button drew on one line
    // (the GIL lesson's first is 56 characters) made the panel wider than that, and every label
    // in it, the question too, was cut at the dock's edge.
    // In presenter mode at 1920×1080 the panel is given 3/10 of the width; only a title's longest
    // word ("ThreadPoolExecutor:" in large bold type) may not be broken.
    for (const auto& [px, side_width] : {std::pair{0, 340}, std::pair{presenter_text_px(1080), 1920 * 3 / 10}}) {
        lessons->setPresenterTextPx(px);
        for (int i = 0; i < lessons->lessonCount(); ++i) {
            lessons->setCurrentIndex(i);
            INFO("lesson " << lessons->currentLesson()->id << ", presenter text " << px << " px");
            CHECK(lessons->minimumSizeHint().width() <= side_width);
        }
    }
    lessons->setPresenterTextPx(0);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a verdict writes each figure once with the unit its lesson's text gives it", "[window][lessons]") {
    // The lesson files write "{delay} ms late": the figure is the number alone. Writing the unit
    // with it too read "5.1 ms ms late", "2.11×× as fast", "75 % % of their time".
    const LessonLibrary library = load_lesson_library(lesson_folders());
    REQUIRE_FALSE(library.lessons.empty());
    for (const Language language : {Language::English, Language::Bengali}) {
        apply_language({language, Digits::Native});
        for (const LoadedLesson& loaded : library.lessons) {
            const Lesson& lesson = loaded.lesson;
            LessonMeasurements measured;
            measured.runs.assign(lesson.runs.size(), LessonRunFacts{true, RunStatus::Completed, false, 0.0, 0.0, 1.0});
            measured.figures.assign(lesson.figures.size(), 1.5);
            LessonGrade grade = grade_lesson(lesson, measured);
            for (const bool busy : {false, true}) {
                if (busy) grade.busy_runs = {0};
                for (std::size_t chosen = 0; chosen < lesson.answers.size(); ++chosen) {
                    const QString verdict = lesson_verdict_text(lesson, measured, grade, chosen, lesson_language());
                    INFO(lesson.id << ": " << verdict.toStdString());
                    for (const char* twice : {"ms ms", " s s", "××", "% %", "MiB MiB"})
                        CHECK_FALSE(verdict.contains(QString::fromUtf8(twice)));
                    // A figure of a busy run is marked, and the mark explained.
                    if (busy) CHECK(verdict.count(busy_mark()) != 1);
                }
            }
        }
    }
    apply_language({Language::English, Digits::Native});
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a lesson runs from the keyboard and its verdict quotes what its runs measured", "[window][lessons][e2e]") {
    CleanLayout clean;
    MainWindow window;
    LessonPanel* lessons = window.lessons();
    REQUIRE(lessons->lessonCount() >= 2);
    // The shortest shipped lesson: one sequential and one process run of 4 × 100 ms.
    const int index = lesson_index(*lessons, "multiprocessing");
    REQUIRE(index >= 0);
    lessons->setCurrentIndex(0);
    for (int i = 0; i < index; ++i) action(window, "nextLesson")->trigger();
    REQUIRE(lessons->currentIndex() == index);
    action(window, "previousLesson")->trigger();
    CHECK(lessons->currentIndex() == index - 1);
    action(window, "nextLesson")->trigger();
    REQUIRE(lessons->currentIndex() == index);
    const Lesson& lesson = *lessons->currentLesson();

    action(window, "answer2")->trigger();
    REQUIRE(lessons->chosenAnswer() == std::optional<std::size_t>(1));
    CHECK(lessons->verdictText().isEmpty());  // nothing measured yet: nothing to say

    action(window, "runLesson")->trigger();
    REQUIRE(window.lessonRunner()->isRunning());
    // Keys do not change the prediction while its runs go.
    action(window, "answer1")->trigger();
    CHECK(lessons->chosenAnswer() == std::optional<std::size_t>(1));
    REQUIRE(wait_until([&] { return lessons->hasOutcome(); }, 60'000));  // no-hang bound
    CHECK(window.comparison()->rowCount() == static_cast<int>(lesson.runs.size()));

    // The verdict is composed from the runs just made: every figure the grader measured appears
    // in it as the UI writes that figure.
    const QString verdict = lessons->verdictText();
    INFO(verdict.toStdString());
    REQUIRE_FALSE(verdict.isEmpty());
    const auto& results = window.lessonRunner()->results();
    const auto [measured, graded] = LessonRunner::grade(lesson, results);
    for (const auto& piece : lesson.result.pieces(lesson_language())) {
        if (!piece.figure || !measured.figures[*piece.figure]) continue;
        CHECK(verdict.contains(figure_number_text(lesson.figures[*piece.figure], *measured.figures[*piece.figure])));
    }
    // And it speaks of the prediction the class made.
    CHECK(verdict.contains(lesson_text(lesson.answers[1].text, lesson_language())));

    // The Output pane lists the last run's printed lines, each with a worker and a time.
    OutputModel* output = window.output()->model();
    const auto& last = *results.back();
    // Each task prints its square: one line per task.
    CHECK(output->rowCount() == last.experiment->tasks);
    CHECK(static_cast<std::size_t>(output->rowCount()) == last.store().output().size());
    for (int row = 0; row < std::min(output->rowCount(), 5); ++row) {
        CHECK_FALSE(output->data(output->index(row, OutputModel::Time)).toString().isEmpty());
        CHECK_FALSE(output->data(output->index(row, OutputModel::Worker)).toString().isEmpty());
        if (row > 0)
            CHECK(output->data(output->index(row, 0), OutputModel::TimeRole).toLongLong() >=
                  output->data(output->index(row - 1, 0), OutputModel::TimeRole).toLongLong());
        // What the Python beside it prints, print(f"Square: {n * n}"), not the line's raw numbers.
        const QString printed = output->data(output->index(row, OutputModel::Text)).toString();
        INFO(printed.toStdString());
        CHECK(printed.startsWith(QStringLiteral("Square: ")));
    }
    // The worker is named as on the timeline, in the reader's language (প্রসেস-১, not Process-1).
    apply_language({Language::Bengali, Digits::Native});
    output->retranslate();
    const QString worker = output->data(output->index(0, OutputModel::Worker)).toString();
    INFO(worker.toStdString());
    CHECK(worker.contains(QStringLiteral("প্রসেস")));
    apply_language({Language::English, Digits::Native});
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("the rule of thumb fills its 2x3 grid with its runs' wall times, the fastest of each row marked",
          "[window][lessons][grid]") {
    CleanLayout clean;
    MainWindow window;
    LessonPanel* lessons = window.lessons();
    const int index = lesson_index(*lessons, "rule-of-thumb");
    REQUIRE(index >= 0);
    lessons->setCurrentIndex(index);
    const Lesson& lesson = *lessons->currentLesson();
    REQUIRE(lesson.grid);
    QTableView* grid = window.lessonGrid();
    REQUIRE_FALSE(grid->isHidden());
    const QAbstractItemModel* model = grid->model();
    REQUIRE(model->rowCount() == static_cast<int>(lesson.grid->rows.size()));
    REQUIRE(model->columnCount() == static_cast<int>(lesson.grid->columns.size()));
    for (int c = 0; c < model->columnCount(); ++c)
        CHECK(model->headerData(c, Qt::Horizontal).toString() ==
              lesson_text(lesson.grid->columns[static_cast<std::size_t>(c)], lesson_language()));
    // The whole grid is in view: no row cut off by the bands below it.
    CHECK(grid->height() >= grid->horizontalHeader()->height() + grid->verticalHeader()->length());

    action(window, "runLesson")->trigger();
    REQUIRE(wait_until([&] { return lessons->hasOutcome(); }, 120'000));  // no-hang bound
    const auto& results = window.lessonRunner()->results();
    for (int r = 0; r < model->rowCount(); ++r) {
        std::optional<int> fastest;
        std::optional<int> least;  // the run of the row with the least wall time
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex cell = model->index(r, c);
            const int run = cell.data(LessonGridModel::RunRole).toInt();
            REQUIRE(run >= 0);
            REQUIRE(results[static_cast<std::size_t>(run)]);
            const auto& measured = results[static_cast<std::size_t>(run)]->metrics;
            CHECK(cell.data().toString().contains(format_duration(measured.wall_ns)));
            if (cell.data(LessonGridModel::FastestRole).toBool()) {
                CHECK_FALSE(fastest);  // one per row at most
                fastest = run;
            }
            if (!least || measured.wall_ns < results[static_cast<std::size_t>(*least)]->metrics.wall_ns) least = run;
        }
        INFO("row " << r);
        if (fastest)
            CHECK(*fastest == *least);
        else  // none marked: the cells say why
            CHECK_FALSE(model->index(r, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("GIL hand-offs are drawn as arrows between the lanes, thinned to the pixels, with their rate", "[window][gil]") {
    CleanLayout clean;
    MainWindow window;
    window.resize(1200, 800);
    Experiment e = default_experiment();
    e.workload = parse_workload("cpu:120ms").value();
    e.tasks = 2;
    e.workers = 2;
    e.model = RunModel::Threads;
    e.gil = true;
    window.panel()->setExperiment(e);
    window.runExperiment();
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 60'000));  // no-hang bound
    const auto timeline = window.timeline()->timeline();
    REQUIRE(timeline);
    window.timeline()->repaint();
    const TimelineGeometry& g = window.timeline()->paintGeometry();
    const auto store = timeline->read();
    // Two threads sharing one GIL for 240 ms of computing hand it over (every 5 ms interval).
    REQUIRE(store->handoff_count() > 0);
    HandoffIndex index;
    index.update(*store);
    TimeView view;
    view.width_px = g.plot_rect.width();
    view.t0_ns = store->start_ns();
    view.t1_ns = std::max(store->end_ns(), store->start_ns() + 1);
    const auto arrows = visible_handoff_arrows(*store, index, g.rows, view, window.timeline()->fontPx());
    REQUIRE_FALSE(arrows.empty());
    const int spacing = handoff_arrow_spacing(window.timeline()->fontPx());
    for (std::size_t i = 0; i < arrows.size(); ++i) {
        CHECK(arrows[i].from_lane != arrows[i].to_lane);
        CHECK(arrows[i].x_from <= arrows[i].x_to);
        if (i > 0) CHECK(arrows[i].x_to - arrows[i - 1].x_to >= spacing - 1);
    }
    CHECK(arrows.size() <= static_cast<std::size_t>(store->handoff_count()));
    // The rate counts the hand-offs of the time on screen.
    const auto rate = handoffs_per_second(*store, index, 0, view);
    REQUIRE(rate);
    CHECK(*rate > 0.0);
    CHECK_FALSE(handoff_rate_text(*rate).isEmpty());
    REQUIRE_NO_QT_WARNINGS();
}

// Not a check: pictures of the window for a person to look at (CONCLAB_SHOTS=folder; run under
// a real screen size, e.g. xvfb-run -s "-screen 0 1920x1080x24" with QT_QPA_PLATFORM=xcb).
TEST_CASE("window pictures for review", "[.][shots]") {
    const QString folder = qEnvironmentVariable("CONCLAB_SHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    CleanLayout clean;
    if (qEnvironmentVariable("CONCLAB_SHOT_LANGUAGE") == QLatin1String("bn"))
        apply_language({Language::Bengali, Digits::Native});
    MainWindow window;
    window.show();
    LessonPanel* lessons = window.lessons();
    const int index = lesson_index(*lessons, qEnvironmentVariable("CONCLAB_SHOT_LESSON", QStringLiteral("gil")).toUtf8().constData());
    REQUIRE(index >= 0);
    lessons->setCurrentIndex(index);
    action(window, "answer1")->trigger();
    action(window, "runLesson")->trigger();
    REQUIRE(wait_until([&] { return lessons->hasOutcome(); }, 120'000));
    QTest::qWait(300);
    window.grab().save(folder + QStringLiteral("/window.png"));
    action(window, "presenterMode")->trigger();
    QTest::qWait(800);
    window.grab().save(folder + QStringLiteral("/presenter.png"));
    action(window, "highContrast")->trigger();
    QTest::qWait(300);
    window.grab().save(folder + QStringLiteral("/presenter_contrast.png"));
    action(window, "highContrast")->trigger();
    action(window, "presenterMode")->trigger();
    QTest::qWait(300);
    apply_language({Language::English, Digits::Native});
}

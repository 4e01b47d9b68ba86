#pragma once
// The Lessons dock: pick a lesson (or step through them), read its short explanation and the
// equivalent Python code (highlighted, selectable, with a Copy button), answer its prediction
// question for the class (keys 1–4, or skip), run it, and read what the runs measured and what
// became of the prediction. Every text is composed when shown, in the current language.
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "lessons/lesson_grader.h"
#include "lessons/lesson_library.h"

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace conclab::ui {

class PythonHighlighter;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    // The lessons to offer (and the files that could not be read, listed under them).
    void setLibrary(std::shared_ptr<const LessonLibrary> library);
    const LessonLibrary* library() const { return library_.get(); }

    int lessonCount() const;
    int currentIndex() const { return current_; }
    const Lesson* currentLesson() const;
    void setCurrentIndex(int index);  // -1: none
    void next();
    void previous();

    // The class's prediction: an answer index, or nothing (skipped / not chosen yet).
    std::optional<std::size_t> chosenAnswer() const { return chosen_; }
    void chooseAnswer(std::optional<std::size_t> answer);

    // While the lesson's runs go ("Running 2 of 3: GIL off") and after them.
    void setRunning(std::size_t run, std::size_t of);
    void setOutcome(LessonMeasurements measured, LessonGrade grade);
    void clearOutcome();
    bool hasOutcome() const { return outcome_.has_value(); }
    // The verdict as shown now (plain text; empty before the runs end).
    QString verdictText() const;

    // The experiment panel no longer holds one of the lesson's experiments: Run runs that one,
    // and the panel says so (with a button to set the lesson up again).
    void setDetached(bool detached);
    bool isDetached() const { return detached_; }
    // Presenter mode: the question and answers in large type (0: normal size).
    void setPresenterTextPx(int px);

    QPlainTextEdit* codeView() const { return code_; }
    // The box that says what happened; the window scrolls it into view when a run ends.
    QFrame* verdictBox() const { return verdict_frame_; }
    QLabel* questionLabel() const { return question_; }
    QPushButton* runButton() const { return run_; }

signals:
    void lessonChosen(int index);  // also when set again: the experiment panel is set up anew
    void runRequested();
    void answerChosen();

protected:
    void changeEvent(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void retranslate();
    void showLesson();
    void updateFonts();
    void copyCode();

    std::shared_ptr<const LessonLibrary> library_;
    int current_ = -1;
    std::optional<std::size_t> chosen_;
    struct Outcome {
        LessonMeasurements measured;
        LessonGrade grade;
        std::optional<std::size_t> chosen;  // the prediction made before the runs
    };
    std::optional<Outcome> outcome_;
    std::optional<std::pair<std::size_t, std::size_t>> running_;
    bool detached_ = false;
    int presenter_px_ = 0;

    QComboBox* picker_;
    QToolButton* previous_;
    QToolButton* next_;
    QLabel* title_;
    QLabel* explanation_;
    QLabel* code_title_;
    QPushButton* copy_;
    QPlainTextEdit* code_;
    PythonHighlighter* highlighter_;
    QLabel* question_;
    QButtonGroup* answers_group_;
    // Each answer is a radio button and a label beside it that wraps (a radio button's own text
    // does not): a long answer, or the large type of presenter mode, never widens the panel.
    std::vector<QRadioButton*> answers_;
    std::vector<QLabel*> answer_labels_;
    QRadioButton* skip_;
    QLabel* skip_label_;
    QPushButton* run_;
    QLabel* status_;
    QFrame* verdict_frame_;
    QLabel* verdict_;
    QLabel* detached_note_;
    QPushButton* reattach_;
    QLabel* problems_;
    QLabel* empty_;
};

}  // namespace conclab::ui

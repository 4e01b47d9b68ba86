#include "ui/lessons/lesson_panel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/lessons/lesson_text.h"
#include "ui/lessons/python_highlighter.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"

namespace conclab::ui {
namespace {

QLabel* wrapped_label(QWidget* parent, bool selectable = true) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable) label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// The lesson picker: its list names every lesson in full; closed, it shows the chosen one's title
// where the panel is wide enough and "Lesson 1 of 7" where not (the title is right under it in
// large type), never a title cut off at the box's edge.
class LessonPicker : public QComboBox {
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent*) override {
        QStylePainter p(this);
        QStyleOptionComboBox opt;
        initStyleOption(&opt);
        p.drawComplexControl(QStyle::CC_ComboBox, opt);
        const QRect text = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
        if (currentIndex() >= 0 && fontMetrics().horizontalAdvance(opt.currentText) > text.width())
            opt.currentText = LessonPanel::tr("Lesson %1 of %2").arg(format_count(currentIndex() + 1), format_count(count()));
        p.drawControl(QStyle::CE_ComboBoxLabel, opt);
    }
};

}  // namespace

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
    picker_ = new LessonPicker(this);
    picker_->setObjectName(QStringLiteral("lessonPicker"));
    picker_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker_->setMinimumContentsLength(12);
    previous_ = new QToolButton(this);
    previous_->setArrowType(Qt::LeftArrow);
    next_ = new QToolButton(this);
    next_->setArrowType(Qt::RightArrow);
    auto* pick_row = new QHBoxLayout;
    pick_row->addWidget(previous_);
    pick_row->addWidget(picker_, 1);
    pick_row->addWidget(next_);

    problems_ = wrapped_label(this);
    problems_->setStyleSheet(QStringLiteral("color: #B03000;"));
    empty_ = wrapped_label(this);
    title_ = wrapped_label(this);
    explanation_ = wrapped_label(this);

    code_title_ = wrapped_label(this, false);
    copy_ = new QPushButton(this);
    copy_->setObjectName(QStringLiteral("copyCode"));
    auto* code_row = new QHBoxLayout;
    code_row->addWidget(code_title_, 1);
    code_row->addWidget(copy_);
    code_ = new QPlainTextEdit(this);
    code_->setObjectName(QStringLiteral("lessonCode"));
    code_->setReadOnly(true);
    code_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    code_->setLineWrapMode(QPlainTextEdit::NoWrap);
    code_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    highlighter_ = new PythonHighlighter(code_->document());

    question_ = wrapped_label(this);
    answers_group_ = new QButtonGroup(this);
    auto* answers_box = new QVBoxLayout;
    auto add_answer_row = [&](QRadioButton* button, QLabel* label) {
        label->setTextInteractionFlags(Qt::NoTextInteraction);  // a click on it chooses the answer
        label->installEventFilter(this);
        auto* row = new QHBoxLayout;
        row->addWidget(button, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        answers_box->addLayout(row);
    };
    for (std::size_t i = 0; i < kMaxLessonAnswers; ++i) {
        auto* button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        answers_group_->addButton(button, static_cast<int>(i));
        answers_.push_back(button);
        answer_labels_.push_back(wrapped_label(this, false));
        add_answer_row(button, answer_labels_.back());
    }
    skip_ = new QRadioButton(this);
    skip_->setObjectName(QStringLiteral("answerSkip"));
    answers_group_->addButton(skip_, -2);
    skip_label_ = wrapped_label(this, false);
    add_answer_row(skip_, skip_label_);

    run_ = new QPushButton(this);
    run_->setObjectName(QStringLiteral("runLesson"));
    status_ = wrapped_label(this, false);
    detached_note_ = wrapped_label(this, false);
    reattach_ = new QPushButton(this);
    verdict_ = wrapped_label(this);
    verdict_->setObjectName(QStringLiteral("lessonVerdict"));
    verdict_frame_ = new QFrame(this);
    verdict_frame_->setFrameShape(QFrame::StyledPanel);
    verdict_frame_->setStyleSheet(QStringLiteral("QFrame { background: #FFF8E1; }"));
    auto* verdict_box = new QVBoxLayout(verdict_frame_);
    verdict_box->addWidget(verdict_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick_row);
    layout->addWidget(problems_);
    layout->addWidget(empty_);
    layout->addWidget(title_);
    layout->addWidget(explanation_);
    layout->addLayout(code_row);
    layout->addWidget(code_);
    layout->addWidget(question_);
    layout->addLayout(answers_box);
    layout->addWidget(run_);
    layout->addWidget(detached_note_);
    layout->addWidget(reattach_);
    layout->addWidget(status_);
    layout->addWidget(verdict_frame_);
    layout->addStretch(1);

    connect(picker_, &QComboBox::activated, this, [this](int index) { setCurrentIndex(index); });
    connect(previous_, &QToolButton::clicked, this, &LessonPanel::previous);
    connect(next_, &QToolButton::clicked, this, &LessonPanel::next);
    connect(copy_, &QPushButton::clicked, this, &LessonPanel::copyCode);
    connect(run_, &QPushButton::clicked, this, &LessonPanel::runRequested);
    connect(reattach_, &QPushButton::clicked, this, [this] { emit lessonChosen(current_); });
    connect(answers_group_, &QButtonGroup::idClicked, this, [this](int id) {
        chooseAnswer(id >= 0 ? std::optional<std::size_t>(static_cast<std::size_t>(id)) : std::nullopt);
    });
    retranslate();
}

void LessonPanel::setLibrary(std::shared_ptr<const LessonLibrary> library) {
    library_ = std::move(library);
    current_ = -1;
    retranslate();
    if (lessonCount() > 0) setCurrentIndex(0);
}

int LessonPanel::lessonCount() const { return library_ ? static_cast<int>(library_->lessons.size()) : 0; }

const Lesson* LessonPanel::currentLesson() const {
    if (current_ < 0 || current_ >= lessonCount()) return nullptr;
    return &library_->lessons[static_cast<std::size_t>(current_)].lesson;
}

void LessonPanel::setCurrentIndex(int index) {
    if (index < -1 || index >= lessonCount()) return;
    current_ = index;
    chosen_.reset();
    outcome_.reset();
    running_.reset();
    detached_ = false;
    showLesson();
    emit lessonChosen(current_);
}

void LessonPanel::next() {
    if (lessonCount() > 0) setCurrentIndex(std::min(current_ + 1, lessonCount() - 1));
}

void LessonPanel::previous() {
    if (lessonCount() > 0) setCurrentIndex(std::max(current_ - 1, 0));
}

void LessonPanel::chooseAnswer(std::optional<std::size_t> answer) {
    const Lesson* lesson = currentLesson();
    if (!lesson) return;
    if (answer && *answer >= lesson->answers.size()) return;
    chosen_ = answer;
    QAbstractButton* button = answer ? static_cast<QAbstractButton*>(answers_[*answer]) : skip_;
    button->setChecked(true);
    emit answerChosen();
}

void LessonPanel::setRunning(std::size_t run, std::size_t of) {
    running_ = {run, of};
    outcome_.reset();
    retranslate();
}

void LessonPanel::setOutcome(LessonMeasurements measured, LessonGrade grade) {
    running_.reset();
    outcome_ = Outcome{std::move(measured), std::move(grade), chosen_};
    retranslate();
}

void LessonPanel::clearOutcome() {
    running_.reset();
    outcome_.reset();
    retranslate();
}

QString LessonPanel::verdictText() const {
    const Lesson* lesson = currentLesson();
    if (!lesson || !outcome_) return {};
    return lesson_verdict_text(*lesson, outcome_->measured, outcome_->grade, outcome_->chosen, lesson_language());
}

void LessonPanel::setDetached(bool detached) {
    if (detached == detached_) return;
    detached_ = detached;
    retranslate();
}

void LessonPanel::setPresenterTextPx(int px) {
    presenter_px_ = px;
    updateFonts();
}

void LessonPanel::updateFonts() {
    // The question reads from the back of the room: half as large again as the text around it.
    const int base = presenter_px_ > 0 ? presenter_px_ : QFontInfo(font()).pixelSize();
    QFont question = font();
    question.setBold(true);
    question.setPixelSize(presenter_px_ > 0 ? base * 3 / 2 : base * 5 / 4);
    question_->setFont(question);
    QFont answer = font();
    if (presenter_px_ > 0) answer.setPixelSize(base * 5 / 4);
    for (QRadioButton* b : answers_) b->setFont(answer);
    for (QLabel* l : answer_labels_) l->setFont(answer);
    skip_->setFont(answer);
    skip_label_->setFont(answer);
    QFont title = font();
    title.setBold(true);
    title.setPixelSize(base * 5 / 4);
    title_->setFont(title);
    QFont verdict = font();
    if (presenter_px_ > 0) verdict.setPixelSize(base * 9 / 8);
    verdict_->setFont(verdict);
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPixelSize(base);
    code_->setFont(code);
    showLesson();
}

void LessonPanel::showLesson() {
    const Lesson* lesson = currentLesson();
    const LessonLanguage language = lesson_language();
    const bool has = lesson != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{title_, explanation_, code_title_, copy_, code_, question_, skip_, skip_label_, run_})
        w->setVisible(has);
    empty_->setVisible(!has);
    previous_->setEnabled(has && current_ > 0);
    next_->setEnabled(has && current_ + 1 < lessonCount());
    {
        const QSignalBlocker block(picker_);
        picker_->setCurrentIndex(current_);
    }
    for (std::size_t i = 0; i < answers_.size(); ++i) {
        const bool shown = has && i < lesson->answers.size();
        answers_[i]->setVisible(shown);
        answer_labels_[i]->setVisible(shown);
        // The key that answers, then the answer: the teacher can press it from anywhere.
        if (shown) {
            answer_labels_[i]->setText(tr("%1 — %2").arg(i + 1).arg(lesson_text(lesson->answers[i].text, language)));
            answers_[i]->setAccessibleName(answer_labels_[i]->text());
        }
    }
    if (!has) {
        verdict_frame_->hide();
        status_->hide();
        detached_note_->hide();
        reattach_->hide();
        return;
    }
    title_->setText(lesson_text(lesson->title, language));
    explanation_->setText(lesson_text(lesson->explanation, language));
    const QString code = lesson_code(*lesson, language);
    if (code_->toPlainText() != code) code_->setPlainText(code);
    const int lines = std::max(1, static_cast<int>(code_->document()->blockCount()));
    const QFontMetrics fm(code_->font());
    // At most 16 lines and about a quarter of the screen's height (9 lines at 720 lines, fewer in
    // presenter type): the question and its answers below the code stay in view; longer code
    // scrolls in its box.
    const int screen_height = screen() ? screen()->availableGeometry().height() : 1080;
    const int shown = std::min(lines, std::clamp(screen_height * 23 / (100 * std::max(1, fm.lineSpacing())), 6, 16));
    code_->setFixedHeight(fm.lineSpacing() * shown + static_cast<int>(code_->document()->documentMargin() * 2) +
                          code_->frameWidth() * 2 + (lines > shown ? 0 : 2) + fm.descent());
    question_->setText(lesson_text(lesson->question, language));
    {
        const QSignalBlocker block(answers_group_);
        if (chosen_) {
            answers_[*chosen_]->setChecked(true);
        } else {
            // No button checked: exclusive groups keep one, so switch that off for a moment.
            answers_group_->setExclusive(false);
            for (QAbstractButton* b : answers_group_->buttons()) b->setChecked(false);
            answers_group_->setExclusive(true);
        }
    }
    status_->setVisible(running_.has_value());
    if (running_) {
        const std::size_t i = running_->first;
        const QString label = i < lesson->runs.size() ? lesson_text(lesson->runs[i].label, language) : QString();
        status_->setText(running_->second > 1 ? tr("Running %1 of %2: %3…").arg(i + 1).arg(running_->second).arg(label)
                                              : tr("Running…"));
    }
    const QString verdict = verdictText();
    verdict_->setText(verdict);
    verdict_frame_->setVisible(!verdict.isEmpty());
    detached_note_->setVisible(detached_);
    reattach_->setVisible(detached_);
}

void LessonPanel::copyCode() {
    const Lesson* lesson = currentLesson();
    if (!lesson) return;
    QApplication::clipboard()->setText(lesson_code(*lesson, lesson_language()));
}

bool LessonPanel::eventFilter(QObject* watched, QEvent* e) {
    if (e->type() == QEvent::MouseButtonRelease) {
        if (watched == skip_label_) {
            skip_->click();
            return true;
        }
        for (std::size_t i = 0; i < answer_labels_.size(); ++i)
            if (watched == answer_labels_[i]) {
                answers_[i]->click();
                return true;
            }
    }
    return QWidget::eventFilter(watched, e);
}

void LessonPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    if (e->type() == QEvent::FontChange && presenter_px_ == 0) updateFonts();
    QWidget::changeEvent(e);
}

void LessonPanel::retranslate() {
    setAccessibleName(tr("Lessons"));
    previous_->setToolTip(tr("Previous lesson (Page Up)"));
    next_->setToolTip(tr("Next lesson (Page Down)"));
    code_title_->setText(tr("The same in Python:"));
    copy_->setText(tr("&Copy code"));
    copy_->setToolTip(tr("Copy the Python code, to run it yourself"));
    skip_label_->setText(tr("0 — no prediction (skip)"));
    skip_->setAccessibleName(skip_label_->text());
    run_->setText(tr("Run the lesson (Ctrl+R)"));
    detached_note_->setText(tr("The experiment panel was changed: Run now runs that experiment, not the lesson's."));
    reattach_->setText(tr("Set up the lesson's experiment again"));
    empty_->setText(lessonCount() == 0 ? tr("No lessons were found.") : tr("Choose a lesson above."));
    const LessonLanguage language = lesson_language();
    {
        const QSignalBlocker block(picker_);
        picker_->clear();
        if (library_)
            for (std::size_t i = 0; i < library_->lessons.size(); ++i)
                picker_->addItem(tr("%1. %2").arg(format_count(i + 1), lesson_text(library_->lessons[i].lesson.title, language)));
    }
    QStringList problems;
    if (library_)
        for (const LessonProblem& p : library_->problems) problems << message_text(p.message());
    problems_->setText(problems.isEmpty() ? QString()
                                          : tr("These lesson files could not be read:") + QLatin1Char('\n') +
                                                problems.join(QLatin1Char('\n')));
    problems_->setVisible(!problems.isEmpty());
    updateFonts();  // shows the lesson again too
}

}  // namespace conclab::ui

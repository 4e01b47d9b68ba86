#include "ui/experiment/experiment_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/text/display_format.h"
#include "ui/text/message_text.h"
#include "ui/experiment/switch_interval_scale.h"

namespace conclab::ui {
namespace {

constexpr WorkloadKind kKinds[] = {WorkloadKind::Cpu, WorkloadKind::Io, WorkloadKind::File, WorkloadKind::Net,
                                   WorkloadKind::Mixed};

const char* kind_prefix(WorkloadKind k) {
    switch (k) {
        case WorkloadKind::Cpu: return "cpu";
        case WorkloadKind::Io: return "io";
        case WorkloadKind::File: return "file";
        case WorkloadKind::Net: return "net";
        case WorkloadKind::Mixed: return "mixed";
        case WorkloadKind::Numbers: return "numbers";
        case WorkloadKind::Square: return "square";
        case WorkloadKind::Counter: return "counter";
        case WorkloadKind::Alternating: break;  // no one prefix: its text names each part
    }
    return "cpu";
}

}  // namespace

QString workload_size_text(const WorkloadSpec& w) {
    const QString text = QString::fromStdString(w.text);
    const auto colon = text.indexOf(QLatin1Char(':'));
    return colon >= 0 ? text.mid(colon + 1) : text;
}

QString default_size_for(WorkloadKind k) {
    switch (k) {
        case WorkloadKind::Cpu: return QStringLiteral("50ms");
        case WorkloadKind::Io: return QStringLiteral("200ms");
        case WorkloadKind::File: return QStringLiteral("4MiB");
        case WorkloadKind::Net: return QStringLiteral("20@10ms");
        case WorkloadKind::Mixed: return QStringLiteral("10ms/20msx5");
        case WorkloadKind::Numbers: return QStringLiteral("1sx5");
        case WorkloadKind::Square: return QStringLiteral("20ms");
        case WorkloadKind::Counter: return QStringLiteral("1000000");
        case WorkloadKind::Alternating: break;
    }
    return {};
}

ExperimentPanel::ExperimentPanel(QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row's title, tied to its field (the mnemonic focuses the field).
    auto titled = [&](QLabel*& title, QWidget* field) {
        title = new QLabel(this);
        title->setBuddy(field);
        form->addRow(title, field);
    };

    kind_ = new QComboBox(this);
    for (const WorkloadKind k : kKinds) kind_->addItem(QString(), static_cast<int>(k));
    titled(kind_title_, kind_);

    size_ = new QLineEdit(this);
    titled(size_title_, size_);
    size_hint_ = new QLabel(this);
    size_hint_->setWordWrap(true);
    size_hint_->setEnabled(false);
    form->addRow(QString(), size_hint_);

    tasks_ = new QSpinBox(this);
    tasks_->setRange(1, kMaxTasks);
    titled(tasks_title_, tasks_);

    model_ = new QComboBox(this);
    model_->setObjectName(QStringLiteral("runModel"));
    for (const RunModel m : kAllRunModels) model_->addItem(QString(), static_cast<int>(m));
    titled(model_title_, model_);
    model_hint_ = new QLabel(this);
    model_hint_->setWordWrap(true);
    form->addRow(QString(), model_hint_);

    workers_ = new QSpinBox(this);
    workers_->setRange(1, kMaxThreads);
    titled(workers_title_, workers_);

    gil_ = new QCheckBox(this);
    form->addRow(QString(), gil_);

    interval_ = new QSlider(Qt::Horizontal, this);
    interval_->setRange(0, kSwitchIntervalSteps);
    interval_->setPageStep(kSwitchIntervalSteps / 6);
    interval_label_ = new QLabel(this);
    auto* interval_row = new QHBoxLayout;
    interval_row->addWidget(interval_, 1);
    interval_row->addWidget(interval_label_);
    interval_title_ = new QLabel(this);
    interval_title_->setBuddy(interval_);
    form->addRow(interval_title_, interval_row);

    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #B03000; font-weight: bold;"));

    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addWidget(problem_);
    outer->addStretch(1);

    connect(kind_, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onKindChanged);
    connect(size_, &QLineEdit::textChanged, this, &ExperimentPanel::onEdited);
    connect(tasks_, &QSpinBox::valueChanged, this, &ExperimentPanel::onEdited);
    connect(model_, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onEdited);
    connect(workers_, &QSpinBox::valueChanged, this, &ExperimentPanel::onEdited);
    connect(gil_, &QCheckBox::toggled, this, &ExperimentPanel::onEdited);
    connect(interval_, &QSlider::valueChanged, this, &ExperimentPanel::onEdited);
    connect(interval_, &QSlider::valueChanged, this, [this](int position) {
        if (!updating_) emit switchIntervalMoved(switch_interval_for_position(position));
    });

    retranslate();
    setExperiment(default_experiment());
}

void ExperimentPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void ExperimentPanel::retranslate() {
    // Spin boxes write and read numbers in the locale's digits.
    setLocale(QLocale());
    kind_title_->setText(tr("&Workload:"));
    for (int i = 0; i < kind_->count(); ++i)
        kind_->setItemText(i, workload_kind_display_name(static_cast<WorkloadKind>(kind_->itemData(i).toInt())));
    size_title_->setText(tr("Task &size:"));
    size_->setToolTip(tr("How much each task does, measured on this machine: 50ms, 1.5s (time), 4MiB (file size), "
                         "20@10ms (network: 20 requests to a server that takes 10 ms to answer each), "
                         "10ms/20msx5 (mixed: compute/wait × repeats)"));
    tasks_title_->setText(tr("&Tasks:"));
    tasks_->setToolTip(tr("1 to %1 tasks. The threads model starts one thread per task (at most %2), "
                          "the processes model one process per task (at most %3); the pools take any number.")
                           .arg(format_count(kMaxTasks), format_count(kMaxThreads), format_count(kMaxProcesses)));
    model_title_->setText(tr("Run &model:"));
    for (int i = 0; i < model_->count(); ++i)
        model_->setItemText(i, model_display_name(static_cast<RunModel>(model_->itemData(i).toInt())));
    workers_title_->setText(tr("Wor&kers (max_workers):"));
    workers_->setToolTip(tr("max_workers of the pool: how many workers take tasks from the queue "
                            "(at most %1 threads, or %2 processes)")
                             .arg(format_count(kMaxThreads), format_count(kMaxProcesses)));
    gil_->setText(tr("Simulated &GIL (like CPython)"));
    interval_->setToolTip(tr("sys.setswitchinterval(): how long a thread may keep the GIL while another waits "
                             "(0.1 ms to 100 ms, logarithmic)"));
    interval_title_->setText(tr("Switch &interval:"));
    // Room for the widest value in this language's digits, so the slider does not jump.
    interval_label_->setMinimumWidth(interval_label_->fontMetrics().horizontalAdvance(format_switch_interval(2'500'000)) +
                                     interval_label_->fontMetrics().averageCharWidth());
    showTexts();
    updateEnabled();
}

Experiment ExperimentPanel::experiment() const { return current_; }

QString ExperimentPanel::problem() const { return problem_message_ ? message_text(*problem_message_) : QString(); }

void ExperimentPanel::setExperiment(const Experiment& e) {
    updating_ = true;
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(e.workload.kind)));
    size_->setText(workload_size_text(e.workload));
    tasks_->setValue(e.tasks);
    model_->setCurrentIndex(model_->findData(static_cast<int>(e.model)));
    workers_->setValue(e.workers);
    gil_->setChecked(e.gil);
    interval_->setValue(position_for_switch_interval(e.switch_interval_ns));
    updating_ = false;
    current_ = e;
    onEdited();
    // Keep the exact interval the preset asked for (the slider only has 100 steps per decade).
    if (!problem_message_) current_.switch_interval_ns = e.switch_interval_ns;
    showTexts();
}

void ExperimentPanel::onKindChanged() {
    if (updating_) return;
    const auto k = static_cast<WorkloadKind>(kind_->currentData().toInt());
    const QString text = QStringLiteral("%1:%2").arg(QLatin1String(kind_prefix(k)), size_->text());
    auto parsed = parse_workload(text.toStdString());
    if (!parsed || parsed.value().kind != k) {
        QSignalBlocker block(size_);
        size_->setText(default_size_for(k));
    }
    onEdited();
}

void ExperimentPanel::onEdited() {
    if (updating_) return;
    const auto k = static_cast<WorkloadKind>(kind_->currentData().toInt());
    const auto m = static_cast<RunModel>(model_->currentData().toInt());
    Experiment e = current_;
    problem_message_.reset();
    auto parsed = parse_workload(QStringLiteral("%1:%2").arg(QLatin1String(kind_prefix(k)), size_->text()).toStdString());
    if (parsed) {
        e.workload = parsed.value();
    } else {
        problem_message_ = parsed.error();
    }
    e.tasks = tasks_->value();
    e.model = m;
    e.workers = workers_->value();
    e.gil = gil_->isChecked();
    e.switch_interval_ns = switch_interval_for_position(interval_->value());
    if (const auto problem = e.validate(); problem && !problem_message_) problem_message_ = *problem;
    if (parsed) current_ = e;
    else {
        current_.tasks = e.tasks;
        current_.model = e.model;
        current_.workers = e.workers;
        current_.gil = e.gil;
        current_.switch_interval_ns = e.switch_interval_ns;
    }
    showTexts();
    updateEnabled();
    emit experimentChanged();
}

void ExperimentPanel::showTexts() {
    const auto k = static_cast<WorkloadKind>(kind_->currentData().toInt());
    const auto m = static_cast<RunModel>(model_->currentData().toInt());
    interval_label_->setText(format_switch_interval(current_.switch_interval_ns));
    const QString problem_text = problem();
    problem_->setText(problem_text);
    problem_->setVisible(!problem_text.isEmpty());
    size_hint_->setText(tr("e.g. %1").arg(default_size_for(k)));
    model_hint_->setText(tr("like Python's %1").arg(model_python_hint(m)));
}

void ExperimentPanel::setRunning(bool running) {
    running_ = running;
    updateEnabled();
}

void ExperimentPanel::updateEnabled() {
    for (QWidget* w : std::initializer_list<QWidget*>{kind_, size_, tasks_, model_, gil_}) w->setEnabled(!running_);
    workers_->setEnabled(!running_ && uses_pool(current_.model));
    const bool threads_share_gil = !uses_processes(current_.model);
    interval_->setEnabled(current_.gil);
    gil_->setToolTip(threads_share_gil
                         ? tr("On: only one thread runs Python code at a time. Off: threads run in parallel, like "
                              "free-threaded Python 3.13t.")
                         : tr("Each process has its own GIL, so the GIL never serialises processes."));
}

}  // namespace conclab::ui

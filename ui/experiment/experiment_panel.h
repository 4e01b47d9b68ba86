#pragma once
// The side panel where the teacher sets up an experiment. Its whole state is one
// conclab::Experiment (a lesson preset fills it with setExperiment()).
#include <QWidget>
#include <optional>

#include "core/message.h"
#include "experiment/experiment.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace conclab::ui {

class ExperimentPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentPanel(QWidget* parent = nullptr);

    // The experiment as set up now (the last valid workload text if the field is being edited).
    Experiment experiment() const;
    void setExperiment(const Experiment& e);
    // Empty when the panel holds a runnable experiment; else one sentence saying what is wrong
    // (in the language of the moment).
    QString problem() const;
    const std::optional<Message>& problemMessage() const { return problem_message_; }
    // While a run goes, only the switch interval stays movable (as sys.setswitchinterval() can
    // be called in a running program); every other setting waits for the run to end.
    void setRunning(bool running);

signals:
    void experimentChanged();
    // The switch interval slider moved (by the user): the interval it stands for now.
    void switchIntervalMoved(qint64 ns);

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    void onKindChanged();
    void onEdited();
    void updateEnabled();
    void showTexts();  // the texts that depend on the experiment: hints, the interval, the problem

    QLabel* kind_title_ = nullptr;
    QLabel* size_title_ = nullptr;
    QLabel* tasks_title_ = nullptr;
    QLabel* model_title_ = nullptr;
    QLabel* workers_title_ = nullptr;
    QLabel* interval_title_ = nullptr;
    QComboBox* kind_ = nullptr;
    QLineEdit* size_ = nullptr;
    QLabel* size_hint_ = nullptr;
    QSpinBox* tasks_ = nullptr;
    QComboBox* model_ = nullptr;
    QLabel* model_hint_ = nullptr;
    QSpinBox* workers_ = nullptr;
    QCheckBox* gil_ = nullptr;
    QSlider* interval_ = nullptr;
    QLabel* interval_label_ = nullptr;
    QLabel* problem_ = nullptr;
    Experiment current_;
    std::optional<Message> problem_message_;  // why the experiment cannot run (composed when shown)
    bool updating_ = false;
    bool running_ = false;
};

// The text after "kind:" in a workload, e.g. "50ms" for "cpu:50ms".
QString workload_size_text(const WorkloadSpec& w);
QString default_size_for(WorkloadKind k);

}  // namespace conclab::ui

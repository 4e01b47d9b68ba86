#pragma once
// The side panel where the teacher sets up an experiment. Its whole state is one
// conclab::Experiment (a lesson preset fills it with setExperiment()).
#include <QWidget>

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
    // Empty when the panel holds a runnable experiment; else one sentence saying what is wrong.
    QString problem() const;

signals:
    void experimentChanged();

private:
    void onKindChanged();
    void onEdited();
    void updateEnabled();

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
    QString problem_text_;
    bool updating_ = false;
};

// The text after "kind:" in a workload, e.g. "50ms" for "cpu:50ms".
QString workload_size_text(const WorkloadSpec& w);
QString default_size_for(WorkloadKind k);

}  // namespace conclab::ui

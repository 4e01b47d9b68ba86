#pragma once
// The last experiment, remembered in QSettings (the same text the command line accepts). Reading
// it back keeps every saved value that is still good and says what was wrong with the others:
// the file may be old, hand-edited or damaged. Qt Core only (no widgets).
#include <QSettings>
#include <QStringList>

#include "experiment/experiment.h"

namespace conclab::ui {

void save_experiment(QSettings& settings, const Experiment& e);

struct LoadedExperiment {
    Experiment experiment;  // valid: the saved values that are, `fallback`'s for the others
    QStringList problems;   // one sentence per saved value that was not used (see settings_problem)
};

// The saved experiment. A missing value quietly comes from `fallback`; an unusable one too, with
// a problem naming the key, the value and the reason. A file Qt finds damaged (a line that is
// not a setting, an unterminated [section]) is a problem of its own.
LoadedExperiment load_experiment(const QSettings& settings, const Experiment& fallback);

// "Settings file <path>: <key> = '<value>' was not used (<reason>); using <replacement> instead."
QString settings_problem(const QSettings& settings, const QString& key, const QString& reason,
                         const QString& replacement);

}  // namespace conclab::ui

#include "ui/text/experiment_text.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/text/display_format.h"
#include "ui/text/translate.h"

namespace conclab::ui {
namespace {

}  // namespace

QString experiment_summary(const Experiment& e) {
    // The workload stays as typed ("cpu:50ms"): it is the text the panel and the command line read.
    const QString workload = QString::fromStdString(e.workload.text);
    QStringList parts{tr("%1 × %Ln task(s)", nullptr, e.tasks).arg(workload), model_display_name(e.model)};
    if (uses_pool(e.model)) parts << tr("%Ln worker(s)", nullptr, e.workers);
    parts << (e.gil ? tr("GIL on (%1)").arg(format_switch_interval(e.switch_interval_ns)) : tr("GIL off"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

}  // namespace conclab::ui

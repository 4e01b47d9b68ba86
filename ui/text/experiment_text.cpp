#include "ui/text/experiment_text.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/text/display_format.h"

namespace conclab::ui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("conclab::ui", text); }

}  // namespace

QString experiment_summary(const Experiment& e) {
    // The workload stays as typed ("cpu:50ms"): it is the text the panel and the command line read.
    const QString workload = QString::fromStdString(e.workload.text);
    QStringList parts{(e.tasks == 1 ? tr("%1 × %2 task") : tr("%1 × %2 tasks")).arg(workload, format_count(e.tasks)),
                      model_display_name(e.model)};
    if (uses_pool(e.model)) parts << (e.workers == 1 ? tr("%1 worker") : tr("%1 workers")).arg(format_count(e.workers));
    parts << (e.gil ? tr("GIL on (%1)").arg(format_switch_interval(e.switch_interval_ns)) : tr("GIL off"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

}  // namespace conclab::ui

#include "ui/export/caption.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/text/display_format.h"
#include "ui/text/translate.h"

namespace conclab::ui {
namespace {
}  // namespace

namespace {

// Lines may wrap only between the parts: inside a part, spaces do not break.
QString joined_parts(QStringList parts, RunStatus status) {
    for (QString& part : parts) part.replace(QLatin1Char(' '), QChar(0x00A0));
    QString text = parts.join(QStringLiteral(" · "));
    if (status == RunStatus::Stopped) text += tr(" · stopped early");
    if (status == RunStatus::Failed) text += tr(" · a worker failed");
    return text;
}

}  // namespace

QString caption_text(const Experiment& e, int machine_cores, const QDateTime& when, RunStatus status) {
    const QString workload = tr("%1 × %Ln task(s)", nullptr, e.tasks).arg(QString::fromStdString(e.workload.text));
    const QString model = tr("%1 (%2)").arg(model_display_name(e.model), model_python_hint(e.model));
    const QString gil = e.gil ? tr("GIL on, switch interval %1").arg(format_switch_interval(e.switch_interval_ns))
                              : tr("GIL off (threads run in parallel)");
    QStringList parts{tr("Workload: %1").arg(workload), tr("Model: %1").arg(model),
                      tr("Workers: %1").arg(format_count(e.lane_count())), gil,
                      tr("Machine: %Ln core(s)", nullptr, machine_cores), format_date_time(when)};
    return joined_parts(parts, status);
}

QString caption_text(const RunDescription& what, int machine_cores, const QDateTime& when, RunStatus status) {
    if (what.experiment) return caption_text(*what.experiment, machine_cores, when, status);
    QStringList parts{tr("%1: %2").arg(source_display_name(what.source), command_display_text(what.command)),
                      tr("Machine: %Ln core(s)", nullptr, machine_cores), format_date_time(when)};
    return joined_parts(parts, status);
}

}  // namespace conclab::ui

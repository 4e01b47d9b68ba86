#include "ui/text/machine_text.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/text/display_format.h"
#include "ui/text/translate.h"

namespace conclab::ui {

QString recorded_on_text(const MachineDescription& machine) {
    QStringList parts;
    if (machine.usable_cpus > 0) parts << tr("%Ln CPU(s)", nullptr, machine.usable_cpus);
    if (!machine.cpu_model.empty()) parts << QString::fromStdString(machine.cpu_model);
    if (!machine.os.empty()) parts << QString::fromStdString(machine.os);
    else if (!machine.kernel.empty()) parts << QString::fromStdString(machine.kernel);
    if (!machine.python_version.empty()) parts << tr("Python %1").arg(QString::fromStdString(machine.python_version));
    if (parts.isEmpty()) return {};
    return tr("Recorded on: %1").arg(parts.join(QStringLiteral(" · ")));
}

}  // namespace conclab::ui

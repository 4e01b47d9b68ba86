#include "headless_picture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <unistd.h>

#include "core/text.h"
#include "gui/gui_translate.h"
#include "ui/text/display_format.h"

namespace conclab::gui {
namespace {

constexpr int kMinSide = 320;
constexpr int kMaxSide = 8000;

// The same translation context as the rest of the binary's own sentences.

QString quoted_value(const QString& text) { return QString::fromStdString(conclab::quoted(text.toStdString())); }

}  // namespace

ParseResult<QSize, QString> parse_picture_size(const QString& text) {
    using R = ParseResult<QSize, QString>;
    static const QRegularExpression re(QStringLiteral("^([0-9]+)[xX×]([0-9]+)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) return R::fail(tr("--size %1 is not WIDTHxHEIGHT in pixels (e.g. 1600x900)").arg(quoted_value(text)));
    const auto side = [&](int i) {  // too many digits for an int: out of range, like any other too large side
        bool ok = false;
        const int value = m.captured(i).toInt(&ok);
        return ok ? value : kMaxSide + 1;
    };
    const QSize size(side(1), side(2));
    if (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide || size.height() > kMaxSide)
        return R::fail(tr("--size %1 is out of range: each side must be %2 to %3 pixels")
                           .arg(quoted_value(text), ui::format_count(kMinSide), ui::format_count(kMaxSide)));
    return R::ok(size);
}

void prepare_headless_display() {
    // Without a display, draw offscreen: handouts and the README are made on build machines.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt would pick this same private directory itself, but with a warning on stderr.
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
        if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                 QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

}  // namespace conclab::gui

#include "ui/runfile/recent_files.h"

#include <QFileInfo>

namespace conclab::ui {

namespace {
// One spelling per file, so the same file is listed once however it was reached.
QString canonical(const QString& path) { return QFileInfo(path).absoluteFilePath(); }
}  // namespace

QStringList RecentFiles::list() const {
    // A damaged setting (not a list, empty names, too many) yields what is usable of it.
    QStringList out;
    for (const QString& path : settings_.value(QLatin1String(kKey)).toStringList()) {
        if (path.isEmpty() || out.contains(path)) continue;
        out << path;
        if (out.size() == kMaxFiles) break;
    }
    return out;
}

void RecentFiles::add(const QString& path) {
    QStringList paths = list();
    const QString file = canonical(path);
    paths.removeAll(file);
    paths.prepend(file);
    store(paths);
}

void RecentFiles::remove(const QString& path) {
    QStringList paths = list();
    paths.removeAll(path);
    paths.removeAll(canonical(path));
    store(paths);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::store(QStringList paths) {
    while (paths.size() > kMaxFiles) paths.removeLast();
    settings_.setValue(QLatin1String(kKey), paths);
}

}  // namespace conclab::ui

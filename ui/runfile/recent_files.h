#pragma once
// The last saved runs opened or saved, newest first, kept in the settings (files/recent): the File
// menu's "Recent files". Paths that no longer exist stay until opening them fails, then go.
#include <QSettings>
#include <QStringList>

namespace conclab::ui {

class RecentFiles {
public:
    static constexpr int kMaxFiles = 8;
    static constexpr const char* kKey = "files/recent";

    explicit RecentFiles(QSettings& settings) : settings_(settings) {}

    QStringList list() const;          // newest first, at most kMaxFiles, no duplicates
    void add(const QString& path);     // to the front (moved there if listed already)
    void remove(const QString& path);  // e.g. a file that could not be opened
    void clear();

private:
    void store(QStringList paths);
    QSettings& settings_;
};

}  // namespace conclab::ui

// libFuzzer target: the settings file, as the program reads it at start-up. The input is written
// as an ini file into a private folder and read through QSettings, as the window does: the last
// experiment (load_experiment) and the window layout (byte arrays for restoreGeometry/State).
// Never a crash; the experiment read back is always valid; every problem names the file.
#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "fuzz_check.h"
#include "ui/experiment/experiment_settings.h"

using namespace conclab;

namespace {

const QString kLayoutKeys[] = {QStringLiteral("window/geometry"), QStringLiteral("window/state"),
                               QStringLiteral("window/main_splitter"), QStringLiteral("window/bottom_splitter")};

QTemporaryDir& folder() {
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz_settings: no temporary folder: %s\n", qPrintable(dir.errorString()));
        std::abort();
    }
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // One file, rewritten per input. QSettings keeps a parsed file cached until its size or time
    // stamp changes, so every input gets a time stamp of its own.
    static qint64 counter = 0;
    const QString path = folder().filePath(QStringLiteral("conclab.conf"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) == static_cast<qint64>(size));
        FUZZ_CHECK(file.setFileTime(QDateTime::fromSecsSinceEpoch(++counter), QFileDevice::FileModificationTime));
    }
    {
        const QSettings settings(path, QSettings::IniFormat);
        const ui::LoadedExperiment loaded = ui::load_experiment(settings, default_experiment());
        FUZZ_CHECK(!loaded.experiment.validate());
        for (const QString& problem : loaded.problems)
            FUZZ_CHECK(problem.startsWith(QStringLiteral("Settings file ") + path));
        for (const QString& key : kLayoutKeys) {
            (void)settings.value(key).toByteArray();  // what restoreGeometry/restoreState get
            // The sentence the window shows when the layout cannot be restored, for any value.
            FUZZ_CHECK(ui::settings_problem(settings, key, QStringLiteral("reason"), QStringLiteral("default")).contains(key));
        }
        for (const QString& key : settings.allKeys())
            if (!key.isEmpty()) (void)settings.value(key).toString();  // Qt warns about empty keys
    }
    return 0;
}

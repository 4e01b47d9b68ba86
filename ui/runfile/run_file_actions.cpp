#include "ui/runfile/run_file_actions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

#include "runfile/run_file_format.h"
#include "runfile/run_file_reader.h"
#include "runfile/run_file_writer.h"
#include "ui/comparison/comparison_model.h"
#include "ui/run/run_controller.h"
#include "ui/runfile/recent_files.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"

namespace conclab::ui {

namespace {

std::string native_path(const QString& path) { return QFile::encodeName(path).toStdString(); }

// The one local file among dropped URLs, if there is exactly one.
QString dropped_file(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
    const QUrl url = mime->urls().front();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

QString with_extension(QString path) {
    const QString extension = QString::fromLatin1(kRunFileExtension);
    if (!path.endsWith(extension, Qt::CaseInsensitive)) {
        // "class.json" becomes "class.conclab.json", "class" too: the type says what it is.
        if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) path.chop(5);
        path += extension;
    }
    return path;
}

}  // namespace

RunFileActions::RunFileActions(QWidget* window, RunController* controller, ComparisonModel* model, ShownRun shown)
    : QObject(window), window_(window), controller_(controller), model_(model), shown_(std::move(shown)) {
    // Named: the window's keyboardActions() lists them (tests check that no two share a key).
    open_ = new QAction(this);
    open_->setObjectName(QStringLiteral("openRun"));
    open_->setShortcut(QKeySequence::Open);
    connect(open_, &QAction::triggered, this, &RunFileActions::askAndOpen);
    save_run_ = new QAction(this);
    save_run_->setObjectName(QStringLiteral("saveRun"));
    save_run_->setShortcut(QKeySequence::Save);
    connect(save_run_, &QAction::triggered, this, [this] { askAndSave(false); });
    save_all_ = new QAction(this);
    save_all_->setObjectName(QStringLiteral("saveAllRuns"));
    save_all_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(save_all_, &QAction::triggered, this, [this] { askAndSave(true); });
    clear_recent_ = new QAction(this);
    connect(clear_recent_, &QAction::triggered, this, [this] {
        QSettings settings;
        RecentFiles(settings).clear();
        rebuildRecentMenu();
    });
    recent_ = new QMenu(window);
    connect(recent_, &QMenu::aboutToShow, this, &RunFileActions::rebuildRecentMenu);
    window_->setAcceptDrops(true);
    window_->installEventFilter(this);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &RunFileActions::updateActions);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &RunFileActions::updateActions);
    connect(model_, &QAbstractItemModel::modelReset, this, &RunFileActions::updateActions);
    retranslate();
    rebuildRecentMenu();
    updateActions();
}

void RunFileActions::retranslate() {
    open_->setText(tr("&Open run…"));
    open_->setToolTip(tr("Open a saved run or table of runs (%1)").arg(open_->shortcut().toString(QKeySequence::NativeText)));
    save_run_->setText(tr("&Save run…"));
    save_run_->setToolTip(tr("Save the run shown in the timeline, to open or replay it later"));
    save_all_->setText(tr("Save &all runs…"));
    save_all_->setToolTip(tr("Save every run of the comparison table into one file"));
    clear_recent_->setText(tr("Clear the list"));
    recent_->setTitle(tr("Recent &files"));
    rebuildRecentMenu();
}

QString RunFileActions::fileFilter() {
    return tr("Concurrency Lab runs (*%1)").arg(QString::fromLatin1(kRunFileExtension)) + QStringLiteral(";;") +
           tr("All files (*)");
}

void RunFileActions::updateActions() {
    const auto shown = shown_();
    save_run_->setEnabled(shown && shown->timeline && shown->timeline->finished());
    save_all_->setEnabled(!model_->results().empty());
}

void RunFileActions::rebuildRecentMenu() {
    recent_->clear();
    QSettings settings;
    const QStringList files = RecentFiles(settings).list();
    for (int i = 0; i < files.size(); ++i) {
        // "&1 runs.conclab.json" with the folder as the tooltip: the name is what people remember.
        auto* action = recent_->addAction(
            QStringLiteral("&%1 %2").arg(format_count(i + 1), QFileInfo(files[i]).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setToolTip(QDir::toNativeSeparators(files[i]));
        action->setData(files[i]);
        connect(action, &QAction::triggered, this, [this, path = files[i]] { open(path); });
    }
    if (files.isEmpty()) recent_->addAction(tr("(none yet)"))->setEnabled(false);
    recent_->addSeparator();
    recent_->addAction(clear_recent_);
    clear_recent_->setEnabled(!files.isEmpty());
}

bool RunFileActions::open(const QString& path) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto read = read_run_file(native_path(path));
    QApplication::restoreOverrideCursor();
    QSettings settings;
    RecentFiles recent(settings);
    if (!read) {
        // One message naming the file and the problem; the file no longer counts as recent.
        recent.remove(path);
        showProblem(tr("Cannot open the run"), message_text(read.error()));
        return false;
    }
    int first = -1;
    std::shared_ptr<const RunResult> last;
    const int count = static_cast<int>(read.value().size());
    for (RunResult& run : read.value()) {
        auto result = std::make_shared<RunResult>(std::move(run));
        const int row = controller_->addFinishedRun(result);
        if (first < 0) first = row;
        last = result;
    }
    recent.add(path);
    last_problem_.clear();
    emit opened(first, count, last);
    emit message([path, count] { return tr("Opened %1: %Ln run(s)", nullptr, count).arg(QDir::toNativeSeparators(path)); });
    return true;
}

QString RunFileActions::saveShownRun(const QString& path) {
    const auto shown = shown_();
    if (!shown) return message_text(Message{MessageCode::RunFileNothingToSave, {}});
    if (const auto problem = save_run_file(native_path(path), {shown.get()})) return message_text(*problem);
    return {};
}

QString RunFileActions::saveAllRuns(const QString& path) {
    if (const auto problem = save_run_file(native_path(path), model_->results())) return message_text(*problem);
    return {};
}

void RunFileActions::askAndOpen() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open a saved run"), dir, fileFilter());
    if (!path.isEmpty()) open(path);
}

void RunFileActions::askAndSave(bool all) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = all ? QStringLiteral("runs") : QStringLiteral("run");
    QString path = QFileDialog::getSaveFileName(window_, all ? tr("Save all runs") : tr("Save the run"),
                                                dir + QLatin1Char('/') + name + QString::fromLatin1(kRunFileExtension),
                                                fileFilter());
    if (path.isEmpty()) return;
    path = with_extension(path);
    const QString problem = all ? saveAllRuns(path) : saveShownRun(path);
    if (!problem.isEmpty()) {
        showProblem(tr("Save failed"), problem);
        return;
    }
    QSettings settings;
    RecentFiles(settings).add(path);
    emit message([path] { return tr("Saved %1").arg(QDir::toNativeSeparators(path)); });
}

void RunFileActions::showProblem(const QString& title, const QString& text) {
    last_problem_ = text;
    if (problem_box_) problem_box_->close();
    // open(), not exec(): nothing waits for the answer, and a test can read and close it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window_);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    problem_box_ = box;
    box->open();
}

bool RunFileActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_) {
        switch (event->type()) {
            case QEvent::LanguageChange: retranslate(); break;
            case QEvent::DragEnter: {
                auto* drag = static_cast<QDragEnterEvent*>(event);
                if (!dropped_file(drag->mimeData()).isEmpty()) {
                    drag->acceptProposedAction();
                    return true;
                }
                break;
            }
            case QEvent::Drop: {
                auto* drop = static_cast<QDropEvent*>(event);
                const QString path = dropped_file(drop->mimeData());
                if (!path.isEmpty()) {
                    drop->acceptProposedAction();
                    open(path);
                    return true;
                }
                break;
            }
            default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace conclab::ui

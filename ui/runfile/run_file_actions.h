#pragma once
// The window's saved-run actions: File → Open run…, Save run… (the run shown), Save all runs…
// (the whole table), Recent files (the last 8), and opening a file dropped on the window. Opened
// runs become table rows like any finished run; problems are shown in a dialog naming the file.
#include <QObject>
#include <QMessageBox>
#include <QPointer>
#include <functional>
#include <memory>

#include "ui/text/live_text.h"

class QAction;
class QMenu;

class QWidget;

namespace conclab {
struct RunResult;
}

namespace conclab::ui {

class ComparisonModel;
class RunController;

class RunFileActions : public QObject {
    Q_OBJECT
public:
    using ShownRun = std::function<std::shared_ptr<const RunResult>()>;
    // `window` gets the dialogs and accepts dropped files; `shown` says which run Save run… saves.
    RunFileActions(QWidget* window, RunController* controller, ComparisonModel* model, ShownRun shown);

    QAction* openAction() const { return open_; }
    QAction* saveRunAction() const { return save_run_; }
    QAction* saveAllAction() const { return save_all_; }
    QMenu* recentMenu() const { return recent_; }
    // What the File chooser offers: "Concurrency Lab runs (*.conclab.json)".
    static QString fileFilter();

    // Without dialogs (the actions ask for a path, then call these). Open: true if it opened; on
    // failure the dialog is up (lastProblem() has its text). Save: the problem, or empty.
    bool open(const QString& path);
    QString saveShownRun(const QString& path);
    QString saveAllRuns(const QString& path);
    QString lastProblem() const { return last_problem_; }
    QMessageBox* problemDialog() const { return problem_box_; }

    void updateActions();
    void retranslate();

signals:
    // A file was opened: its runs are rows first_row … first_row + count - 1; `shown` is the last.
    void opened(int first_row, int count, std::shared_ptr<const conclab::RunResult> shown);
    void message(conclab::ui::LiveText text);  // for the status line, in the language of the moment

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void askAndOpen();
    void askAndSave(bool all);
    void rebuildRecentMenu();
    void showProblem(const QString& title, const QString& text);

    QWidget* window_;
    RunController* controller_;
    ComparisonModel* model_;
    ShownRun shown_;
    QAction* open_;
    QAction* save_run_;
    QAction* save_all_;
    QAction* clear_recent_;
    QMenu* recent_;
    QString last_problem_;
    QPointer<QMessageBox> problem_box_;
};

}  // namespace conclab::ui

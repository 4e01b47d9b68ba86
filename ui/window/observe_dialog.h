#pragma once
// File → Observe a program…: asks for the program, its arguments and the folder to run it in.
// The program is started directly (no shell): the arguments are split as a shell would split
// them (quotes group words), but nothing is expanded.
#include <QDialog>
#include <string>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace conclab::ui {

class ObserveDialog : public QDialog {
    Q_OBJECT
public:
    explicit ObserveDialog(QWidget* parent = nullptr);

    void setProgram(const QString& program);
    void setArguments(const QString& arguments);
    void setWorkingFolder(const QString& folder);
    QString program() const;
    QString arguments() const;
    QString workingFolder() const;
    // The argument list to start: the program, then the arguments split into words.
    std::vector<std::string> command() const;

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    void updateOk();

    QLabel* intro_;
    QLabel* program_label_;
    QLabel* arguments_label_;
    QLabel* folder_label_;
    QLineEdit* program_;
    QLineEdit* arguments_;
    QLineEdit* folder_;
    QPushButton* browse_program_;
    QPushButton* browse_folder_;
    QDialogButtonBox* buttons_;
};

}  // namespace conclab::ui

#include "ui/window/observe_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>

namespace conclab::ui {

ObserveDialog::ObserveDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("ObserveDialog"));
    intro_ = new QLabel;
    intro_->setWordWrap(true);
    program_label_ = new QLabel;
    arguments_label_ = new QLabel;
    folder_label_ = new QLabel;
    program_ = new QLineEdit;
    program_->setObjectName(QStringLiteral("ObserveProgram"));
    arguments_ = new QLineEdit;
    arguments_->setObjectName(QStringLiteral("ObserveArguments"));
    folder_ = new QLineEdit(QDir::currentPath());
    folder_->setObjectName(QStringLiteral("ObserveFolder"));
    program_label_->setBuddy(program_);
    arguments_label_->setBuddy(arguments_);
    folder_label_->setBuddy(folder_);
    browse_program_ = new QPushButton;
    browse_folder_ = new QPushButton;
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto* grid = new QGridLayout(this);
    grid->addWidget(intro_, 0, 0, 1, 3);
    grid->addWidget(program_label_, 1, 0);
    grid->addWidget(program_, 1, 1);
    grid->addWidget(browse_program_, 1, 2);
    grid->addWidget(arguments_label_, 2, 0);
    grid->addWidget(arguments_, 2, 1, 1, 2);
    grid->addWidget(folder_label_, 3, 0);
    grid->addWidget(folder_, 3, 1);
    grid->addWidget(browse_folder_, 3, 2);
    grid->addWidget(buttons_, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(program_, &QLineEdit::textChanged, this, &ObserveDialog::updateOk);
    connect(browse_program_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the program or script"), folder_->text());
        if (path.isEmpty()) return;
        // A Python script is run by python3; anything else is started itself.
        if (path.endsWith(QStringLiteral(".py"))) {
            program_->setText(QStringLiteral("python3"));
            arguments_->setText(QProcess::splitCommand(arguments_->text()).isEmpty()
                                    ? QLatin1Char('"') + path + QLatin1Char('"')
                                    : QLatin1Char('"') + path + QStringLiteral("\" ") + arguments_->text());
        } else {
            program_->setText(path);
        }
    });
    connect(browse_folder_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Run the program in this folder"), folder_->text());
        if (!dir.isEmpty()) folder_->setText(dir);
    });
    retranslate();
    updateOk();
    resize(640, sizeHint().height());
}

void ObserveDialog::retranslate() {
    setWindowTitle(tr("Observe a program"));
    intro_->setText(tr("The program is started directly, without a shell, and drawn live: a lane per thread of it and "
                       "of every process it starts and, for CPython, who really holds the GIL. Stop ends it and "
                       "everything it started."));
    program_label_->setText(tr("&Program:"));
    program_->setPlaceholderText(tr("python3, or the path of a program"));
    arguments_label_->setText(tr("&Arguments:"));
    arguments_->setPlaceholderText(tr("e.g. script.py 4 (quotes group words; nothing is expanded)"));
    folder_label_->setText(tr("&Folder:"));
    browse_program_->setText(tr("Choose…"));
    browse_folder_->setText(tr("Choose…"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Observe"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ObserveDialog::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(e);
}

void ObserveDialog::updateOk() { buttons_->button(QDialogButtonBox::Ok)->setEnabled(!program_->text().trimmed().isEmpty()); }

void ObserveDialog::setProgram(const QString& program) { program_->setText(program); }
void ObserveDialog::setArguments(const QString& arguments) { arguments_->setText(arguments); }
void ObserveDialog::setWorkingFolder(const QString& folder) { folder_->setText(folder); }
QString ObserveDialog::program() const { return program_->text().trimmed(); }
QString ObserveDialog::arguments() const { return arguments_->text(); }
QString ObserveDialog::workingFolder() const { return folder_->text().trimmed(); }

std::vector<std::string> ObserveDialog::command() const {
    std::vector<std::string> argv{QFile::encodeName(program()).toStdString()};
    for (const QString& word : QProcess::splitCommand(arguments())) argv.push_back(QFile::encodeName(word).toStdString());
    return argv;
}

}  // namespace conclab::ui

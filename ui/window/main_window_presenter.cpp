// MainWindow's Output pane, presenter mode (F11), high-contrast colours and the zoom keys: what
// a teacher needs in front of a class, all of it on the keyboard (kept apart from the window's
// layout code and its File/Run/Table actions).
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>

#include "ui/output/output_pane.h"
#include "ui/run/run_controller.h"
#include "ui/timeline/state_palette.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "ui/window/main_window.h"
#include "ui/window/presenter_mode.h"

namespace conclab::ui {

void MainWindow::createPresenterParts(QDockWidget* experiment_dock) {
    output_ = new OutputPane;
    output_dock_ = new QDockWidget(tr("Output"), this);
    output_dock_->setObjectName(QStringLiteral("OutputDock"));
    output_dock_->setWidget(output_);
    output_dock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, output_dock_);
    connect(controller_, &RunController::segmentsArrived, output_, &OutputPane::refresh);
    connect(output_, &OutputPane::momentHovered, this, [this](std::int64_t t, std::uint32_t lane) {
        timeline_->setMoment(MomentMark{t, lane});
    });
    connect(output_, &OutputPane::hoverEnded, this, [this] { timeline_->setMoment(std::nullopt); });
    connect(output_, &OutputPane::momentActivated, timeline_, &TimelineWidget::centreOn);

    presenter_ = new PresenterMode({this, timeline_, vertical_, {experiment_dock}}, this);
    presenter_action_ = new QAction(tr("&Presenter mode"), this);
    presenter_action_->setObjectName(QStringLiteral("presenterMode"));
    presenter_action_->setCheckable(true);
    presenter_action_->setShortcut(QKeySequence(Qt::Key_F11));
    presenter_action_->setToolTip(tr("Full screen with large text for a projector (F11)"));
    connect(presenter_action_, &QAction::toggled, presenter_, &PresenterMode::setOn);
    connect(presenter_, &PresenterMode::changed, presenter_action_, &QAction::setChecked);

    high_contrast_ = new QAction(tr("&High-contrast colours"), this);
    high_contrast_->setObjectName(QStringLiteral("highContrast"));
    high_contrast_->setCheckable(true);
    high_contrast_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F11));
    high_contrast_->setToolTip(tr("Stronger colours and black outlines for a washed-out projector (Shift+F11)"));
    connect(high_contrast_, &QAction::toggled, this, [this](bool on) {
        set_high_contrast(on);
        timeline_->update();
    });

    // Zoom about the middle of the view, for a teacher without a mouse wheel at hand.
    zoom_in_ = new QAction(tr("Zoom &in"), this);
    zoom_in_->setObjectName(QStringLiteral("zoomIn"));
    zoom_in_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal),
                            QKeySequence(Qt::Key_Plus)});
    connect(zoom_in_, &QAction::triggered, this, [this] { zoom_->zoomAbout(zoom_->view().width_px / 2.0, 1.5); });
    zoom_out_ = new QAction(tr("Zoom &out"), this);
    zoom_out_->setObjectName(QStringLiteral("zoomOut"));
    zoom_out_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(Qt::Key_Minus)});
    connect(zoom_out_, &QAction::triggered, this, [this] { zoom_->zoomAbout(zoom_->view().width_px / 2.0, 1.0 / 1.5); });
    // Reachable by key even when the menu bar is not (full screen, a focused dock).
    addActions({presenter_action_, high_contrast_, zoom_in_, zoom_out_});
}

// The presenter parts' texts, in the language of the moment (from retranslate()).
void MainWindow::retranslatePresenterActions() {
    output_dock_->setWindowTitle(tr("Output"));
    presenter_action_->setText(tr("&Presenter mode"));
    presenter_action_->setToolTip(tr("Full screen with large text for a projector (F11)"));
    high_contrast_->setText(tr("&High-contrast colours"));
    high_contrast_->setToolTip(tr("Stronger colours and black outlines for a washed-out projector (Shift+F11)"));
    zoom_in_->setText(tr("Zoom &in"));
    zoom_out_->setText(tr("Zoom &out"));
}

void MainWindow::createPresenterMenu() {
    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    if (!view) view = menuBar()->addMenu(tr("&View"));
    view->addAction(zoom_in_);
    view->addAction(zoom_out_);
    view->addSeparator();
    view->addAction(presenter_action_);
    view->addAction(high_contrast_);
    view->addSeparator();
    view->addAction(output_dock_->toggleViewAction());
}

QList<QAction*> MainWindow::keyboardActions() const {
    QList<QAction*> actions;
    for (QAction* a : findChildren<QAction*>())
        if (!a->objectName().isEmpty()) actions << a;
    return actions;
}

}  // namespace conclab::ui

#include "ui/window/presenter_mode.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QToolBar>
#include <algorithm>
#include <cmath>

#include "ui/timeline/timeline_widget.h"

namespace conclab::ui {

int presenter_text_px(int screen_height) { return std::clamp(static_cast<int>(std::lround(screen_height / 45.0)), 14, 40); }

int presenter_timeline_px(int screen_height) {
    return std::clamp(static_cast<int>(std::lround(screen_height / 40.0)), 16, 48);
}

PresenterMode::PresenterMode(Parts parts, QObject* parent) : QObject(parent), parts_(std::move(parts)) {}

void PresenterMode::setOn(bool on) {
    if (on == on_) return;
    if (on)
        enter();
    else
        leave();
    on_ = on;
    emit changed(on_);
}

void PresenterMode::enter() {
    QMainWindow* w = parts_.window;
    geometry_ = w->saveGeometry();
    state_ = w->saveState();
    splitter_ = parts_.vertical ? parts_.vertical->saveState() : QByteArray();
    was_maximized_ = w->isMaximized();
    had_own_font_ = w->testAttribute(Qt::WA_SetFont);
    font_ = w->font();

    // Sizes from the screen the window is on: the projector's, not the laptop's.
    const QScreen* screen = w->screen();
    const int height = screen ? screen->geometry().height() : 1080;
    text_px_ = presenter_text_px(height);
    QFont big = w->font();
    big.setPixelSize(text_px_);
    w->setFont(big);
    parts_.timeline->setFontPxOverride(presenter_timeline_px(height));
    icon_sizes_.clear();
    for (QToolBar* bar : w->findChildren<QToolBar*>()) {
        icon_sizes_.append({bar, bar->iconSize()});
        bar->setIconSize(QSize(text_px_ * 3 / 2, text_px_ * 3 / 2));
    }
    for (QDockWidget* dock : parts_.put_away) dock->hide();
    w->showFullScreen();
    if (parts_.vertical) {
        // The timeline takes most of the height; the table stays, smaller.
        const int total = std::max(parts_.vertical->height(), 400);
        parts_.vertical->setSizes({total * 7 / 10, total * 3 / 10});
    }
}

void PresenterMode::leave() {
    QMainWindow* w = parts_.window;
    if (had_own_font_)
        w->setFont(font_);
    else
        w->setFont(QFont());  // follow the application's font again
    parts_.timeline->setFontPxOverride(0);
    for (const auto& [bar, size] : icon_sizes_)
        if (bar) bar->setIconSize(size);
    icon_sizes_.clear();
    if (was_maximized_)
        w->showMaximized();
    else
        w->showNormal();
    w->restoreGeometry(geometry_);
    w->restoreState(state_);
    if (parts_.vertical && !splitter_.isEmpty()) parts_.vertical->restoreState(splitter_);
    text_px_ = 0;
}

}  // namespace conclab::ui

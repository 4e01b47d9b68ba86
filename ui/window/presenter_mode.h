#pragma once
// Presenter mode (F11): the window full screen for a projector, text large enough to read from
// the back of a room (lane labels 24 px or more on a 1920×1080 screen), thick lanes, the
// lesson's question in large type, and the docks a class does not need put away. Leaving it
// brings back the window exactly as it was (geometry, docks, splitters, fonts).
#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>

class QDockWidget;
class QMainWindow;
class QSplitter;
class QToolBar;

namespace conclab::ui {

class TimelineWidget;

// Text sizes of presenter mode on a screen `screen_height` pixels tall.
int presenter_text_px(int screen_height);      // widgets: 24 px at 1080, 16 px at 720
int presenter_timeline_px(int screen_height);  // timeline labels and lanes: 27 px at 1080, 18 px at 720

class PresenterMode : public QObject {
    Q_OBJECT
public:
    struct Parts {
        QMainWindow* window = nullptr;
        TimelineWidget* timeline = nullptr;
        QSplitter* vertical = nullptr;      // timeline above, table and chart below
        QList<QDockWidget*> put_away;       // docks hidden while presenting (the experiment panel)
    };
    PresenterMode(Parts parts, QObject* parent = nullptr);

    bool isOn() const { return on_; }
    void setOn(bool on);
    void toggle() { setOn(!on_); }
    // The text size the window uses while presenting (0 when off).
    int textPx() const { return on_ ? text_px_ : 0; }

signals:
    void changed(bool on);

private:
    void enter();
    void leave();

    Parts parts_;
    bool on_ = false;
    int text_px_ = 0;
    // What leaving restores.
    QByteArray geometry_, state_, splitter_;
    QFont font_;
    bool had_own_font_ = false;
    bool was_maximized_ = false;
    QList<QPair<QPointer<QToolBar>, QSize>> icon_sizes_;
};

}  // namespace conclab::ui

#pragma once
// Shared helpers of the UI tests.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <string>
#include <vector>

#include "timeline/shared_timeline.h"
#include "ui/run/run_controller.h"

namespace conclab::test {

// Qt warnings since the last call (the test main collects every qWarning/qCritical).
std::vector<std::string> take_qt_warnings();

// Processes events until `condition` holds or `timeout_ms` passes; returns the condition.
template <class F>
bool wait_until(F condition, int timeout_ms) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeout_ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qWait(5);
    }
    return true;
}

// A run is going and its timeline already holds recorded segments: the window draws it live.
inline bool live_segments_arrived(const ui::RunController& controller) {
    const auto live = controller.liveTimeline();
    return controller.isRunning() && live && live->read()->segment_count() > 0;
}

}  // namespace conclab::test

#define REQUIRE_NO_QT_WARNINGS() REQUIRE(conclab::test::take_qt_warnings() == std::vector<std::string>{})

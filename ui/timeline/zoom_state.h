#pragma once
// The one zoom state every timeline view observes (like hotspot's FilterAndZoomStack): the data's
// time bounds, the visible TimeView, and whether the view follows a live run (auto-fit).
#include <QObject>
#include <cstdint>

#include "ui/timeline/time_view.h"

namespace conclab::ui {

class ZoomState : public QObject {
    Q_OBJECT
public:
    explicit ZoomState(QObject* parent = nullptr);

    const TimeView& view() const { return view_; }
    std::int64_t lo_ns() const { return lo_ns_; }
    std::int64_t hi_ns() const { return hi_ns_; }
    bool following() const { return follow_; }

    // New data bounds (a run started, grew, finished). When following, the view fits them.
    void setBounds(std::int64_t lo_ns, std::int64_t hi_ns);
    void setWidth(int width_px);
    void zoomAbout(double x, double factor);  // stops following
    void panBy(double dx_px);                 // stops following
    void fit();                               // follows again

signals:
    void changed();

private:
    void apply(TimeView v);
    TimeView view_;
    std::int64_t lo_ns_ = 0;
    std::int64_t hi_ns_ = 1'000'000;
    bool follow_ = true;
};

}  // namespace conclab::ui

#pragma once
// Pictures for slides and handouts: the timeline (drawn by paint_timeline at the requested size)
// or the whole window, as PNG, SVG or PDF, with a caption. Written through QSaveFile, so a failed
// export leaves no partial file. Functions return an empty string on success, else the reason.
#include <QImage>
#include <QSize>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>

#include "ui/timeline/timeline_painter.h"

class QPainter;
class QWidget;

namespace conclab {
class TimelineStore;
}

namespace conclab::ui {

enum class PictureFormat { Png, Svg, Pdf };
std::optional<PictureFormat> picture_format_for(const QString& path);  // by suffix

// Draws `paint` (which fills a `size` area from (0,0)) into a picture file of that size.
QString write_picture(const QString& path, QSize size, const QString& title,
                      const std::function<void(QPainter&)>& paint);

QImage render_timeline_image(QSize size, const TimelineStore& store, std::int64_t t0_ns, std::int64_t t1_ns,
                             const TimelinePaintOptions& options);
QString export_timeline_picture(const QString& path, QSize size, const TimelineStore& store, std::int64_t t0_ns,
                                std::int64_t t1_ns, TimelinePaintOptions options);
// The window as it looks, with the caption above it.
QString export_widget_picture(const QString& path, QWidget& widget, const QString& caption);

}  // namespace conclab::ui

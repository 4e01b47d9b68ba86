#include "ui/export/picture_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include "timeline/timeline_store.h"
#include "ui/text/translate.h"
#include "ui/timeline/state_palette.h"
#include "ui/timeline/text_font.h"

namespace conclab::ui {
namespace {

QString cannot_write(const QString& path, const QString& why) {
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

}  // namespace

std::optional<PictureFormat> picture_format_for(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return PictureFormat::Png;
    if (suffix == QLatin1String("svg")) return PictureFormat::Svg;
    if (suffix == QLatin1String("pdf")) return PictureFormat::Pdf;
    return std::nullopt;
}

QString write_picture(const QString& path, QSize size, const QString& title,
                      const std::function<void(QPainter&)>& paint) {
    const auto format = picture_format_for(path);
    if (!format) return cannot_write(path, tr("the name must end in .png, .svg or .pdf"));
    if (size.width() < 1 || size.height() < 1) return cannot_write(path, tr("the picture would be empty"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannot_write(path, file.errorString());
    bool ok = true;
    switch (*format) {
        case PictureFormat::Png: {
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::white);
            {
                QPainter p(&image);
                paint(p);
            }
            ok = image.save(&file, "PNG");
            break;
        }
        case PictureFormat::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setResolution(96);
            svg.setTitle(title);
            svg.setDescription(title);
            QPainter p;
            ok = p.begin(&svg);
            if (ok) {
                paint(p);
                ok = p.end();
            }
            break;
        }
        case PictureFormat::Pdf: {
            QPdfWriter pdf(&file);
            pdf.setResolution(96);
            pdf.setTitle(title);
            pdf.setCreator(QStringLiteral("Concurrency Lab"));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setPageSize(QPageSize(QSizeF(size.width() * 0.75, size.height() * 0.75), QPageSize::Point,
                                      QString(), QPageSize::ExactMatch));
            QPainter p;
            ok = p.begin(&pdf);
            if (ok) {
                p.scale(pdf.width() / static_cast<double>(size.width()), pdf.height() / static_cast<double>(size.height()));
                paint(p);
                ok = p.end();
            }
            break;
        }
    }
    if (!ok) {
        file.cancelWriting();
        file.commit();
        return cannot_write(path, tr("the picture could not be encoded"));
    }
    if (!file.commit()) return cannot_write(path, file.errorString());
    return {};
}

QImage render_timeline_image(QSize size, const TimelineStore& store, std::int64_t t0_ns, std::int64_t t1_ns,
                             const TimelinePaintOptions& options) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    const auto g = compute_geometry(store.layout(), QRect(QPoint(0, 0), size), options, &p);
    paint_timeline(p, g, &store, t0_ns, t1_ns, options);
    return image;
}

QString export_timeline_picture(const QString& path, QSize size, const TimelineStore& store, std::int64_t t0_ns,
                                std::int64_t t1_ns, TimelinePaintOptions options) {
    return write_picture(path, size, options.caption, [&](QPainter& p) {
        const auto g = compute_geometry(store.layout(), QRect(QPoint(0, 0), size), options, &p);
        paint_timeline(p, g, &store, t0_ns, t1_ns, options);
    });
}

QString export_widget_picture(const QString& path, QWidget& widget, const QString& caption) {
    const QFont font = text_font(16, true);
    const QFontMetrics fm(font);
    const int pad = 8;
    const int width = widget.width();
    const int caption_h = fm.boundingRect(QRect(0, 0, width - 2 * pad, 10000), Qt::TextWordWrap, caption).height() + 2 * pad;
    const QSize size(width, widget.height() + caption_h);
    const bool raster = picture_format_for(path) == PictureFormat::Png;
    const QPixmap pixmap = raster ? widget.grab() : QPixmap();
    return write_picture(path, size, caption, [&](QPainter& p) {
        p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        p.setFont(font);
        p.setPen(ink_color());
        p.drawText(QRect(pad, pad, width - 2 * pad, caption_h - 2 * pad), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                   caption);
        if (raster)
            p.drawPixmap(QRect(0, caption_h, width, widget.height()), pixmap);
        else
            widget.render(&p, QPoint(0, caption_h), QRegion(), QWidget::DrawChildren);
    });
}

}  // namespace conclab::ui

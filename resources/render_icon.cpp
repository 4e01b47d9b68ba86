// Build-time helper: renders the program's SVG icon as a PNG of one size, for the hicolor icon
// theme's fixed-size folders (16x16 ... 256x256). The theme specification asks for at least a
// 48x48 PNG, and some menus and panels do not draw SVG icons. Qt renders it, so the build needs
// nothing beyond the Qt SVG it already uses.
//   conclab_render_icon <icon.svg> <size in pixels> <out.png>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s ICON.svg SIZE OUT.png\n", argv[0]);
        return 2;
    }
    QGuiApplication app(argc, argv);  // the offscreen platform (set by the build) is enough
    const QString svg = QString::fromLocal8Bit(argv[1]);
    bool size_ok = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&size_ok);
    if (!size_ok || size < 1 || size > 1024) {
        std::fprintf(stderr, "render_icon: size '%s' is not a whole number of pixels from 1 to 1024\n", argv[2]);
        return 2;
    }
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render_icon: %s is not an SVG picture Qt can draw\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    if (!image.save(QString::fromLocal8Bit(argv[3]), "PNG")) {
        std::fprintf(stderr, "render_icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}

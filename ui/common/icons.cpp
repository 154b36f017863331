#include "common/icons.h"

#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace anxin::ui {

namespace {
QPixmap render(const QString &svgPath, QSize size, int scale, const QColor &colour)
{
    QImageReader reader(svgPath);
    reader.setScaledSize(size * scale);
    QImage image = reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    QPainter p(&image);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(image.rect(), colour);
    p.end();
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}
} // namespace

QIcon tintedIcon(const QString &svgPath, const QPalette &palette, QSize size)
{
    QColor normal = palette.color(QPalette::WindowText);
    normal.setAlphaF(0.72f);
    const QColor selected = palette.color(QPalette::HighlightedText);
    QIcon icon;
    for (int scale : {1, 2, 3}) {
        const QPixmap n = render(svgPath, size, scale, normal);
        if (n.isNull())
            return QIcon(svgPath); // no SVG image plugin: the icon engine may still draw it
        icon.addPixmap(n, QIcon::Normal);
        icon.addPixmap(render(svgPath, size, scale, selected), QIcon::Selected);
    }
    return icon;
}

} // namespace anxin::ui

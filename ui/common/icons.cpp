#include "common/icons.h"

#include "common/bands.h"
#include "common/typography.h"

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

// The SVG in `colour` at 1x, 2x and 3x into `icon` for `mode`; false when no SVG image plugin could read it.
bool addScaled(QIcon &icon, const QString &svgPath, QSize size, const QColor &colour, QIcon::Mode mode)
{
    for (int scale : {1, 2, 3}) {
        const QPixmap p = render(svgPath, size, scale, colour);
        if (p.isNull())
            return false;
        icon.addPixmap(p, mode);
    }
    return true;
}
// Draws a button's tool icon in its text colour: a suggested action's white label on the accent gets a white icon.
void applyToolIcon(QAbstractButton *button)
{
    QPalette palette = button->palette();
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setColor(group, QPalette::WindowText, palette.color(group, QPalette::ButtonText));
    // A disabled button's palette() reads the disabled colours; the icon is drawn in the enabled ones and the style
    // greys it while the button is disabled, so enabling it needs no redraw.
    palette.setCurrentColorGroup(QPalette::Active);
    button->setIcon(tintedIcon(button->property(kToolIconProperty).toString(), palette, button->iconSize()));
}
} // namespace

void setToolIcon(QAbstractButton *button, const QString &svgPath)
{
    const bool watched = button->property(kToolIconProperty).isValid();
    button->setProperty(kToolIconProperty, svgPath);
    if (!watched) // a button without a palette of its own hears of a new theme through its own PaletteChange
        onPaletteChange(button, button, [button] { applyToolIcon(button); });
    applyToolIcon(button);
}

const char *linkStateKey(LinkState state)
{
    switch (state) {
    case LinkState::Online:
        return "online";
    case LinkState::Syncing:
        return "syncing";
    case LinkState::Offline:
        return "offline";
    case LinkState::Attention:
        return "attention";
    case LinkState::NotYet:
        return "not_yet";
    }
    return "";
}

QIcon linkStateIcon(LinkState state, const QPalette &palette, QSize size)
{
    const bool dark = isDark(palette);
    QString path;
    QColor colour;
    switch (state) {
    case LinkState::Online:
        path = QStringLiteral(":/icons/online.svg");
        colour = dark ? QColor(0x5c, 0xc3, 0x7a) : QColor(0x2e, 0x7d, 0x32);
        break;
    case LinkState::Syncing:
        path = QStringLiteral(":/icons/syncing.svg");
        colour = palette.color(QPalette::Link);
        break;
    case LinkState::Offline:
    case LinkState::NotYet:
        path = QStringLiteral(":/icons/offline.svg");
        colour = palette.color(QPalette::PlaceholderText);
        break;
    case LinkState::Attention:
        path = QStringLiteral(":/icons/attention.svg");
        colour = bandColor(core::DeadlineBand::Under1h, palette);
        break;
    }
    QIcon icon;
    return addScaled(icon, path, size, colour, QIcon::Normal) ? icon : QIcon(path);
}

QIcon tintedIcon(const QString &svgPath, const QPalette &palette, QSize size)
{
    QColor normal = palette.color(QPalette::WindowText);
    normal.setAlphaF(0.72f);
    const QColor selected = palette.color(QPalette::HighlightedText);
    QIcon icon;
    if (!addScaled(icon, svgPath, size, normal, QIcon::Normal) ||
        !addScaled(icon, svgPath, size, selected, QIcon::Selected))
        return QIcon(svgPath); // no SVG image plugin: the icon engine may still draw it
    return icon;
}

} // namespace anxin::ui

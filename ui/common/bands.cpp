#include "common/bands.h"

#include "common/typography.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace anxin::ui {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

QColor bandColor(core::DeadlineBand band, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (band) {
    case core::DeadlineBand::Overdue:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    // Each readable as text on the list's rows (contrast at least 4.5:1 on Base and AlternateBase, tst_accessibility).
    case core::DeadlineBand::Under1h:
        return dark ? QColor(0xff, 0xa0, 0x4d) : QColor(0xa6, 0x52, 0x00);
    case core::DeadlineBand::Under4h:
        return dark ? QColor(0xf5, 0xc8, 0x42) : QColor(0x8a, 0x65, 0x00);
    case core::DeadlineBand::Under24h:
        return palette.color(QPalette::Text);
    case core::DeadlineBand::Later:
    case core::DeadlineBand::None:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

bool isUrgent(core::DeadlineBand band)
{
    return band == core::DeadlineBand::Overdue || band == core::DeadlineBand::Under1h ||
           band == core::DeadlineBand::Under4h;
}

QColor bandChipFill(core::DeadlineBand band, const QPalette &palette, QPalette::ColorRole behind)
{
    const QColor base = palette.color(behind);
    if (!isUrgent(band))
        return base;
    // The band's colour over the row, faint enough that the band's text keeps its contrast on it.
    const QColor ink = bandColor(band, palette);
    const float a = isDark(palette) ? 0.20f : 0.12f;
    return QColor::fromRgbF(base.redF() * (1 - a) + ink.redF() * a, base.greenF() * (1 - a) + ink.greenF() * a,
                            base.blueF() * (1 - a) + ink.blueF() * a);
}

QColor bandChipInk(core::DeadlineBand band, const QPalette &palette)
{
    const QColor ink = bandColor(band, palette);
    if (!isUrgent(band))
        return ink;
    if (!isDark(palette))
        return ink.darker(120);
    // Toward white: the light band colours lose contrast on a ground tinted with themselves.
    const float w = 0.35f;
    return QColor::fromRgbF(ink.redF() * (1 - w) + w, ink.greenF() * (1 - w) + w, ink.blueF() * (1 - w) + w);
}

namespace {
constexpr char kBandProperty[] = "deadlineBand";       // the band shown; none after clearBand
constexpr char kBandWatched[] = "deadlineBandWatched"; // repainted when the theme changes

void paintBand(QLabel *label, core::DeadlineBand band)
{
    const QPalette &palette = label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    const QColor ink = bandChipInk(band, palette);
    if (isUrgent(band))
        label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 4px; padding: 2px 6px; "
                                            "font-weight: bold; }")
                                 .arg(ink.name(), bandChipFill(band, palette, QPalette::Window).name()));
    else
        label->setStyleSheet(QStringLiteral("QLabel { color: %1; padding: 2px 0px; }").arg(ink.name()));
}

} // namespace

void showBand(QLabel *label, core::DeadlineBand band)
{
    // The label's own palette is set by its style sheet, so it is its parent that hears of a theme switch (an
    // application palette reaches each widget a turn after the application hears of it).
    if (!label->property(kBandWatched).toBool()) {
        label->setProperty(kBandWatched, true);
        QObject *watched = label->parentWidget() ? static_cast<QObject *>(label->parentWidget()) : qApp;
        onPaletteChange(label, watched, [label] {
            const QVariant shown = label->property(kBandProperty);
            if (shown.isValid())
                paintBand(label, core::DeadlineBand(shown.toInt()));
        });
    }
    label->setProperty(kBandProperty, int(band));
    paintBand(label, band);
}

void clearBand(QLabel *label)
{
    label->setProperty(kBandProperty, QVariant());
    label->setStyleSheet({});
}

QColor shipBandColor(core::ShipBand band, const QPalette &palette)
{
    switch (band) {
    case core::ShipBand::Overdue:
        return bandColor(core::DeadlineBand::Overdue, palette);
    case core::ShipBand::Under4h:
        return bandColor(core::DeadlineBand::Under1h, palette);
    case core::ShipBand::Under12h:
        return bandColor(core::DeadlineBand::Under4h, palette);
    case core::ShipBand::Under24h:
        return bandColor(core::DeadlineBand::Under24h, palette);
    case core::ShipBand::Later:
        return bandColor(core::DeadlineBand::Later, palette);
    }
    return palette.color(QPalette::Text);
}

BandDelegate::BandDelegate(int bandRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_bandRole(bandRole)
{}

namespace {
// A chip: the dot and the text on a rounded, faintly tinted ground (urgent bands), its padding kept by every row so
// the texts line up whether or not they have a chip.
constexpr int kLeftMargin = 3, kChipPad = 5, kDotLane = 12, kRightMargin = 3;
} // namespace

QFont BandDelegate::textFont(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto band = core::DeadlineBand(index.data(m_bandRole).toInt());
    QFont f = option.font;
    f.setBold(band == core::DeadlineBand::Overdue || band == core::DeadlineBand::Under1h);
    return f;
}

QSize BandDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(kLeftMargin + kChipPad + kDotLane + QFontMetrics(textFont(opt, index)).horizontalAdvance(opt.text) +
                  kChipPad + kRightMargin);
    return size;
}

void BandDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto band = core::DeadlineBand(index.data(m_bandRole).toInt());
    const QColor colour = bandColor(band, opt.palette);
    const QString text = opt.text;
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont f = textFont(opt, index);
    const QFontMetrics fm(f);
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect r = opt.rect.adjusted(kLeftMargin, 0, -kRightMargin, 0);
    const QString shown = fm.elidedText(text, Qt::ElideRight, r.width() - 2 * kChipPad - kDotLane);
    if (isUrgent(band)) {
        const int h = std::min(r.height() - 4, fm.height() + 6);
        const QRect chip(r.left(), r.center().y() - h / 2 + 1,
                         std::min(r.width(), 2 * kChipPad + kDotLane + fm.horizontalAdvance(shown)), h);
        const auto behind = (opt.features & QStyleOptionViewItem::Alternate) ? QPalette::AlternateBase : QPalette::Base;
        QColor fill = bandChipFill(band, opt.palette, behind);
        if (selected) {
            fill = opt.palette.color(QPalette::HighlightedText);
            fill.setAlphaF(0.22f);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
    }
    if (band != core::DeadlineBand::None && band != core::DeadlineBand::Later) {
        const int d = 8;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(QRect(r.left() + kChipPad, r.center().y() - d / 2 + 1, d, d));
    }
    painter->setFont(f);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : bandChipInk(band, opt.palette));
    // Elided by the metrics of the face it is drawn in (a bold text cut by the regular face's width overflows).
    painter->drawText(r.adjusted(kChipPad + kDotLane, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
    painter->restore();
}

} // namespace anxin::ui

#include "common/bands.h"

#include <QPainter>

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
constexpr int kLeftMargin = 6, kDotLane = 14, kRightMargin = 4;
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
    size.setWidth(kLeftMargin + kDotLane + QFontMetrics(textFont(opt, index)).horizontalAdvance(opt.text) +
                  kRightMargin);
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
    const QRect r = opt.rect.adjusted(kLeftMargin, 0, -kRightMargin, 0);
    if (band != core::DeadlineBand::None && band != core::DeadlineBand::Later) {
        const int d = 8;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(QRect(r.left(), r.center().y() - d / 2, d, d));
    }
    const QFont f = textFont(opt, index);
    painter->setFont(f);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : colour);
    // Elided by the metrics of the face it is drawn in (a bold text cut by the regular face's width overflows).
    painter->drawText(r.adjusted(kDotLane, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(f).elidedText(text, Qt::ElideRight, r.width() - kDotLane));
    painter->restore();
}

} // namespace anxin::ui

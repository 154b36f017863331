#pragma once

#include "core/deadlines.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace anxin::ui {

// One palette for deadline bands everywhere (tickets, claims, shipping). Colour is never the only signal:
// the delegate always draws the band's text too.
QColor bandColor(core::DeadlineBand band, const QPalette &palette);
// A dark theme's palette (its window darker than mid-grey): the colours above and the score charts switch on it.
bool isDark(const QPalette &palette);
QColor shipBandColor(core::ShipBand band, const QPalette &palette);

// Draws the time-left cell: a coloured marker and the text, bold when overdue or under an hour.
class BandDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    BandDelegate(int bandRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // What paint() needs: the dot's lane, the text in the face it is drawn in (bold when overdue or under an hour),
    // the right margin. A column narrower than this cuts the text (tst_elision).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QFont textFont(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int m_bandRole;
};

} // namespace anxin::ui

#pragma once

#include "core/deadlines.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

class QLabel;

namespace anxin::ui {

// One palette for deadline bands everywhere (tickets, claims, shipping). Colour is never the only signal:
// the delegate always draws the band's text too.
QColor bandColor(core::DeadlineBand band, const QPalette &palette);
// A dark theme's palette (its window darker than mid-grey): the colours above and the score charts switch on it.
bool isDark(const QPalette &palette);
QColor shipBandColor(core::ShipBand band, const QPalette &palette);
// Overdue, under an hour, under four hours: the bands that ask for action now. They are drawn as chips (the text on a
// faint ground of the band's colour) so they stand out from the calm rows; the others as plain text.
bool isUrgent(core::DeadlineBand band);
// The chip's ground over `behind` (Base or AlternateBase in a list, Window on a pane); `behind` itself when the band
// has no chip. The band's text keeps a contrast of at least 4.5:1 on it (tst_accessibility).
QColor bandChipFill(core::DeadlineBand band, const QPalette &palette, QPalette::ColorRole behind);
// The text's colour: on a chip a little darker (light) or lighter (dark) than the band's colour; the band's colour
// otherwise.
QColor bandChipInk(core::DeadlineBand band, const QPalette &palette);
// A detail pane's deadline line in its band: a chip when urgent, the band's colour otherwise; redrawn in the new
// colours when the theme changes. clearBand makes it plain text again (a closed ticket).
void showBand(QLabel *label, core::DeadlineBand band);
void clearBand(QLabel *label);

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

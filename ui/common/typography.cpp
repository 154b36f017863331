#include "common/typography.h"

#include <QLabel>
#include <QPushButton>

namespace anxin::ui {

QLabel *boldLabel(QWidget *parent, double scale)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    l->setFont(f);
    return l;
}

void styleAsLink(QPushButton *button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    QPalette p = button->palette();
    p.setColor(QPalette::ButtonText, p.color(QPalette::Link));
    button->setPalette(p);
    QFont f = button->font();
    f.setUnderline(true);
    button->setFont(f);
}

} // namespace anxin::ui

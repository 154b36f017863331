#include "common/typography.h"

#include <QLabel>

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

} // namespace anxin::ui

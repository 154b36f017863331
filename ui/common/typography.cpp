#include "common/typography.h"

#include <QApplication>
#include <QEvent>
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

namespace {

void tintAsLink(QPushButton *button)
{
    QPalette p = button->palette();
    p.setColor(QPalette::ButtonText, QApplication::palette().color(QPalette::Link));
    button->setPalette(p);
}

// Keeps a link-styled button in the link colour of the theme in force (Settings → Colours switches it live): the
// application hears of every new palette, a widget with a palette of its own does not.
class LinkTint : public QObject
{
public:
    explicit LinkTint(QPushButton *button)
        : QObject(button)
        , m_button(button)
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            tintAsLink(m_button);
        return false;
    }

private:
    QPushButton *m_button;
};

} // namespace

void styleAsLink(QPushButton *button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    tintAsLink(button);
    new LinkTint(button);
    QFont f = button->font();
    f.setUnderline(true);
    button->setFont(f);
}

} // namespace anxin::ui

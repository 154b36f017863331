#include "common/typography.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace anxin::ui {

double textScale(TextRole role)
{
    switch (role) {
    case TextRole::PageTitle:
        return 1.5;
    case TextRole::PaneTitle:
        return 1.25;
    case TextRole::Section:
        return 1.0;
    case TextRole::Figure:
        return 1.4;
    }
    return 1.0;
}

void setTextRole(QWidget *widget, TextRole role)
{
    QFont f = QApplication::font(widget);
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * textScale(role));
    widget->setFont(f);
    widget->setProperty("textRole", int(role));
}

QLabel *textLabel(QWidget *parent, TextRole role)
{
    auto *l = new QLabel(parent);
    setTextRole(l, role);
    return l;
}

QLabel *boldLabel(QWidget *parent)
{
    return textLabel(parent, TextRole::Section);
}

void setMargins(QLayout *layout, const int (&m)[4])
{
    layout->setContentsMargins(m[0], m[1], m[2], m[3]);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace {

void tintAsLink(QPushButton *button)
{
    QPalette p = button->palette();
    p.setColor(QPalette::ButtonText, QApplication::palette().color(QPalette::Link));
    button->setPalette(p);
}

// The colour a style paints for a button of colour `c`. Fusion lightens a dark button colour by (180 - grey) / 6 per
// cent, takes a quarter of its saturation away (qfusionstyle.cpp, buttonColor()) and fills the face with a gradient
// from 124 % to 102 % of that, darkened 4 % (qt_fusion_gradient): the label's ground is taken at 118 %, a little
// above the middle. The other styles paint the palette's colour or their own.
QColor paintedButton(const QColor &c, const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle(); // the themes' Fusion with outlined check boxes
    if (!style || style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return c;
    QColor b = c.lighter(100 + std::max(1, (180 - qGray(c.rgb())) / 6));
    b.setHsv(b.hue(), int(b.saturation() * 0.75), b.value());
    return b.darker(104).lighter(118);
}

void tintAsPrimary(QPushButton *button)
{
    if (!button->property(kPrimaryProperty).toBool()) {
        // Nothing of its own: the parent's palette and font again.
        button->setPalette(QPalette());
        button->setFont(QFont());
        return;
    }
    QPalette p = QApplication::palette(button);
    // Active and inactive windows only: a disabled primary action greys out like any other button.
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = p.color(group, QPalette::HighlightedText);
        QColor fill = p.color(group, QPalette::Highlight);
        // The accent deepened (or lightened, under dark text) until its label reads as body text does (4.5:1) on
        // what the style paints: Fusion's light accent under white is 3.6:1, and Fusion paints it lighter still.
        for (int i = 0; i < 24 && contrastRatio(text, paintedButton(fill, button)) < 4.5; ++i)
            fill = text.lightness() > 128 ? fill.darker(108) : fill.lighter(108);
        p.setColor(group, QPalette::Button, fill);
        p.setColor(group, QPalette::ButtonText, text);
    }
    button->setPalette(p);
    QFont f = button->parentWidget() ? button->parentWidget()->font() : QApplication::font(button);
    f.setBold(true);
    button->setFont(f);
}

class PaletteWatch : public QObject
{
public:
    PaletteWatch(QObject *owner, QObject *watched, std::function<void()> apply)
        : QObject(owner)
        , m_watched(watched)
        , m_change(watched == qApp ? QEvent::ApplicationPaletteChange : QEvent::PaletteChange)
        , m_apply(std::move(apply))
    {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_watched && event->type() == m_change)
            m_apply();
        return false;
    }

private:
    QObject *m_watched;
    QEvent::Type m_change;
    std::function<void()> m_apply;
};

} // namespace

void onPaletteChange(QObject *owner, QObject *watched, std::function<void()> apply)
{
    new PaletteWatch(owner, watched, std::move(apply));
}

void setPrimary(QPushButton *button, bool primary)
{
    constexpr char kTinted[] = "anxinPrimaryTint";
    const QVariant was = button->property(kPrimaryProperty);
    if (was.isValid() && was.toBool() == primary)
        return;
    button->setProperty(kPrimaryProperty, primary);
    if (primary && !button->property(kTinted).toBool()) {
        // A button with a palette of its own: the application hears of every new palette, the button does not.
        onPaletteChange(button, qApp, [button] { tintAsPrimary(button); });
        button->setProperty(kTinted, true);
    }
    if (button->property(kTinted).toBool())
        tintAsPrimary(button);
}

void styleAsLink(QPushButton *button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    tintAsLink(button);
    onPaletteChange(button, qApp, [button] { tintAsLink(button); });
    QFont f = button->font();
    f.setUnderline(true);
    button->setFont(f);
}

} // namespace anxin::ui

#pragma once

class QColor;
class QLabel;
class QPushButton;
class QWidget;

namespace anxin::ui {

// A label in the bold face the pages use for section titles; `scale` enlarges it for a page heading.
QLabel *boldLabel(QWidget *parent, double scale = 1.0);

// A button that reads as a link (the palette's link colour, underlined, a pointing hand), for a secondary action
// inside text ("How is this computed?"); still a button for the keyboard and screen readers.
void styleAsLink(QPushButton *button);

// WCAG's contrast ratio of two colours (1 to 21); body text wants at least 4.5.
double contrastRatio(const QColor &a, const QColor &b);

// The one action a detail pane suggests first (approve at the review step, confirm receipt once the parcel is back):
// filled in the theme's accent (deepened where its label would not read), bold; the others stay plain buttons.
// Switching it off gives the plain look back. The button's "primary" property says which it is (tests, style sheets).
inline constexpr char kPrimaryProperty[] = "primary";
void setPrimary(QPushButton *button, bool primary);

} // namespace anxin::ui

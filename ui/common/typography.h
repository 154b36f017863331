#pragma once

class QLabel;
class QPushButton;
class QWidget;

namespace anxin::ui {

// A label in the bold face the pages use for section titles; `scale` enlarges it for a page heading.
QLabel *boldLabel(QWidget *parent, double scale = 1.0);

// A button that reads as a link (the palette's link colour, underlined, a pointing hand), for a secondary action
// inside text ("How is this computed?"); still a button for the keyboard and screen readers.
void styleAsLink(QPushButton *button);

} // namespace anxin::ui

#pragma once

class QLabel;
class QWidget;

namespace anxin::ui {

// A label in the bold face the pages use for section titles; `scale` enlarges it for a page heading.
QLabel *boldLabel(QWidget *parent, double scale = 1.0);

} // namespace anxin::ui

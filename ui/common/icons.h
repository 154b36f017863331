#pragma once

#include <QIcon>
#include <QPalette>
#include <QSize>
#include <QString>

namespace anxin::ui {

// A monochrome SVG icon tinted for the palette, so it reads on light and dark backgrounds and on a selected
// (highlighted) row: the window text colour normally, the highlighted-text colour when selected. Rendered at 1x,
// 2x and 3x so it stays crisp on HiDPI screens.
QIcon tintedIcon(const QString &svgPath, const QPalette &palette, QSize size);

} // namespace anxin::ui

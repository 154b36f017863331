#pragma once

#include <QString>

namespace anxin::ui {

// Colours: "system" keeps the desktop's own style and palette (light or dark as the desktop is set), "light" and
// "dark" use the Fusion style with a fixed palette, legible on every platform. Widgets only use palette roles, so
// switching applies at once without a restart.
void applyTheme(const QString &choice);
QString currentTheme();

} // namespace anxin::ui

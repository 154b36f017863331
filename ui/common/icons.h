#pragma once

#include <QAbstractButton>
#include <QIcon>
#include <QPalette>
#include <QSize>
#include <QString>

namespace anxin::ui {

// A monochrome SVG icon tinted for the palette, so it reads on light and dark backgrounds and on a selected
// (highlighted) row: the window text colour normally, the highlighted-text colour when selected. Rendered at 1x,
// 2x and 3x so it stays crisp on HiDPI screens.
QIcon tintedIcon(const QString &svgPath, const QPalette &palette, QSize size);

// Gives a toolbar button an icon from the set (":/icons/export.svg"), tinted like the rail's and redrawn whenever
// the button's palette changes (Settings → Colours switches the theme live). The words stay: icon beside text.
void setToolIcon(QAbstractButton *button, const QString &svgPath);
inline constexpr char kToolIconProperty[] = "toolIcon"; // the SVG a button's icon is drawn from (tests)

// A shop's connection as the status bar shows it: an icon beside the words, never the icon alone.
enum class LinkState
{
    Online,    // synced, nothing running
    Syncing,   // a sync is running
    Offline,   // no network: a state, not an error (grey, never red)
    Attention, // needs re-authorization, or the sync stopped: something to do (amber)
    NotYet     // no shop, or never synced
};
const char *linkStateKey(LinkState state); // "online", "syncing", ... (tests, accessibility)
// The state's shape in its colour for the palette (green, accent, grey, amber), at 1x, 2x and 3x.
QIcon linkStateIcon(LinkState state, const QPalette &palette, QSize size);

} // namespace anxin::ui

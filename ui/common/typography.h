#pragma once

#include <functional>

class QColor;
class QLabel;
class QLayout;
class QObject;
class QPushButton;
class QWidget;

namespace anxin::ui {

// The type scale, one step per rank: a page's title, a detail pane's title (what is open), a section inside a page or
// pane, and a headline figure (the Workbench's counts). All bold, sized from the application's font so the
// system's font size and a HiDPI screen carry through. The widget's "textRole" property names its role (tests).
enum class TextRole
{
    PageTitle, // 1.5 x
    PaneTitle, // 1.25 x
    Section,   // 1 x
    Figure     // 1.4 x
};
double textScale(TextRole role);
void setTextRole(QWidget *widget, TextRole role);
// A label in that role.
QLabel *textLabel(QWidget *parent, TextRole role);
// A label in the bold face the pages use for section titles (TextRole::Section).
QLabel *boldLabel(QWidget *parent);

// Spacing: a page's margins (pages of their own: Workbench, Pending sync, Settings, About), a list page's (lists
// run closer to the edges: After-sales, Claims, Shipping, Score) and a detail pane's.
inline constexpr int kPageMargins[4] = {24, 20, 24, 12};
inline constexpr int kListPageMargins[4] = {12, 10, 12, 6};
inline constexpr int kPaneMargins[4] = {12, 8, 12, 8};
void setMargins(QLayout *layout, const int (&margins)[4]);

// A button that reads as a link (the palette's link colour, underlined, a pointing hand), for a secondary action
// inside text ("How is this computed?"); still a button for the keyboard and screen readers.
void styleAsLink(QPushButton *button);

// Calls `apply` whenever `watched` takes new colours (Settings → Colours switches the theme live): its
// PaletteChange, or for qApp the application's ApplicationPaletteChange. A widget with a palette of its own (a
// tinted button, a label with a style sheet) hears of a new theme only through qApp or its parent. Lives as long as
// `owner`.
void onPaletteChange(QObject *owner, QObject *watched, std::function<void()> apply);

// WCAG's contrast ratio of two colours (1 to 21); body text wants at least 4.5.
double contrastRatio(const QColor &a, const QColor &b);

// The one action a detail pane suggests first (approve at the review step, confirm receipt once the parcel is back):
// filled in the theme's accent (deepened where its label would not read), bold; the others stay plain buttons.
// Switching it off gives the plain look back. The button's "primary" property says which it is (tests, style sheets).
inline constexpr char kPrimaryProperty[] = "primary";
void setPrimary(QPushButton *button, bool primary);

} // namespace anxin::ui

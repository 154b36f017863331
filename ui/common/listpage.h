#pragma once

#include "core/result.h"
#include "core/settings.h"

#include <QAbstractItemView>
#include <QList>

#include <functional>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace anxin::ui {

// What every list page (After-sales, Claims, Shipping) shares, built once.

// The list's look: whole rows selected, sortable (by `sortColumn`, ascending, at first), no row numbers,
// one-line rows of 28 px, alternating row colours, a header that does not light up with the selection.
void setUpListTable(QTableView *table, const QString &objectName, QAbstractItemView::SelectionMode mode,
                    int sortColumn);
// `column` takes the room the other columns leave in the view, never less than its own width (the page's, or the
// one the user dragged it to, remembered with the header); past that the list scrolls sideways. On a wide screen
// the product's name reads whole instead of the last column stretching. Call after rememberHeader.
void fillWithColumn(QTableView *table, int column);
// The quiet, centred, wrapped sentence shown in place of an empty list; showEmptyState() switches between them.
// Its links (pageLink) open, by mouse or keyboard.
void setUpEmptyState(QLabel *label, const QString &objectName);
// A link to another page of the window inside a sentence ("anxin:page/settings"): the main window handles the
// scheme (QDesktopServices::setUrlHandler). `pageKey` as in the page registry ("settings", "pending", ...).
inline constexpr char kInternalScheme[] = "anxin";
QString pageLink(const char *pageKey, const QString &text);
// "Connect a shop in Settings" as a link to Settings: what every page without a shop offers.
QString connectShopLink();
// A label whose links open (mouse, Tab and Enter): the window's own pages and web addresses; a "Try again" link
// (retryLink) calls what onRetry gave it.
void openLinksIn(QLabel *label);
// What a list shows when the local cache could not be read: why and what to do (errorText), and "Try again".
QString readFailedText(const core::Error &error);
QString retryLink();
void onRetry(QLabel *label, const std::function<void()> &retry);
void showEmptyState(QTableView *table, QLabel *emptyState, bool empty);
// A search field that runs `apply` `delayMs` after the last keystroke.
void debounceSearch(QLineEdit *field, QTimer *debounce, int delayMs, const std::function<void()> &apply);
// List on the left (3 parts), detail on the right (2 parts); the split is remembered per profile under `key`
// (`defaultSizes` until the user moves it).
void setUpMasterDetail(QSplitter *splitter, QWidget *list, QWidget *detail, const QString &objectName,
                       core::Settings &settings, const core::SettingKey<QByteArray> &key,
                       const QList<int> &defaultSizes);
// The page's one content widget with the pages' margins.
void fillPage(QWidget *page, QWidget *content);

} // namespace anxin::ui

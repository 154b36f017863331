#pragma once

#include "core/settings.h"

#include <QList>

class QSplitter;
class QTableView;

namespace anxin::ui {

// The one home for remembering how the user arranged a page, per profile, under a typed key.

// A table's header: column widths, order and sort come back now (the sort re-applied to the model, which
// QHeaderView::restoreState() alone does not do) and are saved on every change. False when nothing usable was
// remembered (the caller's default widths stand).
bool rememberHeader(QTableView *table, core::Settings &settings, const core::SettingKey<QByteArray> &key);
// A column that fills the room the others leave (fillWithColumn) is saved at the width of its own, not at the width
// the window gave it: the header names it and its width in these properties.
inline constexpr char kFillColumnProperty[] = "anxinFillColumn";
inline constexpr char kFillBaseProperty[] = "anxinFillBase";
// A splitter's pane sizes: restored now, or `defaultSizes` when nothing usable was remembered; saved when moved.
void rememberSplitter(QSplitter *splitter, core::Settings &settings, const core::SettingKey<QByteArray> &key,
                      const QList<int> &defaultSizes);

} // namespace anxin::ui

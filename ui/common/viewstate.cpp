#include "common/viewstate.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

namespace anxin::ui {

bool rememberHeader(QTableView *table, core::Settings &settings, const core::SettingKey<QByteArray> &key)
{
    QHeaderView *header = table->horizontalHeader();
    const QByteArray state = settings.get(key);
    const bool restored = !state.isEmpty() && header->restoreState(state);
    if (restored && table->isSortingEnabled())
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const auto save = [header, &settings, key] { settings.set(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    return restored;
}

void rememberSplitter(QSplitter *splitter, core::Settings &settings, const core::SettingKey<QByteArray> &key,
                      const QList<int> &defaultSizes)
{
    const QByteArray state = settings.get(key);
    if (state.isEmpty() || !splitter->restoreState(state))
        splitter->setSizes(defaultSizes);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, &settings, key] { settings.set(key, splitter->saveState()); });
}

} // namespace anxin::ui

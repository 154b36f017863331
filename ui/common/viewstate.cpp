#include "common/viewstate.h"

#include <QHeaderView>
#include <QSignalBlocker>
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
    // Saved with every section shown: the pages hide columns by what the data holds (one shop, no team), and Qt 6.4
    // writes two neighbouring hidden sections into a state it then refuses to read back (the merchant's order, widths
    // and sort were lost on the next start). Shown and hidden again with the header's signals blocked: the view sees
    // no change.
    const auto save = [header, &settings, key] {
        QList<int> hidden;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                hidden << i;
        }
        if (hidden.isEmpty()) {
            settings.set(key, header->saveState());
            return;
        }
        const QSignalBlocker block(header);
        for (int i : std::as_const(hidden))
            header->setSectionHidden(i, false);
        settings.set(key, header->saveState());
        for (int i : std::as_const(hidden))
            header->setSectionHidden(i, true);
    };
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

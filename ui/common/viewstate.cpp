#include "common/viewstate.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>

#include <memory>

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
    // and sort were lost on the next start). A filling column is saved at its own width. Both changed and changed
    // back with the header's signals blocked: the view sees nothing.
    auto last = std::make_shared<QByteArray>(state);
    const auto save = [header, &settings, key, last] {
        QList<int> hidden;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                hidden << i;
        }
        const int fill =
            header->property(kFillColumnProperty).isValid() ? header->property(kFillColumnProperty).toInt() : -1;
        const int filled = fill >= 0 && fill < header->count() ? header->sectionSize(fill) : -1;
        QByteArray now;
        {
            const QSignalBlocker block(header);
            for (int i : std::as_const(hidden))
                header->setSectionHidden(i, false);
            if (filled >= 0)
                header->resizeSection(fill, header->property(kFillBaseProperty).toInt());
            now = header->saveState();
            if (filled >= 0)
                header->resizeSection(fill, filled);
            for (int i : std::as_const(hidden))
                header->setSectionHidden(i, true);
        }
        if (now == *last)
            return; // a window's resize refills the column: the same state, not written again
        *last = now;
        settings.set(key, now);
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

#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "models/lazyreload.h"
#include "models/rowwindow.h"
#include "store/shippingrepository.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace anxin::store {
class Database;
}

namespace anxin::models {

class CacheReader;

// The Shipping board, windowed like the ticket list: rowCount from COUNT(*) under the filter (served by the
// orders_board index), rows read in blocks on demand, a bounded number of blocks kept. QtCore only.
class ShippingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeLeft,
        Shop,
        Order,
        Product,
        Promise,
        Amount,
        State,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // order_id
        RawRole,                   // the column's raw value (numbers for sorting)
        BandRole,                  // core::DeadlineBand as int, for the shared BandDelegate palette
        ShipBandRole,              // core::ShipBand as int (by the promise)
        PromiseRole,               // ship_by, Unix seconds
        PromiseEstimatedRole,      // true: the platform sent no promise; ship_by is the rules' default
        PresaleRole,
        ShippedRole,
        PickupOverdueRole,
        ShopRole,
    };
    static constexpr int kBlock = 256;
    static constexpr int kMaxBlocks = 32;

    // loadNow false: the model starts empty and stale and counts when first made active.
    ShippingListModel(store::Database *db, std::shared_ptr<core::Clock> clock, QObject *parent = nullptr,
                      bool loadNow = true);
    // An inactive model (its page is hidden) keeps filter changes and reloads and counts when made active again.
    void setActive(bool active);
    bool isActive() const { return m_lazy.isActive(); }

    // filter.now and the pickup window are set by the model from its clock and the rules file.
    void setFilter(const store::ShippingFilter &filter);
    const store::ShippingFilter &filter() const { return m_filter; }
    // Counts now (a filter or a sort the user chose shows at once).
    void reload();
    // Counts on the model's CacheReader and resets when the answer comes (after a sync); loaded() says when.
    // In place without a file.
    void reloadInBackground();
    void tick(); // the clock moved: time-left texts change; the row set follows on the next reload
    QString idAt(int row) const;
    const store::ShippingRow *rowAt(int row) const;
    QHash<int, int> bandCounts() const { return m_bandCounts; } // for the summary; key -1: pickup overdue
    QString shopName(const QString &shopId) const { return m_shopNames.value(shopId, shopId); }
    QStringList boardShops() const { return m_boardShops; } // shops with orders on the board, read with the counts
    const core::Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static QString sortKeyFor(int column); // empty when the column is not sortable

signals:
    void countChanged(int count);
    void errorOccurred(const anxin::core::Error &error);
    void loaded(); // a reload (either kind) is shown

private:
    struct Counted
    {
        core::Result<QHash<int, int>> bands = QHash<int, int>{};
        QHash<QString, QString> shopNames;
        QStringList boardShops;
        std::optional<QList<store::ShippingRow>> firstBlock; // read with a background count: no read at repaint
    };
    static Counted count(store::Database &db, const store::ShippingFilter &filter);
    void stampFilter(); // now and the pickup window, from the clock and the rules file
    void recount();
    void applyCount(Counted counted);

    store::Database *m_db;
    std::shared_ptr<core::Clock> m_clock;
    store::ShippingFilter m_filter;
    store::ShippingSort m_sort;
    int m_count = 0;
    QHash<int, int> m_bandCounts;
    mutable RowWindow<store::ShippingRow> m_rows{kBlock, kMaxBlocks};
    mutable core::Error m_error;
    QHash<QString, QString> m_shopNames;
    QStringList m_boardShops;
    LazyReload m_lazy;
    CacheReader *m_reader = nullptr; // null for an in-memory cache
};

} // namespace anxin::models

#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "models/rowwindow.h"
#include "store/records.h"

#include <QAbstractTableModel>

#include <memory>

namespace anxin::store {
class Database;
}

namespace anxin::models {

class TicketCounter;

// Every cached ticket of every shop, windowed: rows are read in blocks of kBlock on demand and a bounded number
// of blocks is kept, so a million tickets cost a few MB. Sorting and filtering are pushed down to SQLite (indexed
// columns); a block that follows a loaded one is read by keyset (no OFFSET walk). A filter change reads the
// first block at once; when it is full, the exact count comes from a TicketCounter thread and the rows beyond
// the first block are inserted then. countChanged is emitted for the provisional count (the rows shown so far)
// and again for the exact one; countIsExact() tells which.
// QtCore only: views and tests share it.
// Who is on a ticket (team mode).
struct TicketPresence
{
    QString agent;
    QString deskId;
    bool mine = false; // this desk
    qint64 since = 0;  // the claim's start, Unix seconds (the team database's clock)
};

class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeLeft,
        Shop,
        Type,
        Status,
        Amount,
        Product,
        Reason,
        Guarantee,
        Pending,
        OnIt, // team mode: the agent on the ticket (hidden without a team database)
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // aftersale_id
        RawRole,                   // the raw value of the column (numbers for sorting and filtering)
        BandRole,                  // core::DeadlineBand as int
        PendingRole,               // number of decisions waiting to sync
        DeadlineRole,              // status_deadline, Unix seconds
        ExpressRole,               // decided by the platform at once (express refund)
        ClaimKindRole,             // core::ClaimKind as int
        QueueTimingRole,           // core::QueueTiming as int of the decisions waiting to sync (OnTime: none)
        HolderRole,                // team mode: "" (nobody), "mine" or "other"
    };
    static constexpr int kBlock = 256;
    static constexpr int kMaxBlocks = 48;

    TicketListModel(store::Database *db, std::shared_ptr<core::Clock> clock, QObject *parent = nullptr);

    void setFilter(const store::TicketFilter &filter);
    const store::TicketFilter &filter() const { return m_filter; }
    // Re-counts and re-reads (after a sync or a decision). Keeps nothing stale.
    void reload();
    // The clock moved: only the time-left column (and bands) and the flags of waiting decisions change.
    void tick();
    // False while the count of a filter with more than one block of rows is still being counted (rowCount()
    // is then the rows shown so far).
    bool countIsExact() const { return m_countExact; }
    // Shops this cache holds (read on reload): with one, the list's Shop column says the same on every row.
    int shopCount() const { return m_shopCount; }
    QString idAt(int row) const;
    int rowOf(const QString &aftersaleId) const; // -1 when not in a loaded block
    const core::Error &lastError() const { return m_error; }
    // Team mode: who is on which ticket (live claims, this desk's included), shown in the OnIt column.
    void setPresence(QHash<QString, TicketPresence> presence);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static QString sortKeyFor(int column); // the store's sort column, empty when not sortable

signals:
    void errorOccurred(const anxin::core::Error &error);
    void countChanged(int count);

private:
    const store::TicketListRow *rowAt(int row) const;
    // Reads the first block and settles the count (exactly, or provisionally while the counter counts). With
    // keepCount the provisional count stays the previous one (a reload keeps the agent's place in a long list).
    void refresh(bool keepCount);
    void settleCount();
    void applyCount(quint64 generation, int count);

    store::Database *m_db;
    std::shared_ptr<core::Clock> m_clock;
    store::TicketFilter m_filter;
    store::TicketSort m_sort;
    int m_count = 0;
    bool m_countExact = true;
    quint64 m_generation = 0;
    TicketCounter *m_counter = nullptr; // null when the database has no file (in-memory): counts are synchronous
    mutable RowWindow<store::TicketListRow> m_rows{kBlock, kMaxBlocks};
    mutable core::Error m_error;
    QHash<QString, QString> m_shopNames; // shop_id → name, read on reload
    int m_shopCount = 0;
    QHash<QString, TicketPresence> m_presence;
};

} // namespace anxin::models

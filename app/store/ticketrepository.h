#pragma once

#include "core/result.h"
#include "store/records.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// The tickets table (and its FTS index, kept by triggers). Read API for a virtual list: count(filter) and
// page(filter, sort, offset, limit).
class TicketRepository
{
public:
    explicit TicketRepository(Database &db)
        : m_db(db)
    {}

    // Upsert that never moves a row backwards: a row whose update_time is older than the stored one is
    // ignored and counted as stale. The first overload runs in its own write transaction.
    core::Result<UpsertStats> upsertBatch(const QList<TicketRecord> &rows);
    core::Result<UpsertStats> upsertBatch(WriteTransaction &tx, const QList<TicketRecord> &rows);

    core::Result<std::optional<TicketRecord>> get(const QString &aftersaleId) const;
    // The cached update_time and raw answer of each of `aftersaleIds` that is cached: the sync skips rows it
    // already holds as they are (same version and same content; a change within the same second keeps the
    // update_time but not the content).
    core::Result<QHash<QString, std::pair<qint64, QString>>> versions(const QStringList &aftersaleIds) const;
    core::Result<int> count(const TicketFilter &filter) const;
    core::Result<QList<TicketListRow>> page(const TicketFilter &filter, const TicketSort &sort, int offset,
                                            int limit) const;
    // Keyset window: the `limit` rows that follow `after` (a row of the previous window, normally its last) in
    // the same order. Reading deep into the list then costs what the first window costs; OFFSET walks every
    // skipped row.
    core::Result<QList<TicketListRow>> pageAfter(const TicketFilter &filter, const TicketSort &sort,
                                                 const TicketListRow &after, int limit) const;

    // The exact statement upsertBatch() runs per row (32 positional parameters), for benchmarks to compare against.
    static const char *upsertStatement();

    // The sort keys page() accepts; anything else is a Kind::Usage error.
    static QStringList sortColumns();

private:
    struct Where
    {
        QString sql;
        QVariantList binds;
    };
    static Where buildWhere(const TicketFilter &filter);
    core::Result<QList<TicketListRow>> window(const TicketFilter &filter, const TicketSort &sort,
                                              const TicketListRow *after, int offset, int limit) const;

    Database &m_db;
};

} // namespace anxin::store

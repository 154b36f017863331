#include "store/cursorrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

core::Result<QList<SyncCursor>> readCursors(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<SyncCursor> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(SyncCursor{r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toInt(),
                              r.value(4).toLongLong()});
    }
    return out;
}

const QString kSelect =
    QStringLiteral("SELECT shop_id, stream, cursor_time, cursor_page, updated_at FROM sync_cursors ");

} // namespace

core::Result<std::optional<SyncCursor>> CursorRepository::get(const QString &shopId, const QString &stream) const
{
    auto rows =
        readCursors(runQuery(m_db, kSelect + QStringLiteral("WHERE shop_id = ? AND stream = ?"), {shopId, stream}));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<SyncCursor>{};
    return std::optional<SyncCursor>{rows.value().first()};
}

core::Result<QList<SyncCursor>> CursorRepository::list(const QString &shopId) const
{
    if (shopId.isEmpty())
        return readCursors(runQuery(m_db, kSelect + QStringLiteral("ORDER BY shop_id, stream")));
    return readCursors(runQuery(m_db, kSelect + QStringLiteral("WHERE shop_id = ? ORDER BY stream"), {shopId}));
}

Status CursorRepository::set(WriteTransaction &tx, const SyncCursor &c)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("cursor set needs an active write transaction"));
    auto r = runStatement(m_db,
                          QStringLiteral("INSERT INTO sync_cursors (shop_id, stream, cursor_time, cursor_page, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(shop_id, stream) DO UPDATE "
                                         "SET cursor_time = excluded.cursor_time, cursor_page = excluded.cursor_page, "
                                         "updated_at = excluded.updated_at"),
                          {c.shopId, c.stream, c.cursorTime, c.cursorPage, c.updatedAt});
    return r ? Status{} : Status{r.error()};
}

Status CursorRepository::set(const SyncCursor &cursor)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &tx) { return set(tx, cursor); });
}

Status CursorRepository::remove(WriteTransaction &tx, const QString &shopId, const QString &stream)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("cursor remove needs an active write transaction"));
    auto r = runStatement(m_db, QStringLiteral("DELETE FROM sync_cursors WHERE shop_id = ? AND stream = ?"),
                          {shopId, stream});
    return r ? Status{} : Status{r.error()};
}

Status CursorRepository::remove(const QString &shopId, const QString &stream)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &tx) { return remove(tx, shopId, stream); });
}

} // namespace anxin::store

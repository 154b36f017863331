#include "store/itemfailurerepository.h"

#include "store/database.h"
#include "store/queryrunner.h"

#include <QSqlQuery>

namespace anxin::store {

qint64 ItemFailureRepository::backoffSecs(int attempts)
{
    return std::min<qint64>(600LL << std::clamp(attempts - 1, 0, 8), 86400);
}

core::Result<ItemFailure> ItemFailureRepository::record(const QString &kind, const QString &itemId,
                                                        const QString &shopId, int code, const QString &subCode,
                                                        const QString &message, qint64 now)
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT attempts, first_failed_at FROM sync_item_failures "
                                     "WHERE kind = ? AND item_id = ?"),
                      {kind, itemId});
    if (!q)
        return q.error();
    ItemFailure f{kind, itemId, shopId, code, subCode, message, 1, now, now, 0};
    if (q.value().next()) {
        f.attempts = q.value().value(0).toInt() + 1;
        f.firstFailedAt = q.value().value(1).toLongLong();
    }
    f.nextAttemptAt = now + backoffSecs(f.attempts);
    auto st = runStatement(
        m_db,
        QStringLiteral("INSERT INTO sync_item_failures (kind, item_id, shop_id, code, sub_code, message, attempts, "
                       "first_failed_at, last_failed_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (kind, item_id) DO UPDATE SET shop_id = excluded.shop_id, code = excluded.code, "
                       "sub_code = excluded.sub_code, message = excluded.message, attempts = excluded.attempts, "
                       "last_failed_at = excluded.last_failed_at, next_attempt_at = excluded.next_attempt_at"),
        {kind, itemId, shopId, code, subCode, message, f.attempts, f.firstFailedAt, f.lastFailedAt, f.nextAttemptAt});
    if (!st)
        return st.error();
    return f;
}

core::Status ItemFailureRepository::clear(const QString &kind, const QString &itemId)
{
    auto st = runStatement(m_db, QStringLiteral("DELETE FROM sync_item_failures WHERE kind = ? AND item_id = ?"),
                           {kind, itemId});
    if (!st)
        return st.error();
    return {};
}

core::Result<QList<ItemFailure>> ItemFailureRepository::list(const QString &shopId, const QString &kind) const
{
    QStringList where;
    QVariantList binds;
    if (!shopId.isEmpty()) {
        where << QStringLiteral("shop_id = ?");
        binds << shopId;
    }
    if (!kind.isEmpty()) {
        where << QStringLiteral("kind = ?");
        binds << kind;
    }
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT kind, item_id, shop_id, code, sub_code, message, attempts, first_failed_at, "
                                "last_failed_at, next_attempt_at FROM sync_item_failures ") +
                     (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
                     QStringLiteral(" ORDER BY last_failed_at DESC, kind, item_id"),
                 binds);
    if (!q)
        return q.error();
    QList<ItemFailure> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << ItemFailure{r.value(0).toString(),  r.value(1).toString(),   r.value(2).toString(),
                           r.value(3).toInt(),     r.value(4).toString(),   r.value(5).toString(),
                           r.value(6).toInt(),     r.value(7).toLongLong(), r.value(8).toLongLong(),
                           r.value(9).toLongLong()};
    }
    return out;
}

} // namespace anxin::store

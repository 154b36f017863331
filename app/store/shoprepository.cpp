#include "store/shoprepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Status;

namespace {

core::Result<QList<ShopRecord>> readShops(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<ShopRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(ShopRecord{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                              r.value(3).toString(), r.value(4).toString(), r.value(5).toLongLong(),
                              r.value(6).toLongLong()});
    }
    return out;
}

const QString kSelect =
    QStringLiteral("SELECT shop_id, name, app_key, gateway, sign_method, created_at, updated_at FROM shops ");

} // namespace

Status ShopRepository::upsert(const ShopRecord &s, qint64 now)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db,
                              QStringLiteral("INSERT INTO shops (shop_id, name, app_key, gateway, sign_method, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT(shop_id) DO UPDATE SET name = excluded.name, "
                                             "app_key = excluded.app_key, gateway = excluded.gateway, "
                                             "sign_method = excluded.sign_method, updated_at = excluded.updated_at"),
                              {s.shopId, s.name, s.appKey, s.gateway, s.signMethod, now, now});
        return r ? Status{} : Status{r.error()};
    });
}

core::Result<std::optional<ShopRecord>> ShopRepository::get(const QString &shopId) const
{
    auto rows = readShops(runQuery(m_db, kSelect + QStringLiteral("WHERE shop_id = ?"), {shopId}));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<ShopRecord>{};
    return std::optional<ShopRecord>{rows.value().first()};
}

core::Result<QList<ShopRecord>> ShopRepository::list() const
{
    return readShops(runQuery(m_db, kSelect + QStringLiteral("ORDER BY shop_id")));
}

Status ShopRepository::remove(const QString &shopId)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db, QStringLiteral("DELETE FROM shops WHERE shop_id = ?"), {shopId});
        return r ? Status{} : Status{r.error()};
    });
}

} // namespace anxin::store

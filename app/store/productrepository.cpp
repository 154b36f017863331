#include "store/productrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Error;
using core::Status;

Status ProductRepository::upsertBatch(const QList<ProductRecord> &rows)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &tx) { return upsertBatch(tx, rows); });
}

Status ProductRepository::upsertBatch(WriteTransaction &tx, const QList<ProductRecord> &rows)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("upsertBatch needs an active write transaction"));
    for (const ProductRecord &p : rows) {
        auto r = runStatement(
            m_db,
            QStringLiteral("INSERT INTO products (product_id, shop_id, name, first_cid, first_cname, "
                           "supply_7day_return, support_allergy_return, damaged_order_return, fetched_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(product_id) DO UPDATE SET "
                           "shop_id = excluded.shop_id, name = excluded.name, first_cid = excluded.first_cid, "
                           "first_cname = excluded.first_cname, supply_7day_return = excluded.supply_7day_return, "
                           "support_allergy_return = excluded.support_allergy_return, "
                           "damaged_order_return = excluded.damaged_order_return, fetched_at = excluded.fetched_at "
                           "WHERE excluded.fetched_at >= products.fetched_at"),
            {p.productId, p.shopId, p.name, p.firstCid, p.firstCname, int(p.supply7DayReturn),
             int(p.supportAllergyReturn), int(p.damagedOrderReturn), p.fetchedAt});
        if (!r)
            return r.error();
    }
    return {};
}

core::Result<std::optional<ProductRecord>> ProductRepository::get(const QString &productId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT product_id, shop_id, name, first_cid, first_cname, supply_7day_return, "
                                     "support_allergy_return, damaged_order_return, fetched_at FROM products "
                                     "WHERE product_id = ?"),
                      {productId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ProductRecord>{};
    const QSqlQuery &r = q.value();
    return std::optional<ProductRecord>{
        ProductRecord{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
                      r.value(4).toString(), r.value(5).toInt() != 0, r.value(6).toInt() != 0, r.value(7).toInt() != 0,
                      r.value(8).toLongLong()}};
}

core::Result<QStringList> ProductRepository::missingProductIds(int limit, qint64 now) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT product_id FROM (SELECT product_id FROM tickets UNION SELECT product_id "
                                     "FROM order_lines) p WHERE product_id <> '' AND product_id NOT IN (SELECT "
                                     "product_id FROM products) AND NOT EXISTS (SELECT 1 FROM sync_item_failures f "
                                     "WHERE f.kind = 'product' AND f.item_id = p.product_id AND f.next_attempt_at > ?) "
                                     "ORDER BY product_id LIMIT ?"),
                      {now, limit});
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace anxin::store

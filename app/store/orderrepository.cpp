#include "store/orderrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/sqlitestatement.h"
#include "store/writetransaction.h"

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

#define ANXIN_ORDER_COLUMNS                                                                                            \
    "order_id, shop_id, order_status, create_time, pay_time, update_time, exp_ship_time, ship_time, "                  \
    "appointment_ship_time, presell_type, order_amount, pay_amount, post_amount, mask_post_receiver, mask_post_tel, "  \
    "mask_post_addr, encrypt_post_receiver, encrypt_post_tel, encrypt_post_addr, tracking_no, company_name, "          \
    "pickup_time, sign_time, buyer_open_id, company_code, promise_estimated"

// pickup_time/sign_time come from route scans, not from order pages: an update keeps the larger value.
const char kUpsertSql[] =
    "INSERT INTO orders (" ANXIN_ORDER_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26) ON CONFLICT(order_id) DO UPDATE SET "
    "shop_id = excluded.shop_id, order_status = excluded.order_status, create_time = excluded.create_time, "
    "pay_time = excluded.pay_time, update_time = excluded.update_time, exp_ship_time = excluded.exp_ship_time, "
    "ship_time = excluded.ship_time, appointment_ship_time = excluded.appointment_ship_time, "
    "presell_type = excluded.presell_type, order_amount = excluded.order_amount, pay_amount = excluded.pay_amount, "
    "post_amount = excluded.post_amount, mask_post_receiver = excluded.mask_post_receiver, "
    "mask_post_tel = excluded.mask_post_tel, mask_post_addr = excluded.mask_post_addr, "
    "encrypt_post_receiver = excluded.encrypt_post_receiver, encrypt_post_tel = excluded.encrypt_post_tel, "
    "encrypt_post_addr = excluded.encrypt_post_addr, tracking_no = excluded.tracking_no, "
    "company_name = excluded.company_name, pickup_time = max(orders.pickup_time, excluded.pickup_time), "
    "sign_time = max(orders.sign_time, excluded.sign_time), buyer_open_id = excluded.buyer_open_id, "
    "company_code = excluded.company_code, promise_estimated = excluded.promise_estimated "
    "WHERE excluded.update_time >= orders.update_time";

const char kLineSql[] = "INSERT OR REPLACE INTO order_lines (order_id, sku_order_id, product_id, product_name, "
                        "first_cid, item_num, pay_amount, exp_ship_time, pre_sale_type, logistics_receipt_time) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

void bindOrder(SqliteStatement &st, const OrderRecord &o)
{
    int i = 1;
    st.bind(i++, o.orderId);
    st.bind(i++, o.shopId);
    st.bind(i++, o.orderStatus);
    st.bind(i++, o.createTime);
    st.bind(i++, o.payTime);
    st.bind(i++, o.updateTime);
    st.bind(i++, o.expShipTime);
    st.bind(i++, o.shipTime);
    st.bind(i++, o.appointmentShipTime);
    st.bind(i++, o.presellType);
    st.bind(i++, o.orderAmount);
    st.bind(i++, o.payAmount);
    st.bind(i++, o.postAmount);
    st.bind(i++, o.maskPostReceiver);
    st.bind(i++, o.maskPostTel);
    st.bind(i++, o.maskPostAddr);
    st.bind(i++, o.encryptPostReceiver);
    st.bind(i++, o.encryptPostTel);
    st.bind(i++, o.encryptPostAddr);
    st.bind(i++, o.trackingNo);
    st.bind(i++, o.companyName);
    st.bind(i++, o.pickupTime);
    st.bind(i++, o.signTime);
    st.bind(i++, o.buyerOpenId);
    st.bind(i++, o.companyCode);
    st.bind(i++, o.promiseEstimated ? 1 : 0);
}

OrderRecord readOrder(const QSqlQuery &q)
{
    OrderRecord o;
    int i = 0;
    o.orderId = q.value(i++).toString();
    o.shopId = q.value(i++).toString();
    o.orderStatus = q.value(i++).toInt();
    o.createTime = q.value(i++).toLongLong();
    o.payTime = q.value(i++).toLongLong();
    o.updateTime = q.value(i++).toLongLong();
    o.expShipTime = q.value(i++).toLongLong();
    o.shipTime = q.value(i++).toLongLong();
    o.appointmentShipTime = q.value(i++).toLongLong();
    o.presellType = q.value(i++).toInt();
    o.orderAmount = q.value(i++).toLongLong();
    o.payAmount = q.value(i++).toLongLong();
    o.postAmount = q.value(i++).toLongLong();
    o.maskPostReceiver = q.value(i++).toString();
    o.maskPostTel = q.value(i++).toString();
    o.maskPostAddr = q.value(i++).toString();
    o.encryptPostReceiver = q.value(i++).toString();
    o.encryptPostTel = q.value(i++).toString();
    o.encryptPostAddr = q.value(i++).toString();
    o.trackingNo = q.value(i++).toString();
    o.companyName = q.value(i++).toString();
    o.pickupTime = q.value(i++).toLongLong();
    o.signTime = q.value(i++).toLongLong();
    o.buyerOpenId = q.value(i++).toString();
    o.companyCode = q.value(i++).toString();
    o.promiseEstimated = q.value(i++).toInt() != 0;
    return o;
}

} // namespace

core::Result<UpsertStats> OrderRepository::upsertBatch(const QList<OrderRecord> &rows)
{
    UpsertStats stats;
    const Status s = inWriteTransaction(m_db, [&](WriteTransaction &tx) -> Status {
        auto r = upsertBatch(tx, rows);
        if (!r)
            return r.error();
        stats = r.value();
        return {};
    });
    if (!s)
        return s.error();
    return stats;
}

core::Result<UpsertStats> OrderRepository::upsertBatch(WriteTransaction &tx, const QList<OrderRecord> &rows)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("upsertBatch needs an active write transaction"));
    SqliteStatement order(tx.database(), kUpsertSql);
    SqliteStatement delLines(tx.database(), "DELETE FROM order_lines WHERE order_id = ?1");
    SqliteStatement line(tx.database(), kLineSql);
    for (const SqliteStatement *st : {&order, &delLines, &line}) {
        if (!st->status())
            return st->status().error();
    }
    UpsertStats stats;
    for (const OrderRecord &o : rows) {
        if (o.orderId.isEmpty() || o.shopId.isEmpty())
            return Error::make(Error::Kind::Usage, QStringLiteral("order without order_id or shop_id"));
        bindOrder(order, o);
        if (Status s = order.exec(); !s)
            return s.error();
        if (order.changes() == 0) {
            ++stats.stale;
            continue;
        }
        ++(order.lastExecInserted() ? stats.inserted : stats.updated);
        delLines.bind(1, o.orderId);
        if (Status s = delLines.exec(); !s)
            return s.error();
        for (const OrderLineRecord &l : o.lines) {
            int i = 1;
            line.bind(i++, o.orderId);
            line.bind(i++, l.skuOrderId);
            line.bind(i++, l.productId);
            line.bind(i++, l.productName);
            line.bind(i++, l.firstCid);
            line.bind(i++, l.itemNum);
            line.bind(i++, l.payAmount);
            line.bind(i++, l.expShipTime);
            line.bind(i++, l.preSaleType);
            line.bind(i++, l.logisticsReceiptTime);
            if (Status s = line.exec(); !s)
                return s.error();
        }
    }
    return stats;
}

core::Result<QList<OrderRecord>> OrderRepository::select(const QString &where, const QVariantList &binds) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT " ANXIN_ORDER_COLUMNS " FROM orders ") + where, binds);
    if (!q)
        return q.error();
    QList<OrderRecord> out;
    while (q.value().next())
        out.append(readOrder(q.value()));
    return out;
}

core::Result<std::optional<OrderRecord>> OrderRepository::get(const QString &orderId) const
{
    auto rows = select(QStringLiteral("WHERE order_id = ?"), {orderId});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<OrderRecord>{};
    OrderRecord o = rows.value().first();
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT order_id, sku_order_id, product_id, product_name, first_cid, item_num, "
                                     "pay_amount, exp_ship_time, pre_sale_type, logistics_receipt_time FROM "
                                     "order_lines WHERE order_id = ? ORDER BY sku_order_id"),
                      {orderId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        o.lines.append(OrderLineRecord{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                       r.value(3).toString(), r.value(4).toLongLong(), r.value(5).toInt(),
                                       r.value(6).toLongLong(), r.value(7).toLongLong(), r.value(8).toInt(),
                                       r.value(9).toLongLong()});
    }
    return std::optional<OrderRecord>{o};
}

core::Result<QList<OrderRecord>> OrderRepository::awaitingShipment(const QStringList &shopIds, qint64 dueBefore,
                                                                   int limit) const
{
    QString where = QStringLiteral("WHERE order_status IN (2, 101, 105)");
    QVariantList binds;
    if (!shopIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : shopIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        where += QStringLiteral(" AND shop_id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (dueBefore > 0) {
        where += QStringLiteral(" AND exp_ship_time <= ?");
        binds << dueBefore;
    }
    binds << limit;
    return select(where + QStringLiteral(" ORDER BY exp_ship_time, order_id LIMIT ?"), binds);
}

core::Result<QList<OrderRecord>> OrderRepository::shippedWithoutPickup(qint64 now, qint64 minAgeSecs, int limit) const
{
    // Matches the partial index orders_awaiting_pickup.
    return select(QStringLiteral("WHERE pickup_time = 0 AND ship_time > 0 AND ship_time <= ? AND order_status NOT IN "
                                 "(4) ORDER BY ship_time, order_id LIMIT ?"),
                  {now - minAgeSecs, limit});
}

Status OrderRepository::setPickupTime(const QString &orderId, qint64 pickupTime, qint64 signTime)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto r = runStatement(m_db,
                              QStringLiteral("UPDATE orders SET pickup_time = ?, sign_time = max(sign_time, ?) "
                                             "WHERE order_id = ?"),
                              {pickupTime, signTime, orderId});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return Error::make(Error::Kind::NotFound, QStringLiteral("no such order"));
        return {};
    });
}

} // namespace anxin::store

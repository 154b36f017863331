#include "store/syncqueuerepository.h"

#include "store/database.h"
#include "store/queryrunner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace anxin::store {

namespace {
// An item whose last fetch failed waits out its back-off (sync_item_failures) before it is asked for again.
QString notBackingOff(const char *kind, const char *column)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_item_failures f WHERE f.kind = '%1' AND f.item_id = %2 "
                          "AND f.next_attempt_at > ?)")
        .arg(QLatin1String(kind), QLatin1String(column));
}
} // namespace

namespace {
core::Result<QStringList> needingDetail(Database &db, const QString &shopId, SyncQueueRepository::Scope scope,
                                        const QStringList *among, qint64 now, int limit)
{
    const QLatin1String open = scope == SyncQueueRepository::Scope::Open ? QLatin1String("t.final_time = 0")
                                                                         : QLatin1String("t.final_time <> 0");
    QVariantList binds{shopId};
    QString amongClause;
    if (among) {
        amongClause = QStringLiteral("t.aftersale_id IN (SELECT value FROM json_each(?)) AND ");
        binds << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*among)).toJson(QJsonDocument::Compact));
    }
    binds << now << limit;
    auto q = runQuery(db,
                      QStringLiteral("SELECT t.aftersale_id FROM tickets t "
                                     "LEFT JOIN ticket_detail d ON d.aftersale_id = t.aftersale_id "
                                     "WHERE t.shop_id = ? AND %1 AND %2(d.aftersale_id IS NULL AND (t.final_time = 0 "
                                     "OR t.update_time > t.final_time) OR d.update_time < t.update_time) AND ")
                              .arg(open, amongClause) +
                          notBackingOff("detail", "t.aftersale_id") +
                          QStringLiteral(" ORDER BY t.status_deadline = 0, t.status_deadline, t.aftersale_id LIMIT ?"),
                      binds);
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}
} // namespace

core::Result<QStringList> SyncQueueRepository::ticketsNeedingDetail(const QString &shopId, Scope scope, qint64 now,
                                                                    int limit) const
{
    return needingDetail(m_db, shopId, scope, nullptr, now, limit);
}

core::Result<QStringList> SyncQueueRepository::ticketsNeedingDetailAmong(const QString &shopId, Scope scope,
                                                                         const QStringList &ids, qint64 now) const
{
    if (ids.isEmpty())
        return QStringList();
    return needingDetail(m_db, shopId, scope, &ids, now, -1);
}

core::Result<QStringList> SyncQueueRepository::claimHistoryNeedingDetail(const QString &shopId,
                                                                         const QStringList &reasonCodes, qint64 since,
                                                                         qint64 now, int limit) const
{
    if (reasonCodes.isEmpty() || limit <= 0)
        return QStringList();
    QStringList marks;
    QVariantList binds{shopId, since};
    for (const QString &c : reasonCodes) {
        marks << QStringLiteral("?");
        binds << c;
    }
    binds << now << limit;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT t.aftersale_id FROM tickets t WHERE t.shop_id = ? AND t.final_time <> 0 "
                                     "AND t.apply_time >= ? AND t.reason_code IN (%1) AND NOT EXISTS (SELECT 1 FROM "
                                     "ticket_detail d WHERE d.aftersale_id = t.aftersale_id) AND ")
                              .arg(marks.join(QLatin1Char(','))) +
                          notBackingOff("detail", "t.aftersale_id") +
                          QStringLiteral(" ORDER BY t.apply_time DESC, t.aftersale_id LIMIT ?"),
                      binds);
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

// A shipment without a pickup scan stays "pickup overdue" until it is scanned or signed, at any age: the carrier
// is asked again hourly in its first three days, then every six hours.
constexpr qint64 kRecentShipmentSecs = 3 * 86400;

core::Result<QList<RouteCheck>> SyncQueueRepository::ordersNeedingRoute(const QString &shopId, qint64 now,
                                                                        qint64 graceSecs, int limit) const
{
    QList<RouteCheck> out;
    const auto read = [&out](core::Result<QSqlQuery> q) -> core::Status {
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            out << RouteCheck{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                              r.value(3).toLongLong()};
        }
        return {};
    };
    // Signed for since this desk last asked, without the pickup scan known: asked once more (schema 16's index
    // holds only these). They are few, and first.
    if (auto st = read(runQuery(
            m_db,
            QStringLiteral("SELECT order_id, tracking_no, company_code, ship_time FROM orders "
                           "INDEXED BY orders_route_after_signing "
                           "WHERE shop_id = ? AND pickup_time = 0 AND ship_time > 0 AND sign_time > 0 "
                           "AND route_checked_at > 0 AND route_checked_at < sign_time AND tracking_no <> '' "
                           "AND company_code <> '' AND ") +
                notBackingOff("route", "order_id") + QStringLiteral(" ORDER BY route_checked_at, ship_time LIMIT ?"),
            {shopId, now, limit}));
        !st)
        return st.error();
    if (out.size() >= limit && limit >= 0)
        return out;
    if (auto st = read(runQuery(
            m_db,
            QStringLiteral(
                // The index holds exactly these shipments in this order; the planner, left alone, prefers the
                // shop's shipped orders by ship time (every one ever shipped) and sorts them (schema 13).
                "SELECT order_id, tracking_no, company_code, ship_time FROM orders INDEXED BY orders_route_due "
                "WHERE shop_id = ? AND pickup_time = 0 AND ship_time > 0 AND tracking_no <> '' AND company_code <> '' "
                "AND ship_time <= ? AND sign_time = 0 "
                "AND route_checked_at <= CASE WHEN ship_time >= ? THEN ? ELSE ? END AND ") +
                notBackingOff("route", "order_id") + QStringLiteral(" ORDER BY route_checked_at, ship_time LIMIT ?"),
            {shopId, now - graceSecs, now - kRecentShipmentSecs, now - 3600, now - 6 * 3600, now,
             limit < 0 ? limit : limit - int(out.size())}));
        !st)
        return st.error();
    return out;
}

core::Status SyncQueueRepository::recordRouteCheck(const QString &orderId, qint64 pickupTime, qint64 checkedAt)
{
    auto r =
        runStatement(m_db,
                     QStringLiteral("UPDATE orders SET route_checked_at = ?, "
                                    "pickup_time = CASE WHEN ? > 0 THEN ? ELSE pickup_time END WHERE order_id = ?"),
                     {checkedAt, pickupTime, pickupTime, orderId});
    if (!r)
        return r.error();
    return {};
}

} // namespace anxin::store

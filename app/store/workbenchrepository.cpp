#include "store/workbenchrepository.h"

#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/queryrunner.h"

#include <algorithm>

namespace anxin::store {

namespace {
// Waiting decisions (not notes) joined to their open ticket whose deadline is at or before the bound parameter.
QString waitingDecisionsDueSql(const QString &select)
{
    return QStringLiteral("SELECT ") + select +
           QStringLiteral(" FROM outbox o JOIN tickets t ON t.aftersale_id = o.aftersale_id WHERE o.state IN ") +
           QLatin1String(kWaitingStatesSql) +
           QStringLiteral(" AND o.action <> 'note' AND t.final_time = 0 AND t.status_deadline > 0 "
                          "AND t.status_deadline <= ?");
}

// The ticket columns a DueItem reads, in its order (prefix them for a join), and the row read back.
QString dueTicketColumns(const QString &prefix = {})
{
    QStringList columns;
    for (const char *c : {"aftersale_id", "shop_id", "status_deadline", "aftersale_status", "aftersale_type",
                          "refund_amount", "product_name", "reason_code"})
        columns << prefix + QLatin1String(c);
    return columns.join(QStringLiteral(", "));
}

DueItem dueTicket(const QSqlQuery &q)
{
    return DueItem{DueItem::Kind::Ticket,   q.value(0).toString(), q.value(1).toString(),
                   q.value(2).toLongLong(), q.value(3).toInt(),    q.value(4).toInt(),
                   q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()};
}
} // namespace

core::Result<int> WorkbenchRepository::waitingDecisionsDueBefore(qint64 until) const
{
    auto q = runQuery(m_db, waitingDecisionsDueSql(QStringLiteral("count(*)")), {until});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

core::Result<QList<DueItem>> WorkbenchRepository::waitingDecisionTickets(qint64 until, int limit) const
{
    auto q = runQuery(m_db,
                      waitingDecisionsDueSql(QStringLiteral("DISTINCT ") + dueTicketColumns(QStringLiteral("t."))) +
                          QStringLiteral(" ORDER BY t.status_deadline LIMIT ?"),
                      {until, limit});
    if (!q)
        return q.error();
    QList<DueItem> out;
    while (q.value().next())
        out << dueTicket(q.value());
    return out;
}

core::Result<QList<DueItem>> WorkbenchRepository::dueBefore(qint64 until, int limit) const
{
    QList<DueItem> out;
    // The partial index tickets_open_deadline serves this: open tickets with a deadline, by deadline.
    auto tickets = runQuery(m_db,
                            QStringLiteral("SELECT ") + dueTicketColumns() +
                                QStringLiteral(" FROM tickets WHERE final_time = 0 AND status_deadline > 0 AND "
                                               "status_deadline < ? ORDER BY status_deadline LIMIT ?"),
                            {until, limit});
    if (!tickets)
        return tickets.error();
    while (tickets.value().next())
        out << dueTicket(tickets.value());
    // Orders awaiting shipment (paid, awaiting shipment, partly shipped), by promised ship-by time.
    auto orders =
        runQuery(m_db,
                 QStringLiteral("SELECT o.order_id, o.shop_id, o.exp_ship_time, o.order_status, o.pay_amount, "
                                "(SELECT product_name FROM order_lines l WHERE l.order_id = o.order_id "
                                "ORDER BY l.sku_order_id LIMIT 1) FROM orders o "
                                "WHERE o.order_status IN (2, 101, 105) AND o.exp_ship_time > 0 "
                                "AND o.exp_ship_time < ? ORDER BY o.exp_ship_time LIMIT ?"),
                 {until, limit});
    if (!orders)
        return orders.error();
    while (orders.value().next()) {
        const QSqlQuery &q = orders.value();
        out << DueItem{DueItem::Kind::Order,    q.value(0).toString(), q.value(1).toString(),
                       q.value(2).toLongLong(), q.value(3).toInt(),    0,
                       q.value(4).toLongLong(), q.value(5).toString(), QString()};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DueItem &a, const DueItem &b) { return a.deadline < b.deadline; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

core::Result<QList<InterceptAlert>> WorkbenchRepository::interceptAlerts(qint64 since, int limit) const
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT t.aftersale_id, t.shop_order_id, t.shop_id, t.refund_amount, t.final_time, "
                                "o.company_name, o.tracking_no, t.product_name FROM tickets t "
                                "JOIN orders o ON o.order_id = t.shop_order_id "
                                "WHERE t.express_refund = 1 AND o.ship_time > 0 AND o.tracking_no <> '' "
                                "AND (t.apply_time >= ? OR t.final_time >= ?) "
                                "ORDER BY t.apply_time DESC LIMIT ?"),
                 {since, since, limit});
    if (!q)
        return q.error();
    QList<InterceptAlert> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << InterceptAlert{r.value(0).toString(),   r.value(1).toString(),   r.value(2).toString(),
                              r.value(3).toLongLong(), r.value(4).toLongLong(), r.value(5).toString(),
                              r.value(6).toString(),   r.value(7).toString()};
    }
    return out;
}

} // namespace anxin::store

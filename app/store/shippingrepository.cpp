#include "store/shippingrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"
#include "store/writetransaction.h"

#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

namespace anxin::store {

using core::Error;
using core::ShipBand;
using core::Status;

namespace {

// Verbatim the WHERE of the partial index orders_board (migration 0006): SQLite uses a partial index only when
// the query repeats its condition. Queries name it (INDEXED BY): without statistics the planner may prefer an
// OR over orders_status_exp_ship and then sort every row for the first page.
const char kBoardRows[] = "(o.order_status IN (2, 101, 105) OR (o.order_status = 3 AND o.ship_time > 0 AND "
                          "o.pickup_time = 0 AND o.sign_time = 0))";
const char kAwaiting[] = "o.order_status IN (2, 101, 105)";
// core::pickupOverdue() given kBoardRows: asked the carrier at least once, shipped more than the window ago.
const char kPickupOverdue[] = "(o.order_status = 3 AND o.route_checked_at > 0 AND o.ship_time < ?)";

// [from, to) of ship_by for a band at `now`; 0 for an open end.
std::pair<std::optional<qint64>, std::optional<qint64>> bandRange(ShipBand band, qint64 now)
{
    switch (band) {
    case ShipBand::Overdue:
        return {std::nullopt, now};
    case ShipBand::Under4h:
        return {now, now + 4 * 3600};
    case ShipBand::Under12h:
        return {now + 4 * 3600, now + 12 * 3600};
    case ShipBand::Under24h:
        return {now + 12 * 3600, now + 24 * 3600};
    case ShipBand::Later:
        return {now + 24 * 3600, std::nullopt};
    }
    return {};
}

} // namespace

QStringList ShippingRepository::sortColumns()
{
    return {QStringLiteral("ship_by"),     QStringLiteral("shop_id"),  QStringLiteral("pay_amount"),
            QStringLiteral("pay_time"),    QStringLiteral("order_id"), QStringLiteral("ship_time"),
            QStringLiteral("presell_type")};
}

ShippingRepository::Where ShippingRepository::buildWhere(const ShippingFilter &f, bool withBands)
{
    Where w;
    QStringList clauses{QLatin1String(kBoardRows)};
    const qint64 pickupBefore = f.now - f.pickupWindowSecs;
    if (f.pickupOverdue.has_value() && *f.pickupOverdue) {
        clauses << QLatin1String(kPickupOverdue);
        w.binds << pickupBefore;
    } else if (f.pickupOverdue.has_value()) {
        clauses << QLatin1String(kAwaiting);
    } else {
        clauses << QStringLiteral("(") + QLatin1String(kAwaiting) + QStringLiteral(" OR ") +
                       QLatin1String(kPickupOverdue) + QLatin1Char(')');
        w.binds << pickupBefore;
    }
    if (!f.shopIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : f.shopIds) {
            marks << QStringLiteral("?");
            w.binds << id;
        }
        clauses << QStringLiteral("o.shop_id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (withBands && !f.bands.isEmpty()) {
        QStringList ors;
        for (ShipBand b : f.bands) {
            const auto [from, to] = bandRange(b, f.now);
            QStringList range;
            if (from) {
                range << QStringLiteral("o.ship_by >= ?");
                w.binds << *from;
            }
            if (to) {
                range << QStringLiteral("o.ship_by < ?");
                w.binds << *to;
            }
            ors << QLatin1Char('(') + range.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        clauses << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (f.presale)
        clauses << (*f.presale ? QStringLiteral("o.presell_type <> 0") : QStringLiteral("o.presell_type = 0"));
    const QStringList terms = f.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        clauses << QStringLiteral("(o.order_id LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_lines l WHERE "
                                  "l.order_id = o.order_id AND (l.product_name LIKE ? ESCAPE '\\' OR "
                                  "l.sku_order_id LIKE ? ESCAPE '\\')))");
        w.binds << likePattern(term) << likePattern(term) << likePattern(term);
    }
    w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

core::Result<int> ShippingRepository::count(const ShippingFilter &filter) const
{
    const Where w = buildWhere(filter, true);
    auto q = runQuery(m_db, QStringLiteral("SELECT count(*) FROM orders o INDEXED BY orders_board") + w.sql, w.binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Database::errorFrom(q.value().lastError(), QStringLiteral("count shipping"));
    return q.value().value(0).toInt();
}

core::Result<QHash<int, int>> ShippingRepository::bandCounts(const ShippingFilter &filter) const
{
    const Where w = buildWhere(filter, false);
    const qint64 now = filter.now;
    QVariantList binds{now, now + 4 * 3600, now + 12 * 3600, now + 24 * 3600, filter.now - filter.pickupWindowSecs};
    binds += w.binds;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT count(*), sum(o.ship_by < ?), sum(o.ship_by < ?), sum(o.ship_by < ?), "
                                     "sum(o.ship_by < ?), sum(o.order_status = 3 AND o.route_checked_at > 0 AND "
                                     "o.ship_time < ?) FROM orders o INDEXED BY orders_board") +
                          w.sql,
                      binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Database::errorFrom(q.value().lastError(), QStringLiteral("count shipping bands"));
    const QSqlQuery &r = q.value();
    const int all = r.value(0).toInt();
    const int lt0 = r.value(1).toInt(), lt4 = r.value(2).toInt(), lt12 = r.value(3).toInt(), lt24 = r.value(4).toInt();
    QHash<int, int> out;
    out.insert(int(ShipBand::Overdue), lt0);
    out.insert(int(ShipBand::Under4h), lt4 - lt0);
    out.insert(int(ShipBand::Under12h), lt12 - lt4);
    out.insert(int(ShipBand::Under24h), lt24 - lt12);
    out.insert(int(ShipBand::Later), all - lt24);
    out.insert(-1, r.value(5).toInt());
    return out;
}

core::Result<QList<ShippingRow>> ShippingRepository::page(const ShippingFilter &filter, const ShippingSort &sort,
                                                          int offset, int limit) const
{
    return window(filter, sort, nullptr, offset, limit);
}

core::Result<QList<ShippingRow>> ShippingRepository::pageAfter(const ShippingFilter &filter, const ShippingSort &sort,
                                                               const ShippingRow &after, int limit) const
{
    return window(filter, sort, &after, 0, limit);
}

namespace {

// The value of the sort column `column` (a whitelisted name) in `row`, for the keyset comparison.
QVariant sortValue(const QString &column, const ShippingRow &row)
{
    if (column == QLatin1String("ship_by"))
        return row.shipBy;
    if (column == QLatin1String("shop_id"))
        return row.shopId;
    if (column == QLatin1String("pay_amount"))
        return row.payAmount;
    if (column == QLatin1String("pay_time"))
        return row.payTime;
    if (column == QLatin1String("order_id"))
        return row.orderId;
    if (column == QLatin1String("ship_time"))
        return row.shipTime;
    if (column == QLatin1String("presell_type"))
        return row.presellType;
    return {};
}

} // namespace

core::Result<QList<ShippingRow>> ShippingRepository::window(const ShippingFilter &filter, const ShippingSort &sort,
                                                            const ShippingRow *after, int offset, int limit) const
{
    const QStringList columns = sortColumns();
    const qsizetype col = columns.indexOf(sort.column);
    if (col < 0)
        return Error::make(Error::Kind::Usage, QStringLiteral("unknown sort column: ") + sort.column);
    if (offset < 0 || limit < 0)
        return Error::make(Error::Kind::Usage, QStringLiteral("negative offset or limit"));
    Where w = buildWhere(filter, true);
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The column comes from the whitelist; ties by promise, then id, so pages never overlap.
    const QString column = columns.at(col);
    QStringList keys{QStringLiteral("o.") + column};
    QVariantList keyValues;
    if (after)
        keyValues << sortValue(column, *after);
    if (column != QLatin1String("ship_by")) {
        keys << QStringLiteral("o.ship_by");
        if (after)
            keyValues << after->shipBy;
    }
    keys << QStringLiteral("o.order_id");
    if (after) {
        keyValues << after->orderId;
        // A row value comparison: SQLite reads the board index from that position on.
        w.sql += QStringLiteral(" AND (") + keys.join(QStringLiteral(", ")) +
                 (sort.descending ? QStringLiteral(") < (") : QStringLiteral(") > (")) +
                 placeholders(int(keyValues.size())) + QLatin1Char(')');
        w.binds << keyValues;
    }
    const QString order = QStringLiteral(" ORDER BY ") + keys.join(dir + QStringLiteral(", ")) + dir;
    QVariantList binds = w.binds;
    binds << limit << offset;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT o.order_id, o.shop_id, o.order_status, o.pay_time, o.ship_by, "
                                     "o.exp_ship_time, o.ship_time, o.pickup_time, o.sign_time, o.route_checked_at, "
                                     "o.presell_type, o.pay_amount, o.tracking_no, o.company_code, o.company_name, "
                                     "(SELECT l.product_name FROM order_lines l WHERE l.order_id = o.order_id "
                                     "ORDER BY l.sku_order_id LIMIT 1), "
                                     "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.order_id), "
                                     "o.promise_estimated, "
                                     // Refunds before shipping of this order (tickets_shop_order), open and refunded.
                                     "(SELECT count(*) FROM tickets t WHERE t.shop_order_id = o.order_id AND "
                                     "t.aftersale_type = 2 AND t.final_time = 0), "
                                     "(SELECT count(DISTINCT t.sku_order_id) FROM tickets t WHERE "
                                     "t.shop_order_id = o.order_id AND t.aftersale_type = 2 AND "
                                     "t.aftersale_status = 12) "
                                     "FROM orders o INDEXED BY orders_board") +
                          w.sql + order + QStringLiteral(" LIMIT ? OFFSET ?"),
                      binds);
    if (!q)
        return q.error();
    QList<ShippingRow> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        ShippingRow s;
        int i = 0;
        s.orderId = r.value(i++).toString();
        s.shopId = r.value(i++).toString();
        s.orderStatus = r.value(i++).toInt();
        s.payTime = r.value(i++).toLongLong();
        s.shipBy = r.value(i++).toLongLong();
        s.expShipTime = r.value(i++).toLongLong();
        s.shipTime = r.value(i++).toLongLong();
        s.pickupTime = r.value(i++).toLongLong();
        s.signTime = r.value(i++).toLongLong();
        s.routeCheckedAt = r.value(i++).toLongLong();
        s.presellType = r.value(i++).toInt();
        s.payAmount = r.value(i++).toLongLong();
        s.trackingNo = r.value(i++).toString();
        s.companyCode = r.value(i++).toString();
        s.companyName = r.value(i++).toString();
        s.productName = r.value(i++).toString();
        s.lineCount = r.value(i++).toInt();
        s.promiseEstimated = r.value(i++).toInt() != 0;
        s.refundsOpen = r.value(i++).toInt();
        s.linesRefunded = r.value(i++).toInt();
        out.append(std::move(s));
    }
    if (r.lastError().isValid())
        return Database::errorFrom(r.lastError(), QStringLiteral("page shipping"));
    return out;
}

core::Result<QHash<QString, ShippingRepository::Queue>> ShippingRepository::queues() const
{
    // Raw statement: 200 000 queued orders cost ~1 s through QtSql (~5 µs a row), ~50 ms here. The index holds
    // every column read, in the order wanted.
    const QByteArray sql = QByteArrayLiteral("SELECT o.shop_id, o.ship_by, o.order_id FROM orders o INDEXED BY "
                                             "orders_board WHERE ") +
                           kBoardRows + " AND " + kAwaiting + " ORDER BY o.ship_by, o.order_id";
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(m_db.handle(), sql.constData(), -1, &st, nullptr);
    if (rc != SQLITE_OK)
        return m_db.errorFromCode(rc, QStringLiteral("prepare shipping queues"));
    QHash<QString, Queue> out;
    QByteArray lastShop;
    Queue *queue = nullptr;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const QByteArray shop(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0));
        if (!queue || shop != lastShop) {
            queue = &out[QString::fromUtf8(shop)];
            lastShop = shop;
        }
        queue->promises << sqlite3_column_int64(st, 1);
        queue->orderIds << QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(st, 2)),
                                               sqlite3_column_bytes(st, 2));
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return m_db.errorFromCode(rc, QStringLiteral("read shipping queues"));
    return out;
}

core::Result<int> ShippingRepository::shippedBetween(const QString &shopId, qint64 since, qint64 until) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT count(*) FROM orders WHERE shop_id = ? AND ship_time > 0 AND "
                                     "ship_time >= ? AND ship_time < ?"),
                      {shopId, since, until});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Database::errorFrom(q.value().lastError(), QStringLiteral("count shipped"));
    return q.value().value(0).toInt();
}

core::Result<QStringList> ShippingRepository::boardShops() const
{
    // Over the covering index orders_board: a plain scan of the table reads every order's row.
    auto q = runQuery(m_db, QStringLiteral("SELECT DISTINCT o.shop_id FROM orders o INDEXED BY orders_board WHERE ") +
                                QLatin1String(kBoardRows) + QStringLiteral(" AND ") + QLatin1String(kAwaiting) +
                                QStringLiteral(" ORDER BY 1"));
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

core::Result<QList<RouteNodeRecord>> ShippingRepository::route(const QString &orderId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT seq, time, content, state, state_description FROM order_routes "
                                     "WHERE order_id = ? ORDER BY seq"),
                      {orderId});
    if (!q)
        return q.error();
    QList<RouteNodeRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << RouteNodeRecord{r.value(0).toInt(), r.value(1).toLongLong(), r.value(2).toString(),
                               r.value(3).toString(), r.value(4).toString()};
    }
    return out;
}

Status ShippingRepository::saveRoute(const QString &orderId, const QList<RouteNodeRecord> &nodes, qint64 pickupTime,
                                     qint64 checkedAt)
{
    return inWriteTransaction(m_db, [&](WriteTransaction &) -> Status {
        auto del = runStatement(m_db, QStringLiteral("DELETE FROM order_routes WHERE order_id = ?"), {orderId});
        if (!del)
            return del.error();
        for (const RouteNodeRecord &n : nodes) {
            auto ins = runStatement(m_db,
                                    QStringLiteral("INSERT INTO order_routes (order_id, seq, time, content, state, "
                                                   "state_description) VALUES (?, ?, ?, ?, ?, ?)"),
                                    {orderId, n.seq, n.time, n.content, n.state, n.stateDescription});
            if (!ins)
                return ins.error();
        }
        auto upd = runStatement(m_db,
                                QStringLiteral("UPDATE orders SET route_checked_at = ?, pickup_time = CASE WHEN "
                                               "? > 0 AND pickup_time = 0 THEN ? ELSE pickup_time END "
                                               "WHERE order_id = ?"),
                                {checkedAt, pickupTime, pickupTime, orderId});
        if (!upd)
            return upd.error();
        return {};
    });
}

} // namespace anxin::store

#include "store/ticketrepository.h"

#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/queryrunner.h"
#include "store/sqlitestatement.h"
#include "store/writetransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace anxin::store {

using core::Error;
using core::Status;

namespace {

// Column order shared by the upsert's binds (1-based) and get()'s reader.
#define ANXIN_TICKET_COLUMNS                                                                                           \
    "aftersale_id, shop_id, shop_order_id, aftersale_type, aftersale_status, refund_amount, refund_post_amount, "      \
    "apply_time, update_time, status_deadline, final_time, reason_code, reason_text, bad_item_text, product_id, "      \
    "product_name, sku_order_id, pay_amount, item_num, refund_type, refund_status, arbitrate_status, got_pkg, "        \
    "risk_decision_code, risk_flag, exempt_from_score, express_refund, sign_for_time, tags, remark, raw_json, "        \
    "fetched_at"

constexpr int kTicketColumnCount = 32;

const char kUpsertSql[] =
    "INSERT INTO tickets (" ANXIN_TICKET_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
    "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32) "
    "ON CONFLICT(aftersale_id) DO UPDATE SET shop_id = excluded.shop_id, shop_order_id = excluded.shop_order_id, "
    "aftersale_type = excluded.aftersale_type, aftersale_status = excluded.aftersale_status, "
    "refund_amount = excluded.refund_amount, refund_post_amount = excluded.refund_post_amount, "
    "apply_time = excluded.apply_time, update_time = excluded.update_time, "
    // The platform clears the deadline of a final ticket: the last one seen stays (the score asks if it was met).
    // Deadlines only move later, step after step; an older answer read after the final one fills it in
    // (kFillDeadlineSql).
    "status_deadline = CASE WHEN excluded.status_deadline = 0 AND excluded.final_time > 0 "
    "THEN tickets.status_deadline ELSE excluded.status_deadline END, final_time = excluded.final_time, "
    "reason_code = excluded.reason_code, reason_text = excluded.reason_text, "
    "bad_item_text = excluded.bad_item_text, product_id = excluded.product_id, "
    "product_name = excluded.product_name, sku_order_id = excluded.sku_order_id, "
    "pay_amount = excluded.pay_amount, item_num = excluded.item_num, refund_type = excluded.refund_type, "
    "refund_status = excluded.refund_status, arbitrate_status = excluded.arbitrate_status, "
    "got_pkg = excluded.got_pkg, risk_decision_code = excluded.risk_decision_code, "
    "risk_flag = excluded.risk_flag, exempt_from_score = excluded.exempt_from_score, "
    "express_refund = excluded.express_refund, sign_for_time = excluded.sign_for_time, tags = excluded.tags, "
    "remark = excluded.remark, raw_json = excluded.raw_json, fetched_at = excluded.fetched_at "
    "WHERE excluded.update_time >= tickets.update_time";

// An open version read after the ticket's final one: its deadline is kept if it is the latest seen, so the cache ends
// the same whatever order the pages came in.
const char kFillDeadlineSql[] = "UPDATE tickets SET status_deadline = ?2 WHERE aftersale_id = ?1 AND final_time > 0 "
                                "AND status_deadline < ?2";

void bindTicket(SqliteStatement &st, const TicketRecord &r)
{
    st.bind(1, r.aftersaleId);
    st.bind(2, r.shopId);
    st.bind(3, r.shopOrderId);
    st.bind(4, r.aftersaleType);
    st.bind(5, r.aftersaleStatus);
    st.bind(6, r.refundAmount);
    st.bind(7, r.refundPostAmount);
    st.bind(8, r.applyTime);
    st.bind(9, r.updateTime);
    st.bind(10, r.statusDeadline);
    st.bind(11, r.finalTime);
    st.bind(12, r.reasonCode);
    st.bind(13, r.reasonText);
    st.bind(14, r.badItemText);
    st.bind(15, r.productId);
    st.bind(16, r.productName);
    st.bind(17, r.skuOrderId);
    st.bind(18, r.payAmount);
    st.bind(19, r.itemNum);
    st.bind(20, r.refundType);
    st.bind(21, r.refundStatus);
    st.bind(22, r.arbitrateStatus);
    st.bind(23, r.gotPkg);
    st.bind(24, r.riskDecisionCode);
    st.bind(25, r.riskFlag ? 1 : 0);
    st.bind(26, r.exemptFromScore ? 1 : 0);
    st.bind(27, r.expressRefund ? 1 : 0);
    st.bind(28, r.signForTime);
    st.bind(29, r.tags);
    st.bind(30, r.remark);
    st.bind(31, r.rawJson);
    st.bind(32, r.fetchedAt);
}

TicketRecord readTicket(const QSqlQuery &q)
{
    TicketRecord r;
    int i = 0;
    r.aftersaleId = q.value(i++).toString();
    r.shopId = q.value(i++).toString();
    r.shopOrderId = q.value(i++).toString();
    r.aftersaleType = q.value(i++).toInt();
    r.aftersaleStatus = q.value(i++).toInt();
    r.refundAmount = q.value(i++).toLongLong();
    r.refundPostAmount = q.value(i++).toLongLong();
    r.applyTime = q.value(i++).toLongLong();
    r.updateTime = q.value(i++).toLongLong();
    r.statusDeadline = q.value(i++).toLongLong();
    r.finalTime = q.value(i++).toLongLong();
    r.reasonCode = q.value(i++).toString();
    r.reasonText = q.value(i++).toString();
    r.badItemText = q.value(i++).toString();
    r.productId = q.value(i++).toString();
    r.productName = q.value(i++).toString();
    r.skuOrderId = q.value(i++).toString();
    r.payAmount = q.value(i++).toLongLong();
    r.itemNum = q.value(i++).toInt();
    r.refundType = q.value(i++).toInt();
    r.refundStatus = q.value(i++).toInt();
    r.arbitrateStatus = q.value(i++).toInt();
    r.gotPkg = q.value(i++).toInt();
    r.riskDecisionCode = q.value(i++).toInt();
    r.riskFlag = q.value(i++).toInt() != 0;
    r.exemptFromScore = q.value(i++).toInt() != 0;
    r.expressRefund = q.value(i++).toInt() != 0;
    r.signForTime = q.value(i++).toLongLong();
    r.tags = q.value(i++).toString();
    r.remark = q.value(i++).toString();
    r.rawJson = q.value(i++).toString();
    r.fetchedAt = q.value(i++).toLongLong();
    return r;
}

} // namespace

const char *TicketRepository::upsertStatement()
{
    return kUpsertSql;
}

QStringList TicketRepository::sortColumns()
{
    return {QStringLiteral("status_deadline"), QStringLiteral("apply_time"),   QStringLiteral("update_time"),
            QStringLiteral("refund_amount"),   QStringLiteral("aftersale_id"), QStringLiteral("aftersale_status"),
            QStringLiteral("aftersale_type"),  QStringLiteral("shop_id"),      QStringLiteral("product_name")};
}

core::Result<UpsertStats> TicketRepository::upsertBatch(const QList<TicketRecord> &rows)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto stats = upsertBatch(tx, rows);
    if (!stats)
        return stats;
    if (Status s = tx.commit(); !s)
        return s.error();
    return stats;
}

core::Result<UpsertStats> TicketRepository::upsertBatch(WriteTransaction &tx, const QList<TicketRecord> &rows)
{
    if (!tx.isActive())
        return Error::make(Error::Kind::Usage, QStringLiteral("upsertBatch needs an active write transaction"));
    SqliteStatement st(tx.database(), kUpsertSql);
    SqliteStatement fill(tx.database(), kFillDeadlineSql);
    for (const SqliteStatement *statement : {&st, &fill}) {
        if (!statement->status())
            return statement->status().error();
    }
    Q_ASSERT(st.parameterCount() == kTicketColumnCount);
    UpsertStats stats;
    for (const TicketRecord &r : rows) {
        if (r.aftersaleId.isEmpty() || r.shopId.isEmpty())
            return Error::make(Error::Kind::Usage, QStringLiteral("ticket without aftersale_id or shop_id"));
        bindTicket(st, r);
        if (Status s = st.exec(); !s)
            return s.error(); // the caller's transaction rolls back: nothing of the batch is kept
        if (st.changes() == 0) {
            ++stats.stale;
            if (r.finalTime == 0 && r.statusDeadline > 0) {
                fill.bind(1, r.aftersaleId);
                fill.bind(2, r.statusDeadline);
                if (Status s = fill.exec(); !s)
                    return s.error();
            }
        } else if (st.lastExecInserted())
            ++stats.inserted;
        else
            ++stats.updated;
    }
    return stats;
}

core::Result<std::optional<TicketRecord>> TicketRepository::get(const QString &aftersaleId) const
{
    Status s;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT " ANXIN_TICKET_COLUMNS " FROM tickets WHERE aftersale_id = ?"), &s);
    if (!s)
        return s.error();
    q.addBindValue(aftersaleId);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("get ticket"));
    if (!q.next())
        return std::optional<TicketRecord>{};
    return std::optional<TicketRecord>{readTicket(q)};
}

core::Result<QHash<QString, std::pair<qint64, QString>>>
TicketRepository::versions(const QStringList &aftersaleIds) const
{
    QHash<QString, std::pair<qint64, QString>> out;
    if (aftersaleIds.isEmpty())
        return out;
    QVariantList binds;
    for (const QString &id : aftersaleIds)
        binds << id;
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT aftersale_id, update_time, raw_json FROM tickets WHERE aftersale_id IN (") +
                     placeholders(aftersaleIds.size()) + QLatin1Char(')'),
                 binds);
    if (!q)
        return q.error();
    while (q.value().next())
        out.insert(q.value().value(0).toString(), {q.value().value(1).toLongLong(), q.value().value(2).toString()});
    return out;
}

TicketRepository::Where TicketRepository::buildWhere(const TicketFilter &f)
{
    QStringList clauses;
    QVariantList binds;
    if (!f.shopIds.isEmpty()) {
        clauses << QStringLiteral("t.shop_id IN (") + placeholders(f.shopIds.size()) + QLatin1Char(')');
        for (const QString &id : f.shopIds)
            binds << id;
    }
    if (!f.aftersaleIds.isEmpty()) {
        clauses << QStringLiteral("t.aftersale_id IN (") + placeholders(f.aftersaleIds.size()) + QLatin1Char(')');
        for (const QString &id : f.aftersaleIds)
            binds << id;
    }
    if (!f.types.isEmpty()) {
        clauses << QStringLiteral("t.aftersale_type IN (") + placeholders(f.types.size()) + QLatin1Char(')');
        for (int v : f.types)
            binds << v;
    }
    if (!f.statuses.isEmpty()) {
        clauses << QStringLiteral("t.aftersale_status IN (") + placeholders(f.statuses.size()) + QLatin1Char(')');
        for (int v : f.statuses)
            binds << v;
    }
    if (f.minAmount) {
        clauses << QStringLiteral("t.refund_amount >= ?");
        binds << *f.minAmount;
    }
    if (f.maxAmount) {
        clauses << QStringLiteral("t.refund_amount <= ?");
        binds << *f.maxAmount;
    }
    if (f.openOnly || f.dueWithinSecs)
        clauses << QStringLiteral("t.final_time = 0");
    if (f.dueWithinSecs) {
        // Matches the partial index tickets_open_deadline (final_time = 0 AND status_deadline > 0).
        clauses << QStringLiteral("t.status_deadline > 0 AND t.status_deadline BETWEEN ? AND ?");
        binds << f.now << f.now + *f.dueWithinSecs;
    }
    if (!f.reasonCodes.isEmpty()) {
        clauses << QStringLiteral("t.reason_code IN (") + placeholders(f.reasonCodes.size()) + QLatin1Char(')');
        for (const QString &c : f.reasonCodes)
            binds << c;
    }
    if (f.riskFlag) {
        clauses << QStringLiteral("t.risk_flag = ?");
        binds << (*f.riskFlag ? 1 : 0);
    }
    if (f.hasPendingDecision) {
        clauses << (*f.hasPendingDecision ? QStringLiteral("EXISTS") : QStringLiteral("NOT EXISTS")) +
                       QStringLiteral(
                           " (SELECT 1 FROM outbox o WHERE o.aftersale_id = t.aftersale_id AND o.state IN ") +
                       QLatin1String(kWaitingStatesSql) + QLatin1Char(')');
    }
    // Full text: terms of 3+ characters go through the trigram index; shorter ones (most Chinese words are two
    // characters, which trigram cannot match) fall back to LIKE over the same columns.
    QStringList ftsTerms;
    const QStringList terms = f.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        if (term.toUcs4().size() >= 3) {
            QString quoted = term;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            ftsTerms << QLatin1Char('"') + quoted + QLatin1Char('"');
            continue;
        }
        // The same columns as tickets_fts.
        static const QStringList likeColumns{QStringLiteral("t.product_name"), QStringLiteral("t.reason_text"),
                                             QStringLiteral("t.remark"), QStringLiteral("t.aftersale_id"),
                                             QStringLiteral("t.shop_order_id")};
        QStringList ors;
        for (const QString &col : likeColumns) {
            ors << col + QStringLiteral(" LIKE ? ESCAPE '\\'");
            binds << likePattern(term);
        }
        clauses << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!ftsTerms.isEmpty()) {
        clauses << QStringLiteral("t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)");
        binds << ftsTerms.join(QStringLiteral(" AND "));
    }
    Where w;
    if (!clauses.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    w.binds = binds;
    return w;
}

core::Result<int> TicketRepository::count(const TicketFilter &filter) const
{
    const Where w = buildWhere(filter);
    Status s;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM tickets t") + w.sql, &s);
    if (!s)
        return s.error();
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Database::errorFrom(q.lastError(), QStringLiteral("count tickets"));
    return q.value(0).toInt();
}

core::Result<QList<TicketListRow>> TicketRepository::page(const TicketFilter &filter, const TicketSort &sort,
                                                          int offset, int limit) const
{
    return window(filter, sort, nullptr, offset, limit);
}

core::Result<QList<TicketListRow>> TicketRepository::pageAfter(const TicketFilter &filter, const TicketSort &sort,
                                                               const TicketListRow &after, int limit) const
{
    return window(filter, sort, &after, 0, limit);
}

namespace {

// The value of the sort column `column` (a whitelisted name) in `row`, for the keyset comparison.
QVariant sortValue(const QString &column, const TicketListRow &row)
{
    if (column == QLatin1String("status_deadline"))
        return row.statusDeadline;
    if (column == QLatin1String("apply_time"))
        return row.applyTime;
    if (column == QLatin1String("update_time"))
        return row.updateTime;
    if (column == QLatin1String("refund_amount"))
        return row.refundAmount;
    if (column == QLatin1String("aftersale_id"))
        return row.aftersaleId;
    if (column == QLatin1String("aftersale_status"))
        return row.aftersaleStatus;
    if (column == QLatin1String("aftersale_type"))
        return row.aftersaleType;
    if (column == QLatin1String("shop_id"))
        return row.shopId;
    if (column == QLatin1String("product_name"))
        return row.productName;
    return {};
}

} // namespace

core::Result<QList<TicketListRow>> TicketRepository::window(const TicketFilter &filter, const TicketSort &sort,
                                                            const TicketListRow *after, int offset, int limit) const
{
    const QStringList columns = sortColumns();
    const qsizetype sortIndex = columns.indexOf(sort.column);
    if (sortIndex < 0)
        return Error::make(Error::Kind::Usage, QStringLiteral("unknown sort column: ") + sort.column);
    if (offset < 0 || limit < 0)
        return Error::make(Error::Kind::Usage, QStringLiteral("negative offset or limit"));
    Where w = buildWhere(filter);
    // The column name comes from the whitelist above, never from the caller's string as such.
    const QString column = QStringLiteral("t.") + columns.at(sortIndex);
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (after) {
        // A row value comparison: SQLite reads the sort index from that position on.
        w.sql += (w.sql.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND (")) + column +
                 QStringLiteral(", t.id) ") + (sort.descending ? QStringLiteral("< ") : QStringLiteral("> ")) +
                 QStringLiteral("(?, ?)");
        w.binds << sortValue(columns.at(sortIndex), *after) << after->id;
    }
    const QString sql =
        QStringLiteral("SELECT t.id, t.aftersale_id, t.shop_id, t.shop_order_id, t.aftersale_type, "
                       "t.aftersale_status, t.refund_amount, t.apply_time, t.update_time, t.status_deadline, "
                       "t.final_time, t.reason_code, t.reason_text, t.product_name, t.risk_flag, t.express_refund, "
                       "t.exempt_from_score, "
                       "(SELECT count(*) FROM outbox o WHERE o.aftersale_id = t.aftersale_id AND o.state IN ") +
        QLatin1String(kWaitingStatesSql) + QStringLiteral(") FROM tickets t") + w.sql + QStringLiteral(" ORDER BY ") +
        column + dir + QStringLiteral(", t.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
    Status s;
    QSqlQuery q = m_db.prepare(sql, &s);
    if (!s)
        return s.error();
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), QStringLiteral("page tickets"));
    QList<TicketListRow> out;
    out.reserve(qMin(limit, 1000));
    while (q.next()) {
        TicketListRow r;
        r.id = q.value(0).toLongLong();
        r.aftersaleId = q.value(1).toString();
        r.shopId = q.value(2).toString();
        r.shopOrderId = q.value(3).toString();
        r.aftersaleType = q.value(4).toInt();
        r.aftersaleStatus = q.value(5).toInt();
        r.refundAmount = q.value(6).toLongLong();
        r.applyTime = q.value(7).toLongLong();
        r.updateTime = q.value(8).toLongLong();
        r.statusDeadline = q.value(9).toLongLong();
        r.finalTime = q.value(10).toLongLong();
        r.reasonCode = q.value(11).toString();
        r.reasonText = q.value(12).toString();
        r.productName = q.value(13).toString();
        r.riskFlag = q.value(14).toInt() != 0;
        r.expressRefund = q.value(15).toInt() != 0;
        r.exemptFromScore = q.value(16).toInt() != 0;
        r.pendingDecisions = q.value(17).toInt();
        out.append(std::move(r));
    }
    if (q.lastError().isValid())
        return Database::errorFrom(q.lastError(), QStringLiteral("page tickets"));
    return out;
}

} // namespace anxin::store

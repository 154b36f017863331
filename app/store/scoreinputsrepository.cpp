#include "store/scoreinputsrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <iterator>

// Each SQL fragment below is one clause of the definitions in core/scoremodel.cpp; the drill-down reuses the
// same fragments so a metric's ids are exactly what its counts count. Lists (reason codes, types) are bound as
// one JSON array and read with json_each(?), so the statement text never depends on the data.
namespace anxin::store {

using core::Error;
using core::InputsQuery;
using core::MetricInputs;
using core::Status;

namespace {

// SQL text plus its positional binds, appended together so their order always matches.
struct Sql
{
    QString text;
    QVariantList binds;

    Sql &operator<<(const QString &s)
    {
        text += s;
        return *this;
    }
    Sql &operator<<(const QLatin1String &s)
    {
        text += s;
        return *this;
    }
    Sql &bind(const QVariant &v)
    {
        binds << v;
        return *this;
    }
};

QString jsonInts(const QList<int> &values, bool asText)
{
    QJsonArray a;
    for (int v : values)
        a.append(asText ? QJsonValue(QString::number(v)) : QJsonValue(v));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

constexpr qint64 kHourS = 3600;

// Tickets applied in the window, of one shop or all, exempt or not.
void ticketWindow(Sql &s, const QString &shopId, const InputsQuery &q)
{
    s << QLatin1String("t.apply_time BETWEEN ? AND ?");
    s.bind(q.since()).bind(q.now);
    if (!shopId.isEmpty()) {
        s << QLatin1String(" AND t.shop_id = ?");
        s.bind(shopId);
    }
}

const QLatin1String kNotExempt("t.exempt_from_score = 0");
const QLatin1String kRejected("t.aftersale_status IN (27, 29)");
const QLatin1String kDecided("(t.final_time > 0 OR t.aftersale_status IN (27, 29))");
const QLatin1String kArbitrated("t.arbitrate_status <> 0");
// The platform decided the last step: its auto_audit_bits holds 2, or the ticket became final after the last
// status_deadline we saw. Only the array's own text is cut out and parsed (the whole raw_json would cost a JSON
// parse per row, ~1.7 s per million); a missing, empty, truncated or malformed array counts as "not auto".
#define ANXIN_BITS_AT "instr(t.raw_json, '\"auto_audit_bits\":')"
#define ANXIN_BITS "substr(t.raw_json, " ANXIN_BITS_AT " + 18, instr(substr(t.raw_json, " ANXIN_BITS_AT " + 18), ']'))"
const QLatin1String
    kAutoDecided("((t.status_deadline > 0 AND t.final_time > t.status_deadline) OR (CASE WHEN " ANXIN_BITS_AT
                 " > 0 AND instr(t.raw_json, '\"auto_audit_bits\":[]') = 0 AND json_valid(" ANXIN_BITS
                 ") THEN EXISTS (SELECT 1 FROM json_each(" ANXIN_BITS ") WHERE value = 2) ELSE 0 END))");
#undef ANXIN_BITS
#undef ANXIN_BITS_AT

void quality(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(t.aftersale_status = 12 AND t.reason_code IN (SELECT value FROM json_each(?)))");
    s.bind(jsonInts(q.qualityReasonCodes, true));
}

// Needed the merchant and is determined (final, or open past its deadline).
void needsAction(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(t.express_refund = 0 AND t.aftersale_status <> 28 AND (t.final_time > 0 OR "
                       "(t.status_deadline > 0 AND t.status_deadline < ?)))");
    s.bind(q.now);
}

void actedInTime(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(");
    needsAction(s, q);
    s << QLatin1String(" AND t.final_time > 0 AND NOT ") << kAutoDecided << QLatin1String(")");
}

// Completed tickets of one median group: 1 = refund only, 2 = return and refund, NULL = neither.
void completionGroup(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(CASE WHEN t.aftersale_type IN (SELECT value FROM json_each(?)) THEN 1 "
                       "WHEN t.aftersale_type IN (SELECT value FROM json_each(?)) THEN 2 END)");
    s.bind(jsonInts(q.refundOnlyTypes, false)).bind(jsonInts(q.returnRefundTypes, false));
}
const QLatin1String kCompleted("t.express_refund = 0 AND t.final_time > 0 AND t.final_time >= t.apply_time");

void shopFilter(Sql &s, const QString &shopId)
{
    if (!shopId.isEmpty()) {
        s << QLatin1String(" AND o.shop_id = ?");
        s.bind(shopId);
    }
}

// Shipped in the window with the pickup determined (scanned, or the pickup window has passed).
void shippedDetermined(Sql &s, const InputsQuery &q)
{
    s << QLatin1String(
        "(o.ship_time > 0 AND o.ship_time BETWEEN ? AND ? AND (o.pickup_time > 0 OR ? - o.ship_time > ?))");
    s.bind(q.since()).bind(q.now).bind(q.now).bind(q.pickupWindowS);
}

void pickedUp(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(o.pickup_time > 0 AND o.pickup_time - o.ship_time <= ?)");
    s.bind(q.pickupWindowS);
}

// Promised in or after the window's start and determined: shipped, or unshipped, not cancelled and past due.
void due(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(o.exp_ship_time > 0 AND o.exp_ship_time >= ? AND (o.ship_time > 0 OR "
                       "(o.order_status <> 4 AND o.exp_ship_time < ?)))");
    s.bind(q.since()).bind(q.now);
}
const QLatin1String kLate("(o.ship_time = 0 OR o.ship_time > o.exp_ship_time)");

void delivered(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(o.sign_time > 0 AND o.sign_time BETWEEN ? AND ? AND o.pay_time > 0 AND "
                       "o.sign_time >= o.pay_time)");
    s.bind(q.since()).bind(q.now);
}

core::Result<QSqlQuery> run(const Database &db, const Sql &s)
{
    return runQuery(db, s.text, s.binds);
}

core::Result<QStringList> ids(const Database &db, Sql &s, int limit)
{
    s << QLatin1String(" LIMIT ?");
    s.bind(limit);
    auto q = run(db, s);
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace

ScoreInputsRepository::ScoreInputsRepository(const Database &db, const core::ScoreRules &rules)
    : m_db(db)
    , m_rules(rules)
{}

InputsQuery ScoreInputsRepository::queryFor(qint64 now, int windowDays) const
{
    InputsQuery q = InputsQuery::fromRules(m_rules, now);
    q.windowDays = windowDays;
    return q;
}

core::Result<MetricInputs> ScoreInputsRepository::inputs(const QString &shopId, qint64 now, int windowDays,
                                                         const QList<int> &qualityReasonCodes) const
{
    InputsQuery q = queryFor(now, windowDays);
    q.qualityReasonCodes = qualityReasonCodes;
    return inputs(shopId, q);
}

core::Result<MetricInputs> ScoreInputsRepository::inputs(const QString &shopId, const InputsQuery &query) const
{
    if (query.windowDays <= 0)
        return Error::make(Error::Kind::Usage, QStringLiteral("score inputs: the window must be at least a day"));
    MetricInputs out;
    for (auto step : {&ScoreInputsRepository::ticketCounts, &ScoreInputsRepository::ticketMedians,
                      &ScoreInputsRepository::orderCounts, &ScoreInputsRepository::orderMedian}) {
        const Status s = (this->*step)(shopId, query, out);
        if (!s)
            return s.error();
    }
    return out;
}

Status ScoreInputsRepository::ticketCounts(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    // One pass over the window's tickets; every count but the first is of non-exempt tickets only.
    Sql s;
    const auto counted = [&s](const auto &expr) {
        s << QLatin1String(", TOTAL(") << kNotExempt << QLatin1String(" AND ");
        expr();
        s << QLatin1String(")");
    };
    s << QLatin1String("SELECT TOTAL(t.exempt_from_score <> 0), TOTAL(") << kNotExempt << QLatin1String(")");
    counted([&] { s << kArbitrated; });
    counted([&] { s << kDecided; });
    counted([&] { s << kRejected; });
    counted([&] { quality(s, q); });
    counted([&] { needsAction(s, q); });
    counted([&] { actedInTime(s, q); });
    s << QLatin1String(" FROM tickets t WHERE ");
    ticketWindow(s, shopId, q);
    auto r = run(m_db, s);
    if (!r)
        return r.error();
    QSqlQuery &row = r.value();
    if (!row.next())
        return Error::make(Error::Kind::Internal, QStringLiteral("score inputs: no aggregate row"));
    qint64 *targets[] = {&out.exemptTickets,   &out.tickets,        &out.arbitratedTickets, &out.decidedTickets,
                         &out.rejectedTickets, &out.qualityReturns, &out.actionTickets,     &out.actedInTime};
    for (int i = 0; i < int(std::size(targets)); ++i)
        *targets[i] = qint64(row.value(i).toDouble()); // TOTAL() is a REAL, exact for counts below 2^53
    return {};
}

Status ScoreInputsRepository::ticketMedians(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    // The median by window functions: rank each group's durations, keep the middle one (odd n) or two (even n).
    Sql s;
    s << QLatin1String(
        "SELECT grp, AVG(d), MAX(n) FROM (SELECT grp, d, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY d) "
        "AS rn, COUNT(*) OVER (PARTITION BY grp) AS n FROM (SELECT ");
    completionGroup(s, q);
    s << QLatin1String(" AS grp, t.final_time - t.apply_time AS d FROM tickets t WHERE ");
    ticketWindow(s, shopId, q);
    s << QLatin1String(" AND ") << kNotExempt << QLatin1String(" AND ") << kCompleted
      << QLatin1String(") WHERE grp IS NOT NULL) WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY grp");
    auto r = run(m_db, s);
    if (!r)
        return r.error();
    while (r.value().next()) {
        const int grp = r.value().value(0).toInt();
        const double median = r.value().value(1).toDouble();
        const qint64 n = r.value().value(2).toLongLong();
        if (grp == 1) {
            out.refundOnlyMedianS = median;
            out.refundOnlyCompleted = n;
        } else if (grp == 2) {
            out.returnRefundMedianS = median;
            out.returnRefundCompleted = n;
        }
    }
    return {};
}

Status ScoreInputsRepository::orderCounts(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    Sql s;
    s << QLatin1String("SELECT TOTAL(o.pay_time > 0 AND o.pay_time BETWEEN ? AND ?), TOTAL(");
    s.bind(q.since()).bind(q.now);
    shippedDetermined(s, q);
    s << QLatin1String("), TOTAL(");
    shippedDetermined(s, q);
    s << QLatin1String(" AND ");
    pickedUp(s, q);
    s << QLatin1String("), TOTAL(");
    due(s, q);
    s << QLatin1String("), TOTAL(");
    due(s, q);
    s << QLatin1String(" AND ") << kLate << QLatin1String(") FROM orders o WHERE 1");
    shopFilter(s, shopId);
    auto r = run(m_db, s);
    if (!r)
        return r.error();
    QSqlQuery &row = r.value();
    if (!row.next())
        return Error::make(Error::Kind::Internal, QStringLiteral("score inputs: no aggregate row"));
    out.paidOrders = qint64(row.value(0).toDouble());
    out.shippedOrders = qint64(row.value(1).toDouble());
    out.pickedUpInWindow = qint64(row.value(2).toDouble());
    out.dueOrders = qint64(row.value(3).toDouble());
    out.lateOrders = qint64(row.value(4).toDouble());
    return {};
}

Status ScoreInputsRepository::orderMedian(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    Sql s;
    s << QLatin1String("SELECT AVG(d), MAX(n) FROM (SELECT d, ROW_NUMBER() OVER (ORDER BY d) AS rn, COUNT(*) OVER () "
                       "AS n FROM (SELECT o.sign_time - o.pay_time AS d FROM orders o WHERE ");
    delivered(s, q);
    shopFilter(s, shopId);
    s << QLatin1String(")) WHERE rn IN ((n + 1) / 2, (n + 2) / 2)");
    auto r = run(m_db, s);
    if (!r)
        return r.error();
    if (r.value().next() && !r.value().value(1).isNull()) {
        out.payToDeliveryMedianS = r.value().value(0).toDouble();
        out.deliveredOrders = r.value().value(1).toLongLong();
    }
    return {};
}

core::Result<QStringList> ScoreInputsRepository::ticketsBehind(const QString &metric, const QString &shopId, qint64 now,
                                                               int windowDays, int limit) const
{
    namespace m = core::metric;
    const core::MetricRule *rule = m_rules.metric(metric);
    if (!rule || m::isOrderMetric(metric))
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("score drill-down: %1 is not a ticket metric").arg(metric));
    if (metric == QLatin1String(m::BadReviewRate))
        return QStringList{};
    const InputsQuery q = queryFor(now, windowDays);
    Sql s;
    const bool completion = metric == QLatin1String(m::RefundOnlyCompletionHours) ||
                            metric == QLatin1String(m::ReturnRefundCompletionHours);
    s << QLatin1String("SELECT t.aftersale_id FROM tickets t WHERE ");
    ticketWindow(s, shopId, q);
    s << QLatin1String(" AND ") << kNotExempt << QLatin1String(" AND ");
    if (metric == QLatin1String(m::QualityReturnRate)) {
        quality(s, q);
    } else if (metric == QLatin1String(m::MerchantRejectionRate)) {
        s << kRejected;
    } else if (metric == QLatin1String(m::ArbitrationRate)) {
        s << kArbitrated;
    } else if (metric == QLatin1String(m::DecidedBeforeDeadlineRate)) {
        needsAction(s, q);
        s << QLatin1String(" AND NOT (t.final_time > 0 AND NOT ") << kAutoDecided << QLatin1String(")");
    } else if (completion) {
        s << kCompleted << QLatin1String(" AND ");
        completionGroup(s, q);
        s << QLatin1String(" = ? AND t.final_time - t.apply_time > ?");
        s.bind(metric == QLatin1String(m::RefundOnlyCompletionHours) ? 1 : 2)
            .bind(qint64(rule->fullScoreBound() * double(kHourS)));
    }
    s << (completion ? QLatin1String(" ORDER BY t.final_time - t.apply_time DESC, t.aftersale_id")
                     : QLatin1String(" ORDER BY t.apply_time DESC, t.aftersale_id"));
    return ids(m_db, s, limit);
}

core::Result<QStringList> ScoreInputsRepository::ordersBehind(const QString &metric, const QString &shopId, qint64 now,
                                                              int windowDays, int limit) const
{
    namespace m = core::metric;
    const core::MetricRule *rule = m_rules.metric(metric);
    if (!rule || !m::isOrderMetric(metric))
        return Error::make(Error::Kind::Usage,
                           QStringLiteral("score drill-down: %1 is not an order metric").arg(metric));
    const InputsQuery q = queryFor(now, windowDays);
    Sql s;
    s << QLatin1String("SELECT o.order_id FROM orders o WHERE ");
    if (metric == QLatin1String(m::Pickup24hRate)) {
        shippedDetermined(s, q);
        s << QLatin1String(" AND NOT ");
        pickedUp(s, q);
        shopFilter(s, shopId);
        s << QLatin1String(" ORDER BY o.ship_time DESC, o.order_id");
    } else if (metric == QLatin1String(m::LateShipmentRate)) {
        due(s, q);
        s << QLatin1String(" AND ") << kLate;
        shopFilter(s, shopId);
        s << QLatin1String(" ORDER BY o.exp_ship_time DESC, o.order_id");
    } else {
        delivered(s, q);
        s << QLatin1String(" AND o.sign_time - o.pay_time > ?");
        s.bind(qint64(rule->fullScoreBound() * double(kHourS)));
        shopFilter(s, shopId);
        s << QLatin1String(" ORDER BY o.sign_time - o.pay_time DESC, o.order_id");
    }
    return ids(m_db, s, limit);
}

} // namespace anxin::store

#include "store/scoreinputsrepository.h"

#include "store/database.h"
#include "store/queryrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <iterator>
#include <thread>

// Each SQL fragment below is one clause of the definitions in core/scoremodel.cpp; the drill-down reuses the
// same fragments so a metric's ids are exactly what its counts count. Lists (reason codes, types) are bound as
// one JSON array and read with json_each(?), so the statement text never depends on the data.
namespace anxin::store {

using core::Error;
using core::InputsQuery;
using core::MetricInputs;
using core::Status;

// SQL text plus its positional binds, appended together so their order always matches.
struct ScoreSql
{
    QString text;
    QVariantList binds;

    ScoreSql &operator<<(const QString &s)
    {
        text += s;
        return *this;
    }
    ScoreSql &operator<<(const QLatin1String &s)
    {
        text += s;
        return *this;
    }
    ScoreSql &bind(const QVariant &v)
    {
        binds << v;
        return *this;
    }
};

namespace {

using Sql = ScoreSql;

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
const QLatin1String kArbitrated("t.arbitrate_status <> 0");
// The platform decided the last step (platform_auto_decided: its auto_audit_bits holds 2, a generated column, see
// migration 0005), or the ticket became final after the last status_deadline we saw.
#define ANXIN_AUTO_DECIDED                                                                                             \
    "((t.status_deadline > 0 AND t.final_time > t.status_deadline) OR t.platform_auto_decided <> 0)"
const QLatin1String kAutoDecided(ANXIN_AUTO_DECIDED);
// Decided by the merchant (the rejection rate's denominator): rejected, or final by the merchant's own decision.
// A ticket the platform decided at its deadline or refunded at once (express) is no merchant decision: counting it
// would let a missed deadline lower the rejection rate and raise the service estimate.
const QLatin1String kDecided("(t.aftersale_status IN (27, 29) OR (t.final_time > 0 AND t.express_refund = 0 AND "
                             "NOT " ANXIN_AUTO_DECIDED "))");
#undef ANXIN_AUTO_DECIDED

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

// Shipped in the window with the pickup determined: scanned, or the pickup window has passed without a scan and the
// parcel is not signed for (signed, it was picked up at a time this cache does not know: not counted either way).
void shippedDetermined(Sql &s, const InputsQuery &q)
{
    s << QLatin1String("(o.ship_time > 0 AND o.ship_time BETWEEN ? AND ? AND (o.pickup_time > 0 OR (o.sign_time = 0 "
                       "AND ? - o.ship_time > ?)))");
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
    // One shop (what the app and the CLI ask for) walks the score indexes of migration 0005; all shops keep the
    // plain aggregates (the indexes lead with shop_id). The tests check both against the oracle
    // (tests/support/scoreoracle.cpp).
    using Step = Status (ScoreInputsRepository::*)(const QString &, const InputsQuery &, MetricInputs &) const;
    // Side by side only from a file and outside a transaction (another connection would not see its writes).
    if (!shopId.isEmpty() && !m_db.inTransaction() && !m_db.path().isEmpty() &&
        !m_db.path().startsWith(QLatin1Char(':')) && QFileInfo::exists(m_db.path()))
        return inputsSideBySide(shopId, query);
    const std::initializer_list<Step> perShop{
        &ScoreInputsRepository::shopTicketCounts, &ScoreInputsRepository::shopTicketMedians,
        &ScoreInputsRepository::shopOrderCounts, &ScoreInputsRepository::shopOrderMedian};
    const std::initializer_list<Step> allShops{
        &ScoreInputsRepository::ticketCounts, &ScoreInputsRepository::ticketMedians,
        &ScoreInputsRepository::orderCounts, &ScoreInputsRepository::orderMedian};
    int done = 0;
    for (Step step : shopId.isEmpty() ? allShops : perShop) {
        if (m_progress)
            m_progress(done++, 4);
        const Status s = (this->*step)(shopId, query, out);
        if (!s)
            return s.error();
    }
    if (m_progress)
        m_progress(4, 4);
    return out;
}

core::Result<MetricInputs> ScoreInputsRepository::inputsSideBySide(const QString &shopId,
                                                                   const InputsQuery &query) const
{
    // The orders' walks on a connection of their own, on a thread of their own, while this one walks the tickets:
    // the two halves share nothing (two read snapshots a moment apart, as two syncs' worth of difference at most).
    MetricInputs orders;
    Status orderStatus;
    bool ownConnection = true;
    std::thread worker([&] {
        Database other;
        if (Status st = other.openReadOnly(m_db.path()); !st) {
            ownConnection = false; // walked here afterwards: slower, never wrong
            return;
        }
        const ScoreInputsRepository repo(other, m_rules);
        if (Status st = repo.shopOrderCounts(shopId, query, orders); !st)
            orderStatus = st;
        else if (Status st2 = repo.shopOrderMedian(shopId, query, orders); !st2)
            orderStatus = st2;
    });
    MetricInputs out;
    if (m_progress)
        m_progress(0, 4);
    Status ticketStatus = shopTicketCounts(shopId, query, out);
    if (m_progress)
        m_progress(1, 4);
    if (ticketStatus)
        ticketStatus = shopTicketMedians(shopId, query, out);
    if (m_progress)
        m_progress(2, 4);
    worker.join();
    if (!ticketStatus)
        return ticketStatus.error();
    if (!ownConnection) {
        orderStatus = shopOrderCounts(shopId, query, orders);
        if (orderStatus)
            orderStatus = shopOrderMedian(shopId, query, orders);
    }
    if (!orderStatus)
        return orderStatus.error();
    out.paidOrders = orders.paidOrders;
    out.shippedOrders = orders.shippedOrders;
    out.pickedUpInWindow = orders.pickedUpInWindow;
    out.dueOrders = orders.dueOrders;
    out.lateOrders = orders.lateOrders;
    out.deliveredOrders = orders.deliveredOrders;
    out.payToDeliveryMedianS = orders.payToDeliveryMedianS;
    if (m_progress)
        m_progress(4, 4);
    return out;
}

// --- One shop: grouped and ordered walks of the score indexes ------------------------------------------------------

namespace {

// score_class bits (migration 0005).
enum ClassBit : int
{
    kExempt = 1,
    kArbitratedBit = 2,
    kRejectedBit = 4,
    kFinal = 8,
    kExpress = 16,
    kClosed = 32,
    kRefunded = 64,
    kPlatformAuto = 128,
    kFinalAfterDeadline = 256,
    kFinalNotBeforeApply = 512
};

// Completed, non-exempt, non-express with final_time >= apply_time: the completion-time samples.
constexpr int kCompletedMask = kExempt | kFinal | kExpress | kFinalNotBeforeApply;
constexpr int kCompletedValue = kFinal | kFinalNotBeforeApply;

} // namespace

Status ScoreInputsRepository::shopTicketCounts(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    // tickets_score is ordered by (shop_id, score_class, aftersale_type): the GROUP BY needs no sort, and only the
    // two rules- or now-dependent facts are evaluated per row.
    Sql s;
    s << QLatin1String("SELECT t.score_class, t.aftersale_type, COUNT(*), TOTAL(t.reason_code IN (SELECT value FROM "
                       "json_each(?))), TOTAL(t.final_time = 0 AND t.status_deadline > 0 AND t.status_deadline < ?) "
                       "FROM tickets t INDEXED BY tickets_score WHERE t.shop_id = ? AND t.apply_time BETWEEN ? AND ? "
                       "GROUP BY t.score_class, t.aftersale_type");
    s.bind(jsonInts(q.qualityReasonCodes, true)).bind(q.now).bind(shopId).bind(q.since()).bind(q.now);
    auto r = run(m_db, s);
    if (!r)
        return r.error();
    m_completed = {};
    while (r.value().next()) {
        const QSqlQuery &row = r.value();
        const int c = row.value(0).toInt();
        const int type = row.value(1).toInt();
        const qint64 n = row.value(2).toLongLong();
        const qint64 qualityReasons = qint64(row.value(3).toDouble());
        const qint64 overdueOpen = qint64(row.value(4).toDouble());
        if (c & kExempt) {
            out.exemptTickets += n;
            continue;
        }
        out.tickets += n;
        if (c & kArbitratedBit)
            out.arbitratedTickets += n;
        if ((c & kRejectedBit) || ((c & kFinal) && !(c & (kExpress | kPlatformAuto | kFinalAfterDeadline))))
            out.decidedTickets += n; // decided by the merchant (kDecided)
        if (c & kRejectedBit)
            out.rejectedTickets += n;
        if (c & kRefunded)
            out.qualityReturns += qualityReasons;
        if (!(c & (kExpress | kClosed))) {
            if (c & kFinal) {
                out.actionTickets += n;
                if (!(c & (kPlatformAuto | kFinalAfterDeadline)))
                    out.actedInTime += n;
            } else {
                out.actionTickets += overdueOpen;
            }
        }
        if ((c & kCompletedMask) == kCompletedValue) {
            if (q.refundOnlyTypes.contains(type))
                m_completed.first += n;
            else if (q.returnRefundTypes.contains(type))
                m_completed.second += n;
        }
    }
    return {};
}

core::Result<std::optional<double>> ScoreInputsRepository::nthPairMedian(ScoreSql &s, qint64 n) const
{
    // Rows (n-1)/2 and n/2 of the ordered walk: the middle one, or the two middle ones.
    s << QLatin1String(" LIMIT 2 OFFSET ?");
    s.bind((n - 1) / 2);
    auto r = run(m_db, s);
    if (!r)
        return r.error();
    QList<double> values;
    while (r.value().next())
        values << r.value().value(0).toDouble();
    if (values.isEmpty())
        return std::optional<double>{};
    if (n % 2 == 1 || values.size() < 2)
        return std::optional<double>{values.first()};
    return std::optional<double>{(values.at(0) + values.at(1)) / 2.0};
}

Status ScoreInputsRepository::shopTicketMedians(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    // The counts step found each group's sample count; the median is an OFFSET into tickets_score_completion, which
    // is ordered by completion time.
    const std::pair<QList<int>, qint64> groups[] = {{q.refundOnlyTypes, m_completed.first},
                                                    {q.returnRefundTypes, m_completed.second}};
    for (int g = 0; g < 2; ++g) {
        const qint64 n = groups[g].second;
        if (n <= 0)
            continue;
        Sql s;
        s << QLatin1String("SELECT t.final_time - t.apply_time FROM tickets t INDEXED BY tickets_score_completion "
                           "WHERE t.shop_id = ? AND t.apply_time BETWEEN ? AND ? AND t.aftersale_type IN (SELECT value "
                           "FROM json_each(?)) AND (t.score_class & ?) = ? ORDER BY t.final_time - t.apply_time");
        s.bind(shopId).bind(q.since()).bind(q.now).bind(jsonInts(groups[g].first, false));
        s.bind(kCompletedMask).bind(kCompletedValue);
        auto median = nthPairMedian(s, n);
        if (!median)
            return median.error();
        if (g == 0) {
            out.refundOnlyCompleted = n;
            out.refundOnlyMedianS = median.value();
        } else {
            out.returnRefundCompleted = n;
            out.returnRefundMedianS = median.value();
        }
    }
    return {};
}

Status ScoreInputsRepository::shopOrderCounts(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    // Three range walks, each over the index whose second column is the time it filters on.
    const auto one = [this](Sql &s, std::initializer_list<qint64 *> targets) -> Status {
        auto r = run(m_db, s);
        if (!r)
            return r.error();
        if (!r.value().next())
            return Error::make(Error::Kind::Internal, QStringLiteral("score inputs: no aggregate row"));
        int i = 0;
        for (qint64 *t : targets)
            *t = qint64(r.value().value(i++).toDouble());
        return {};
    };
    Sql paid;
    paid << QLatin1String("SELECT COUNT(*) FROM orders o INDEXED BY orders_score_pay WHERE o.shop_id = ? AND "
                          "o.pay_time BETWEEN ? AND ? AND o.pay_time > 0");
    paid.bind(shopId).bind(q.since()).bind(q.now);
    if (auto st = one(paid, {&out.paidOrders}); !st)
        return st;
    Sql shipped;
    shipped << QLatin1String("SELECT TOTAL(o.pickup_time > 0 OR (o.sign_time = 0 AND ? - o.ship_time > ?)), TOTAL(");
    shipped.bind(q.now).bind(q.pickupWindowS);
    pickedUp(shipped, q);
    shipped << QLatin1String(") FROM orders o INDEXED BY orders_score_ship WHERE o.shop_id = ? AND o.ship_time BETWEEN "
                             "? AND ? AND o.ship_time > 0");
    shipped.bind(shopId).bind(q.since()).bind(q.now);
    if (auto st = one(shipped, {&out.shippedOrders, &out.pickedUpInWindow}); !st)
        return st;
    Sql due;
    due << QLatin1String("SELECT TOTAL(o.ship_time > 0 OR (o.order_status <> 4 AND o.exp_ship_time < ?)), "
                         "TOTAL((o.ship_time > 0 OR (o.order_status <> 4 AND o.exp_ship_time < ?)) AND ")
        << kLate
        << QLatin1String(") FROM orders o INDEXED BY orders_score_due WHERE o.shop_id = ? AND o.exp_ship_time >= ? "
                         "AND o.exp_ship_time > 0");
    due.bind(q.now).bind(q.now).bind(shopId).bind(q.since());
    return one(due, {&out.dueOrders, &out.lateOrders});
}

Status ScoreInputsRepository::shopOrderMedian(const QString &shopId, const InputsQuery &q, MetricInputs &out) const
{
    const QLatin1String where(" FROM orders o INDEXED BY orders_score_delivery WHERE o.shop_id = ? AND o.sign_time "
                              "BETWEEN ? AND ? AND o.sign_time > 0 AND o.pay_time > 0 AND o.sign_time >= o.pay_time");
    Sql count;
    count << QLatin1String("SELECT COUNT(*)") << where;
    count.bind(shopId).bind(q.since()).bind(q.now);
    auto r = run(m_db, count);
    if (!r)
        return r.error();
    const qint64 n = r.value().next() ? r.value().value(0).toLongLong() : 0;
    if (n <= 0)
        return {};
    Sql s;
    s << QLatin1String("SELECT o.sign_time - o.pay_time") << where
      << QLatin1String(" ORDER BY o.sign_time - o.pay_time");
    s.bind(shopId).bind(q.since()).bind(q.now);
    auto median = nthPairMedian(s, n);
    if (!median)
        return median.error();
    out.deliveredOrders = n;
    out.payToDeliveryMedianS = median.value();
    return {};
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

core::Result<ScoreInputsRepository::DueSoon> ScoreInputsRepository::dueSoon(const QString &shopId, qint64 now,
                                                                            qint64 withinS, int limit) const
{
    DueSoon out;
    Sql t;
    t << QLatin1String("SELECT t.aftersale_id FROM tickets t WHERE t.final_time = 0 AND t.status_deadline > 0 AND "
                       "t.status_deadline > ? AND t.status_deadline <= ? AND ")
      << kNotExempt << QLatin1String(" AND t.express_refund = 0 AND t.aftersale_status <> 28");
    t.bind(now).bind(now + withinS);
    if (!shopId.isEmpty()) {
        t << QLatin1String(" AND t.shop_id = ?");
        t.bind(shopId);
    }
    t << QLatin1String(" ORDER BY t.status_deadline, t.aftersale_id");
    auto tickets = ids(m_db, t, limit);
    if (!tickets)
        return tickets.error();
    out.ticketIds = tickets.value();
    Sql o;
    o << QLatin1String("SELECT o.order_id FROM orders o WHERE o.ship_time = 0 AND o.order_status <> 4 AND "
                       "o.exp_ship_time > ? AND o.exp_ship_time <= ?");
    o.bind(now).bind(now + withinS);
    shopFilter(o, shopId);
    o << QLatin1String(" ORDER BY o.exp_ship_time, o.order_id");
    auto orders = ids(m_db, o, limit);
    if (!orders)
        return orders.error();
    out.orderIds = orders.value();
    return out;
}

} // namespace anxin::store

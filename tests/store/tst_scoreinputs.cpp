#include "core/scoremodel.h"
#include "store/scoreinputsrepository.h"
#include "tempdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anxin;
using core::MetricInputs;
using core::OrderFacts;
using core::TicketFacts;

namespace {
constexpr qint64 kNow = 1'765'000'000;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kT0 = kNow - 10 * kDay;
constexpr qint64 kPay = kNow - 20 * kDay;
constexpr qint64 kExp = kPay + 48 * kHour;

const QString kCompactNoBits = QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[]}}");

struct TicketRow
{
    TicketFacts facts;
    QString shop = QStringLiteral("s1");
    QString rawJson; // empty: derived from facts.platformAutoDecided in the sync's compact form
};

TicketRow t(const char *id, qint64 apply, qint64 final, int status, int type)
{
    TicketRow r;
    r.facts.id = QLatin1String(id);
    r.facts.applyTime = apply;
    r.facts.finalTime = final;
    r.facts.status = status;
    r.facts.type = type;
    return r;
}

struct OrderRow
{
    OrderFacts facts;
    QString shop = QStringLiteral("s1");
};

OrderRow o(const char *id, qint64 pay, qint64 expShip, qint64 ship, qint64 pickup, qint64 sign, int status = 0)
{
    return OrderRow{OrderFacts{QLatin1String(id), status ? status : (ship ? 3 : 2), pay, expShip, ship, pickup, sign},
                    QStringLiteral("s1")};
}

// The hand-made data set; every expected number in the tests is worked out in the comments here.
QList<TicketRow> ticketRows()
{
    QList<TicketRow> rows;
    rows << t("T01", kT0, kT0 + 2 * kHour, 12, 1); // quality return (26), in time, refund-only 2 h
    rows.last().facts.reasonCode = 26;
    rows.last().rawJson = kCompactNoBits;
    rows << t("T02", kT0, kT0 + 6 * kHour, 12, 1); // reason 1: not quality; refund-only 6 h
    rows.last().facts.reasonCode = 1;
    rows << t("T03", kT0, kT0 + 4 * kHour, 27, 0); // rejected, arbitrated; quality reason but not refunded; 4 h
    rows.last().facts.reasonCode = 26;
    rows.last().facts.arbitrateStatus = 3;
    rows << t("T04", kT0, kT0 + 100 * kHour, 29, 0); // rejected after return, 100 h
    rows << t("T05", kT0, kT0 + 30 * kHour, 12, 0);  // the platform decided (auto bit 2), 30 h
    rows.last().facts.platformAutoDecided = true;
    rows << t("T06", kT0, kT0 + 26 * kHour, 12, 6); // final after its last known deadline: auto; refund-only 26 h
    rows.last().facts.statusDeadline = kT0 + 24 * kHour;
    rows << t("T07", kT0, kT0, 12, 2); // express refund: no action, no completion sample
    rows.last().facts.express = true;
    rows.last().rawJson = QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[1]}}");
    rows << t("T08", kT0, kT0 + 5 * kHour, 28, 1); // closed: decided, not an action ticket; refund-only 5 h
    rows << t("T09", kT0, 0, 6, 1);                // open, not yet due: pending
    rows.last().facts.statusDeadline = kNow + kHour;
    rows << t("T10", kT0, 0, 6, 1); // open past its deadline: missed
    rows.last().facts.statusDeadline = kNow - kHour;
    rows << t("T11", kT0 + kHour, 0, 27, 1); // rejected, under arbitration, deadline ahead
    rows.last().facts.statusDeadline = kNow + kDay;
    rows.last().facts.arbitrateStatus = 1;
    rows << t("T12", kT0, kT0 + 40 * kHour, 14, 3);              // exchange: in neither median
    rows << t("T13", kNow - 91 * kDay, kNow - 90 * kDay, 27, 1); // before the window
    rows << t("T14", kT0, kT0 + 90 * kHour, 27, 1);              // exempt: everywhere but exemptTickets
    rows.last().facts.exempt = true;
    rows.last().facts.arbitrateStatus = 3;
    rows << t("T15", kT0, kT0 + kHour, 12, 1); // exempt quality refund
    rows.last().facts.exempt = true;
    rows.last().facts.reasonCode = 19;
    rows << t("T16", kT0, kT0 + kHour, 12, 1); // auto bit in another serialiser's spacing: still auto; 1 h
    rows.last().facts.platformAutoDecided = true;
    rows.last().rawJson = QStringLiteral("{\"aftersale_info\": {\"auto_audit_bits\": [1, 2]}}");
    rows << t("T17", kT0, kT0 + 3 * kHour, 12, 1); // truncated raw JSON: not auto, and no SQL error; 3 h
    rows.last().rawJson = QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[2");
    rows << t("T18", kT0 + 2 * kHour, kT0 + 3 * kHour, 27, 1); // another shop's rejection, 1 h
    rows.last().shop = QStringLiteral("s2");
    return rows;
}

QList<OrderRow> orderRows()
{
    QList<OrderRow> rows;
    rows << o("O1-on-time", kPay, kExp, kPay + kDay, kPay + kDay + 2 * kHour, kPay + 3 * kDay); // 72 h
    rows << o("O2-late", kPay, kExp, kExp + kHour, kExp + 31 * kHour, kPay + 5 * kDay);         // late, scan > 24 h
    rows << o("O3-no-pickup", kPay, kExp, kPay + 2 * kHour, 0, 0);                              // never scanned
    rows << o("O4-overdue", kPay, kExp, 0, 0, 0);                                               // unshipped, late
    rows << o("O5-cancelled", kPay, kExp, 0, 0, 0, 4);                                          // not due
    rows << o("O6-recent", kNow - 2 * kHour, kNow + 46 * kHour, kNow - kHour, 0, 0);            // due, pickup pending
    rows << o("O7-not-due", kNow - kHour, kNow + 47 * kHour, 0, 0, 0);                          // pending
    rows << o("O8-old", kNow - 100 * kDay, kNow - 98 * kDay, kNow - 99 * kDay, kNow - 99 * kDay,
              kNow - 89 * kDay); // only its delivery (11 days) is in the window
    rows << o("O9-s2", kPay, kExp, kExp + 2 * kHour, kExp + 3 * kHour, kPay + 4 * kDay); // shop s2: late, 96 h
    rows.last().shop = QStringLiteral("s2");
    return rows;
}

QString rawJsonFor(const TicketRow &r)
{
    if (!r.rawJson.isEmpty())
        return r.rawJson;
    return r.facts.platformAutoDecided ? QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[2]}}")
                                       : QStringLiteral(""); // a null QString would bind NULL
}

template <class Row>
auto factsOf(const QList<Row> &rows, const QString &shop)
{
    QList<decltype(Row::facts)> out;
    for (const Row &r : rows) {
        if (shop.isEmpty() || r.shop == shop)
            out << r.facts;
    }
    return out;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QLatin1String(s);
    return out;
}
} // namespace

class TestScoreInputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inputs_oneShop_everyInputExact();
    void inputs_allShops_includesEveryShop();
    void inputs_anyShop_matchesReferenceDefinition();
    void inputs_unknownShop_zeroAndNoMedians();
    void inputs_otherQualityCodes_countsThose();
    void inputs_badWindow_usageError();
    void ticketsBehind_eachTicketMetric_exactIds();
    void ticketsBehind_limitAndAllShops_respected();
    void ordersBehind_eachOrderMetric_exactIds();
    void behind_wrongKindOrUnknownMetric_usageError();

private:
    test::TempDb m_tmp;
    store::Database m_db;
};

void TestScoreInputs::initTestCase()
{
    ANXIN_VERIFY_OK(m_tmp.open(m_db));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO tickets (aftersale_id, shop_id, aftersale_type, aftersale_status, apply_time, update_time, "
        "status_deadline, final_time, reason_code, arbitrate_status, exempt_from_score, express_refund, raw_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const TicketRow &r : ticketRows()) {
        const TicketFacts &f = r.facts;
        const QVariantList values{f.id,
                                  r.shop,
                                  f.type,
                                  f.status,
                                  f.applyTime,
                                  std::max(f.applyTime, f.finalTime),
                                  f.statusDeadline,
                                  f.finalTime,
                                  f.reasonCode ? QString::number(f.reasonCode) : QStringLiteral(""),
                                  f.arbitrateStatus,
                                  int(f.exempt),
                                  int(f.express),
                                  rawJsonFor(r)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO orders (order_id, shop_id, order_status, pay_time, exp_ship_time, "
                                     "ship_time, pickup_time, sign_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const OrderRow &r : orderRows()) {
        const OrderFacts &f = r.facts;
        const QVariantList values{f.id,          r.shop,     f.status,     f.payTime,
                                  f.expShipTime, f.shipTime, f.pickupTime, f.signTime};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

void TestScoreInputs::inputs_oneShop_everyInputExact()
{
    store::ScoreInputsRepository repo(m_db);
    auto r = repo.inputs(QStringLiteral("s1"), kNow, 90, core::ScoreRules::builtin().qualityReasonCodes);
    ANXIN_VERIFY_OK(r);
    const MetricInputs &in = r.value();
    QCOMPARE(in.exemptTickets, 2);       // T14, T15
    QCOMPARE(in.tickets, 14);            // T01-T12, T16, T17
    QCOMPARE(in.arbitratedTickets, 2);   // T03, T11
    QCOMPARE(in.decidedTickets, 12);     // 11 final + T11 (rejected, open)
    QCOMPARE(in.rejectedTickets, 3);     // T03, T04, T11
    QCOMPARE(in.qualityReturns, 1);      // T01 (T03 was rejected; T15 is exempt)
    QCOMPARE(in.actionTickets, 10);      // finals but T07 express and T08 closed (9), plus T10 overdue
    QCOMPARE(in.actedInTime, 6);         // minus T05, T16 (auto bit) and T06 (after its deadline)
    QCOMPARE(in.refundOnlyCompleted, 6); // 1, 2, 3, 5, 6, 26 h
    QCOMPARE(in.refundOnlyMedianS, std::optional<double>(4.0 * kHour));
    QCOMPARE(in.returnRefundCompleted, 3); // 4, 30, 100 h
    QCOMPARE(in.returnRefundMedianS, std::optional<double>(30.0 * kHour));
    QCOMPARE(in.paidOrders, 7);       // O1-O7
    QCOMPARE(in.shippedOrders, 3);    // O1-O3 (O6's pickup is pending, O8 shipped before the window)
    QCOMPARE(in.pickedUpInWindow, 1); // O1
    QCOMPARE(in.dueOrders, 5);        // O1-O4, O6
    QCOMPARE(in.lateOrders, 2);       // O2, O4
    QCOMPARE(in.deliveredOrders, 3);  // 3, 5, 11 days
    QCOMPARE(in.payToDeliveryMedianS, std::optional<double>(5.0 * kDay));
    QVERIFY(!in.reviews && !in.badReviews);
}

void TestScoreInputs::inputs_allShops_includesEveryShop()
{
    store::ScoreInputsRepository repo(m_db);
    auto r = repo.inputs(QString(), kNow, 90, core::ScoreRules::builtin().qualityReasonCodes);
    ANXIN_VERIFY_OK(r);
    const MetricInputs &in = r.value();
    QCOMPARE(in.tickets, 15);
    QCOMPARE(in.decidedTickets, 13);
    QCOMPARE(in.rejectedTickets, 4);
    QCOMPARE(in.actionTickets, 11);
    QCOMPARE(in.actedInTime, 7);
    QCOMPARE(in.refundOnlyCompleted, 7); // 1, 1, 2, 3, 5, 6, 26 h
    QCOMPARE(in.refundOnlyMedianS, std::optional<double>(3.0 * kHour));
    QCOMPARE(in.paidOrders, 8);
    QCOMPARE(in.shippedOrders, 4);
    QCOMPARE(in.pickedUpInWindow, 2);
    QCOMPARE(in.dueOrders, 6);
    QCOMPARE(in.lateOrders, 3);
    QCOMPARE(in.deliveredOrders, 4); // 3, 4, 5, 11 days
    QCOMPARE(in.payToDeliveryMedianS, std::optional<double>(4.5 * kDay));
}

void TestScoreInputs::inputs_anyShop_matchesReferenceDefinition()
{
    store::ScoreInputsRepository repo(m_db);
    for (const QString &shop : {QStringLiteral("s1"), QStringLiteral("s2"), QString()}) {
        for (qint64 now : {kNow, kNow - 9 * kDay, kNow + 80 * kDay}) {
            const core::InputsQuery q = core::InputsQuery::fromRules(core::ScoreRules::builtin(), now);
            auto r = repo.inputs(shop, q);
            ANXIN_VERIFY_OK(r);
            const MetricInputs expected =
                core::accumulateInputs(factsOf(ticketRows(), shop), factsOf(orderRows(), shop), q);
            QVERIFY2(r.value() == expected, qPrintable(QStringLiteral("shop '%1' at %2").arg(shop).arg(now)));
        }
    }
}

void TestScoreInputs::inputs_unknownShop_zeroAndNoMedians()
{
    store::ScoreInputsRepository repo(m_db);
    auto r = repo.inputs(QStringLiteral("nobody"), kNow, 90, {26});
    ANXIN_VERIFY_OK(r);
    QVERIFY(r.value() == MetricInputs{});
    QVERIFY(!core::estimate(r.value(), core::ScoreRules::builtin()).hasData);
}

void TestScoreInputs::inputs_otherQualityCodes_countsThose()
{
    store::ScoreInputsRepository repo(m_db);
    auto r = repo.inputs(QStringLiteral("s1"), kNow, 90, {1, 26});
    ANXIN_VERIFY_OK(r);
    QCOMPARE(r.value().qualityReturns, 2); // T01 and T02
    auto none = repo.inputs(QStringLiteral("s1"), kNow, 90, {});
    ANXIN_VERIFY_OK(none);
    QCOMPARE(none.value().qualityReturns, 0);
}

void TestScoreInputs::inputs_badWindow_usageError()
{
    store::ScoreInputsRepository repo(m_db);
    auto r = repo.inputs(QStringLiteral("s1"), kNow, 0, {26});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, core::Error::Kind::Usage);
}

void TestScoreInputs::ticketsBehind_eachTicketMetric_exactIds()
{
    store::ScoreInputsRepository repo(m_db);
    const auto behind = [&repo](const char *metric) {
        auto r = repo.ticketsBehind(QLatin1String(metric), QStringLiteral("s1"), kNow, 90, 100);
        return r.ok() ? r.value() : QStringList{QStringLiteral("error: ") + r.error().message};
    };
    namespace m = core::metric;
    QCOMPARE(behind(m::QualityReturnRate), ids({"T01"}));
    QCOMPARE(behind(m::MerchantRejectionRate), ids({"T11", "T03", "T04"})); // most recent first
    QCOMPARE(behind(m::ArbitrationRate), ids({"T11", "T03"}));
    QCOMPARE(behind(m::DecidedBeforeDeadlineRate), ids({"T05", "T06", "T10", "T16"}));
    QCOMPARE(behind(m::RefundOnlyCompletionHours), ids({"T06", "T02", "T08"})); // over 4 h, slowest first
    QCOMPARE(behind(m::ReturnRefundCompletionHours), ids({"T04"}));             // over 48 h
    QCOMPARE(behind(m::BadReviewRate), QStringList{});
}

void TestScoreInputs::ticketsBehind_limitAndAllShops_respected()
{
    store::ScoreInputsRepository repo(m_db);
    const QString rejection = QLatin1String(core::metric::MerchantRejectionRate);
    auto limited = repo.ticketsBehind(rejection, QStringLiteral("s1"), kNow, 90, 2);
    ANXIN_VERIFY_OK(limited);
    QCOMPARE(limited.value(), ids({"T11", "T03"}));
    auto all = repo.ticketsBehind(rejection, QString(), kNow, 90, 100);
    ANXIN_VERIFY_OK(all);
    QCOMPARE(all.value(), ids({"T18", "T11", "T03", "T04"}));
    auto shortWindow = repo.ticketsBehind(rejection, QString(), kNow, 5, 100);
    ANXIN_VERIFY_OK(shortWindow);
    QCOMPARE(shortWindow.value(), QStringList{});
}

void TestScoreInputs::ordersBehind_eachOrderMetric_exactIds()
{
    store::ScoreInputsRepository repo(m_db);
    const auto behind = [&repo](const char *metric, const QString &shop) {
        auto r = repo.ordersBehind(QLatin1String(metric), shop, kNow, 90, 100);
        return r.ok() ? r.value() : QStringList{QStringLiteral("error: ") + r.error().message};
    };
    namespace m = core::metric;
    const QString s1 = QStringLiteral("s1");
    QCOMPARE(behind(m::Pickup24hRate, s1), ids({"O2-late", "O3-no-pickup"}));
    QCOMPARE(behind(m::LateShipmentRate, s1), ids({"O2-late", "O4-overdue"}));
    QCOMPARE(behind(m::PayToDeliveryHours, s1), ids({"O8-old", "O2-late", "O1-on-time"})); // over 48 h
    QCOMPARE(behind(m::LateShipmentRate, QString()), ids({"O2-late", "O4-overdue", "O9-s2"}));
    QCOMPARE(behind(m::Pickup24hRate, QStringLiteral("s2")), QStringList{});
}

void TestScoreInputs::behind_wrongKindOrUnknownMetric_usageError()
{
    store::ScoreInputsRepository repo(m_db);
    const QString s1 = QStringLiteral("s1");
    auto a = repo.ticketsBehind(QLatin1String(core::metric::LateShipmentRate), s1, kNow, 90, 10);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().kind, core::Error::Kind::Usage);
    auto b = repo.ordersBehind(QLatin1String(core::metric::ArbitrationRate), s1, kNow, 90, 10);
    QVERIFY(!b.ok());
    QCOMPARE(b.error().kind, core::Error::Kind::Usage);
    auto c = repo.ticketsBehind(QStringLiteral("happiness"), s1, kNow, 90, 10);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, core::Error::Kind::Usage);
}

QTEST_GUILESS_MAIN(TestScoreInputs)
#include "tst_scoreinputs.moc"

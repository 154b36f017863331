#include "core/scoremodel.h"
#include "scorefixture.h"
#include "store/orderrepository.h"
#include "store/scoreinputsrepository.h"
#include "store/ticketrepository.h"
#include "tempdb.h"
#include "testmain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anxin;
using core::MetricInputs;
using test::OrderFacts;
using test::TicketFacts;

using namespace anxin::test::score;

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
    void dueSoon_pendingTicketsAndOrders_soonestFirst();
    void ticketFilter_aftersaleIds_onlyThose();
    void inputs_oneShop_usesScoreIndexesOnly();
    void pickup_signedWithPickupUnknown_notCountedEitherWay();

private:
    test::TempDb m_tmp;
    store::Database m_db;
};

void TestScoreInputs::initTestCase()
{
    ANXIN_VERIFY_OK(m_tmp.open(m_db));
    QString error;
    QVERIFY2(insertScoreFixture(m_db, &error), qPrintable(error));
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
    QCOMPARE(in.decidedTickets, 8);      // 11 final but T05, T16 (auto bit), T06 (late), T07 (express), + T11
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
    QCOMPARE(in.decidedTickets, 9); // decided by the merchant
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
                test::accumulateInputs(factsOf(ticketRows(), shop), factsOf(orderRows(), shop), q);
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
    QVERIFY(!core::estimate(r.value(), core::ScoreRules::builtin()).hasData[core::Dimension::Overall]);
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

void TestScoreInputs::dueSoon_pendingTicketsAndOrders_soonestFirst()
{
    store::ScoreInputsRepository repo(m_db);
    // T09 (deadline now + 1 h) and T11 (now + 24 h, inclusive); T10 is already overdue (no longer pending).
    auto day = repo.dueSoon(QStringLiteral("s1"), kNow, kDay, 100);
    ANXIN_VERIFY_OK(day);
    QCOMPARE(day->ticketIds, ids({"T09", "T11"}));
    QCOMPARE(day->orderIds, QStringList{}); // O7 ships by now + 47 h
    auto twoDays = repo.dueSoon(QStringLiteral("s1"), kNow, 2 * kDay, 100);
    ANXIN_VERIFY_OK(twoDays);
    QCOMPARE(twoDays->orderIds, ids({"O7-not-due"}));
    auto limited = repo.dueSoon(QStringLiteral("s1"), kNow, kDay, 1);
    ANXIN_VERIFY_OK(limited);
    QCOMPARE(limited->ticketIds, ids({"T09"}));
    auto other = repo.dueSoon(QStringLiteral("s2"), kNow, 2 * kDay, 100);
    ANXIN_VERIFY_OK(other);
    QVERIFY(other->ticketIds.isEmpty() && other->orderIds.isEmpty());
}

void TestScoreInputs::ticketFilter_aftersaleIds_onlyThose()
{
    store::TicketRepository repo(m_db);
    store::TicketFilter f;
    f.aftersaleIds = ids({"T03", "T11", "nope"});
    auto n = repo.count(f);
    ANXIN_VERIFY_OK(n);
    QCOMPARE(n.value(), 2);
    f.statuses = {27};
    QCOMPARE(repo.count(f).valueOr(-1), 2);
    f.statuses = {12};
    QCOMPARE(repo.count(f).valueOr(-1), 0);
}

void TestScoreInputs::inputs_oneShop_usesScoreIndexesOnly()
{
    // The per-shop path must never read the table rows (raw_json makes them ~1 KB each): every statement it runs
    // is answered from an index. Checked on the plans of its four statements' shapes.
    QSqlQuery q(m_db.connection());
    const QStringList statements{
        QStringLiteral("SELECT t.score_class, t.aftersale_type, COUNT(*) FROM tickets t INDEXED BY tickets_score WHERE "
                       "t.shop_id = 's1' AND t.apply_time BETWEEN 0 AND 1 GROUP BY t.score_class, t.aftersale_type"),
        QStringLiteral("SELECT t.final_time - t.apply_time FROM tickets t INDEXED BY tickets_score_completion WHERE "
                       "t.shop_id = 's1' AND t.apply_time BETWEEN 0 AND 1 ORDER BY t.final_time - t.apply_time"),
        QStringLiteral("SELECT COUNT(*) FROM orders o INDEXED BY orders_score_due WHERE o.shop_id = 's1' AND "
                       "o.exp_ship_time >= 0 AND o.ship_time = 0 AND o.order_status <> 4"),
        QStringLiteral("SELECT o.sign_time - o.pay_time FROM orders o INDEXED BY orders_score_delivery WHERE "
                       "o.shop_id = 's1' AND o.sign_time BETWEEN 0 AND 1 ORDER BY o.sign_time - o.pay_time")};
    for (const QString &sql : statements) {
        QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(q.lastError().text()));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan)); // no sort
        QVERIFY2(plan.contains(QStringLiteral("INDEX")), qPrintable(plan));
    }
}

void TestScoreInputs::pickup_signedWithPickupUnknown_notCountedEitherWay()
{
    // Both shipped three days ago without a pickup scan in the cache; one has since been signed for, so it was picked
    // up, at a time this cache does not know. Only the other is a missed pickup.
    test::TempDb tmp;
    store::Database db;
    ANXIN_VERIFY_OK(tmp.open(db));
    QList<store::OrderRecord> orders;
    for (const char *id : {"signed", "unscanned"}) {
        store::OrderRecord o;
        o.orderId = QLatin1String(id);
        o.shopId = QStringLiteral("s1");
        o.orderStatus = 3;
        o.payTime = kNow - 4 * kDay;
        o.expShipTime = o.payTime + 2 * kDay;
        o.shipTime = kNow - 3 * kDay;
        o.signTime = o.orderId == QLatin1String("signed") ? kNow - kDay : 0;
        o.updateTime = std::max(o.shipTime, o.signTime);
        o.trackingNo = QStringLiteral("SF1");
        o.companyCode = QStringLiteral("shunfeng");
        orders << o;
    }
    ANXIN_VERIFY_OK(store::OrderRepository(db).upsertBatch(orders));
    store::ScoreInputsRepository repo(db);
    auto in = repo.inputs(QStringLiteral("s1"), kNow, 90, core::ScoreRules::builtin().qualityReasonCodes);
    ANXIN_VERIFY_OK(in);
    QCOMPARE(in->shippedOrders, 1);
    QCOMPARE(in->pickedUpInWindow, 0);
    auto behind = repo.ordersBehind(QLatin1String(core::metric::Pickup24hRate), QStringLiteral("s1"), kNow, 90, 10);
    ANXIN_VERIFY_OK(behind);
    QCOMPARE(behind.value(), QStringList{QStringLiteral("unscanned")});
}

ANXIN_TEST_GUILESS_MAIN(TestScoreInputs)
#include "tst_scoreinputs.moc"

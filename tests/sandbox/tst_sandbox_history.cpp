// --history-days: the world moves with the sandbox clock (arrivals, orders shipping, scanned, signed) and
// shop.reputation follows it by the sandbox's own formula.
#include "sandbox/reputation.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/worldmotion.h"
#include "sandboxharness.h"
#include "testmain.h"

#include <QTest>

using namespace anxin::test;
using anxin::sandbox::kDay;

namespace {

constexpr qint64 kEnd = 1750000000; // "today": the history ends here

anxin::sandbox::SandboxOptions historyOptions(int days)
{
    anxin::sandbox::SandboxOptions o;
    o.tickets = 600;
    o.historyDays = days;
    return o;
}

double number(const Answer &a, const char *key)
{
    return a.data().value(QLatin1String(key)).toString().toDouble();
}

} // namespace

class TstSandboxHistory : public QObject
{
    Q_OBJECT

private slots:
    void historyDays_clockStartsThatManyDaysBack();
    void advancingADay_bringsTheDaysArrivals_andOrdersMoveOn();
    void refundBeforeShipping_theOrderWaitsForTheAnswer();
    void withoutHistoryDays_advancingBringsNoArrivals();
    void reputation_sameMomentSameNumbers_movesWithTheWorld();
    void reputation_isNotTheClientsFormula();
};

void TstSandboxHistory::historyDays_clockStartsThatManyDaysBack()
{
    SandboxHarness h(historyOptions(30), kEnd);
    QCOMPARE(h.now(), kEnd - 30 * kDay);
    // Every generated ticket and order lies in the past of that clock.
    for (const anxin::sandbox::Ticket &t : h.state().world().tickets)
        QVERIFY(qint64(t.applyTime) <= h.now());
    // A reset keeps the end of the history where it was.
    h.control("POST", QStringLiteral("/__sandbox/reset"), QJsonObject{{QStringLiteral("seed"), 3}});
    QCOMPARE(h.now(), kEnd - 30 * kDay);
}

void TstSandboxHistory::advancingADay_bringsTheDaysArrivals_andOrdersMoveOn()
{
    SandboxHarness h(historyOptions(30), kEnd);
    anxin::sandbox::World &w = h.state().world();
    const size_t tickets = w.tickets.size(), orders = w.orders.size();
    // Orders paid in the last day and not yet shipped: each ships at its planned time (within three days).
    // (An order whose buyer asked for a refund before it shipped waits for that answer instead.)
    std::vector<bool> refundAsked(orders);
    for (const anxin::sandbox::Ticket &t : w.tickets)
        refundAsked[t.order] = refundAsked[t.order] || (t.type == 2 && !t.finalTime);
    QList<quint32> awaiting;
    for (quint32 i = 0; i < quint32(orders); ++i) {
        const anxin::sandbox::Order &o = w.orders[i];
        if (o.status == 2 && !o.shipTime && o.payTime && o.payTime > h.now() - kDay &&
            o.expShipTime <= o.payTime + anxin::sandbox::kShipPromiseSecs && !refundAsked[i])
            awaiting << i;
    }
    QVERIFY(!awaiting.isEmpty());
    for (int day = 0; day < 4; ++day)
        h.advance(kDay);
    // 600 tickets over 90 days: about 6.7 a day; the orders without an after-sale twice that.
    const qint64 newTickets = qint64(w.tickets.size() - tickets);
    QVERIFY2(newTickets >= 24 && newTickets <= 30, qPrintable(QString::number(newTickets)));
    QVERIFY(w.orders.size() - orders >= size_t(newTickets) + 45);
    for (size_t i = tickets; i < w.tickets.size(); ++i) {
        QVERIFY(qint64(w.tickets[i].applyTime) <= h.now());
        QVERIFY(qint64(w.tickets[i].applyTime) > h.now() - 4 * kDay);
    }
    for (size_t i = orders; i < w.orders.size(); ++i)
        QVERIFY2(qint64(w.orders[i].updateTime) <= h.now(), "an arrival's last change is never after now");
    // Every order, old or new, tells one story: awaiting shipment means not shipped, shipped after it was paid,
    // promised no earlier than paid.
    const auto story = [](const anxin::sandbox::Order &o) {
        return QStringLiteral("order %1: status %2, paid %3, promised %4, shipped %5")
            .arg(o.id)
            .arg(o.status)
            .arg(o.payTime)
            .arg(o.expShipTime)
            .arg(o.shipTime);
    };
    for (const anxin::sandbox::Order &o : w.orders) {
        if (o.status == 2)
            QVERIFY2(!o.shipTime, qPrintable(story(o)));
        if (o.status == 3)
            QVERIFY2(o.shipTime, qPrintable(story(o)));
        if (o.shipTime && o.payTime)
            QVERIFY2(o.shipTime >= o.payTime, qPrintable(story(o)));
        if (o.expShipTime && o.payTime)
            QVERIFY2(o.expShipTime > o.payTime, qPrintable(story(o)));
    }
    int shipped = 0;
    for (quint32 i : awaiting) {
        const anxin::sandbox::Order &o = w.orders[i];
        shipped += o.shipTime ? 1 : 0;
        if (o.shipTime) {
            QCOMPARE(int(o.status), 3);
            QVERIFY(o.updateTime >= o.shipTime);
        }
    }
    QCOMPARE(shipped, awaiting.size());
    // The walk sees them: searchList by update_time finds the shipped orders of the last four days.
    const Answer a =
        h.callAuthed("order.searchList",
                     QStringLiteral(R"({"update_time_start":%1,"size":100,"order_by":"update_time","order_asc":true})")
                         .arg(h.now() - 4 * kDay)
                         .toUtf8());
    QCOMPARE(a.code(), 10000);
    QVERIFY(a.data().value(QLatin1String("total")).toInteger() >= qint64(awaiting.size()));
}

void TstSandboxHistory::refundBeforeShipping_theOrderWaitsForTheAnswer()
{
    SandboxHarness h(historyOptions(30), kEnd);
    anxin::sandbox::World &w = h.state().world();
    // Refunds asked before shipping, still open, of one-line orders not shipped.
    QList<quint32> asked;
    for (quint32 i = 0; i < quint32(w.tickets.size()); ++i) {
        const anxin::sandbox::Ticket &t = w.tickets[i];
        const anxin::sandbox::Order &o = w.orders[t.order];
        if (t.type == 2 && t.status == 6 && o.status == 2 && !o.shipTime && o.lineCount == 1)
            asked << i;
    }
    QVERIFY2(asked.size() >= 3, qPrintable(QString::number(asked.size())));
    // The merchant refuses the first: its order goes out after all.
    const quint32 refused = asked.takeFirst();
    const Answer a =
        h.callAuthed("afterSale.operate",
                     R"({"items":[{"aftersale_id":")" + QByteArray::number(w.tickets[refused].id) +
                         R"(","reason":"已与买家协商发货","reject_reason_code":2,"remark":"正常发货"}],"type":202})");
    QCOMPARE(a.code(), 10000);
    for (int day = 0; day < 5; ++day)
        h.advance(kDay);
    const anxin::sandbox::Order &shipped = w.orders[w.tickets[refused].order];
    QVERIFY2(shipped.shipTime != 0, "a refused refund before shipping: the order ships");
    QCOMPARE(int(shipped.status), 3);
    // The others passed their review deadline meanwhile: the platform refunded them, and an order whose only line
    // was refunded is cancelled, never shipped, and says so to a walk by update_time.
    int cancelled = 0;
    for (quint32 i : asked) {
        const anxin::sandbox::Ticket &t = w.tickets[i];
        if (t.status != 12)
            continue;
        const anxin::sandbox::Order &o = w.orders[t.order];
        QCOMPARE(int(o.status), 4);
        QCOMPARE(o.shipTime, 0u);
        QVERIFY(o.updateTime >= t.finalTime);
        const Answer d =
            h.callAuthed("order.orderDetail", R"({"shop_order_id":")" + QByteArray::number(o.id) + R"("})");
        QCOMPARE(d.code(), 10000);
        QCOMPARE(
            d.data().value(QLatin1String("shop_order_detail")).toObject().value(QLatin1String("order_status")).toInt(),
            4);
        ++cancelled;
    }
    QVERIFY2(cancelled >= 2, qPrintable(QString::number(cancelled)));
}

void TstSandboxHistory::withoutHistoryDays_advancingBringsNoArrivals()
{
    anxin::sandbox::SandboxOptions o;
    o.tickets = 600;
    SandboxHarness h(o, kEnd);
    const size_t tickets = h.state().world().tickets.size(), orders = h.state().world().orders.size();
    h.advance(5 * kDay);
    QCOMPARE(h.state().world().tickets.size(), tickets);
    QCOMPARE(h.state().world().orders.size(), orders);
}

void TstSandboxHistory::reputation_sameMomentSameNumbers_movesWithTheWorld()
{
    SandboxHarness h(historyOptions(30), kEnd);
    const Answer first = h.callAuthed("shop.reputation", "{}");
    QCOMPARE(first.code(), 10000);
    QCOMPARE(h.callAuthed("shop.reputation", "{}").body.size(), first.body.size());
    QCOMPARE(number(h.callAuthed("shop.reputation", "{}"), "shop_score"), number(first, "shop_score"));
    QSet<QString> overall{first.data().value(QLatin1String("shop_score")).toString()};
    double lowest = 100, highest = 0;
    for (int day = 0; day < 30; ++day) {
        h.advance(kDay);
        const Answer a = h.callAuthed("shop.reputation", "{}");
        QCOMPARE(a.code(), 10000);
        overall << a.data().value(QLatin1String("shop_score")).toString();
        for (const char *k : {"shop_score", "product_score", "logistics_score", "service_score"}) {
            const double v = number(a, k);
            QVERIFY2(v > 40 && v <= 100, k);
        }
        lowest = std::min(lowest, number(a, "service_score"));
        highest = std::max(highest, number(a, "service_score"));
    }
    // Nobody acts on the tickets in this test: the platform decides them at their deadlines, and the service score
    // shows it over the month.
    QVERIFY2(overall.size() >= 20, "a number for most days, not one fixed value");
    QVERIFY2(highest - lowest >= 2.0, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
}

void TstSandboxHistory::reputation_isNotTheClientsFormula()
{
    // The same world's numbers differ from the linear formula of the client's convention (40/25/35).
    SandboxHarness h(historyOptions(0), kEnd);
    const anxin::sandbox::ReputationScores s = anxin::sandbox::reputationOf(h.state().world(), 0, h.now());
    const double clientWeights = 0.40 * s.product + 0.25 * s.logistics + 0.35 * s.service;
    QVERIFY2(std::abs(clientWeights - s.overall) > 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(clientWeights).arg(s.overall)));
    QVERIFY(s.overall >= 0 && s.overall <= 100);
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxHistory)
#include "tst_sandbox_history.moc"

// Shipping rules with a fixed clock: every band edge, pickup overdue, presale promise, breach forecast.
#include "core/guaranteerules.h"
#include "core/shipping.h"
#include "testmain.h"

#include <QTest>

using namespace anxin::core;

namespace {
constexpr qint64 kNow = 1763700000;
constexpr qint64 kH = 3600;
} // namespace

class TstShipping : public QObject
{
    Q_OBJECT
private slots:
    void shipBand_edges_data()
    {
        QTest::addColumn<qint64>("left");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("-1 d") << qint64(-86400) << QByteArray("overdue");
        QTest::newRow("-1 s") << qint64(-1) << QByteArray("overdue");
        QTest::newRow("0 s") << qint64(0) << QByteArray("4h");
        QTest::newRow("1 s") << qint64(1) << QByteArray("4h");
        QTest::newRow("4 h - 1 s") << 4 * kH - 1 << QByteArray("4h");
        QTest::newRow("4 h") << 4 * kH << QByteArray("12h");
        QTest::newRow("12 h - 1 s") << 12 * kH - 1 << QByteArray("12h");
        QTest::newRow("12 h") << 12 * kH << QByteArray("24h");
        QTest::newRow("24 h - 1 s") << 24 * kH - 1 << QByteArray("24h");
        QTest::newRow("24 h") << 24 * kH << QByteArray("later");
        QTest::newRow("15 d") << 15 * 24 * kH << QByteArray("later");
    }
    void shipBand_edges()
    {
        QFETCH(qint64, left);
        QFETCH(QByteArray, key);
        QCOMPARE(QByteArray(shipBandKey(shipBand(left))), key);
    }

    void refundHold_cases_data()
    {
        QTest::addColumn<int>("orderStatus");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("open");
        QTest::addColumn<int>("refunded");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("no request") << 2 << 1 << 0 << 0 << QByteArray("none");
        QTest::newRow("asked") << 2 << 1 << 1 << 0 << QByteArray("requested");
        QTest::newRow("refunded, not yet closed") << 2 << 1 << 0 << 1 << QByteArray("refunded");
        QTest::newRow("both lines refunded") << 2 << 2 << 0 << 2 << QByteArray("refunded");
        QTest::newRow("one of two refunded") << 2 << 2 << 0 << 1 << QByteArray("partly_refunded");
        QTest::newRow("one refunded, one asked") << 2 << 2 << 1 << 1 << QByteArray("requested");
        QTest::newRow("paid (105)") << 105 << 1 << 1 << 0 << QByteArray("requested");
        QTest::newRow("shipped: interception's business") << 3 << 1 << 1 << 0 << QByteArray("none");
        QTest::newRow("cancelled") << 4 << 1 << 0 << 1 << QByteArray("none");
    }
    void refundHold_cases()
    {
        QFETCH(int, orderStatus);
        QFETCH(int, lines);
        QFETCH(int, open);
        QFETCH(int, refunded);
        QFETCH(QByteArray, key);
        QCOMPARE(QByteArray(refundHoldKey(refundHold(orderStatus, lines, open, refunded))), key);
    }

    void shipPromise_presaleUsesPromisedDate_stockUsesExpShipTime()
    {
        QCOMPARE(shipPromise(0, kNow + 48 * kH, 0), kNow + 48 * kH);
        QCOMPARE(shipPromise(0, kNow + 48 * kH, kNow + 10 * 24 * kH), kNow + 48 * kH); // in stock: ignored
        QCOMPARE(shipPromise(1, kNow + 48 * kH, kNow + 10 * 24 * kH), kNow + 10 * 24 * kH);
        QCOMPARE(shipPromise(2, kNow + 48 * kH, kNow + 15 * 24 * kH), kNow + 15 * 24 * kH);
        QCOMPARE(shipPromise(1, kNow + 7 * 24 * kH, 0), kNow + 7 * 24 * kH); // no date given: exp_ship_time
    }

    void estimatedShipPromise_rulesDefaultAfterPayment_presaleAtItsLimit_unpaidNone()
    {
        const auto &rules = GuaranteeRules::builtin();
        QCOMPARE(rules.defaultShipPromiseS, 48 * kH);
        QCOMPARE(estimatedShipPromise(0, kNow, rules.defaultShipPromiseS, rules.presaleMaxS), kNow + 48 * kH);
        QCOMPARE(estimatedShipPromise(1, kNow, rules.defaultShipPromiseS, rules.presaleMaxS), kNow + 45 * 24 * kH);
        QCOMPARE(estimatedShipPromise(2, kNow, rules.defaultShipPromiseS, rules.presaleMaxS), kNow + 45 * 24 * kH);
        QCOMPARE(estimatedShipPromise(0, 0, rules.defaultShipPromiseS, rules.presaleMaxS), 0);
    }

    void isAwaitingShipment_statuses()
    {
        for (int s : {2, 101, 105})
            QVERIFY(isAwaitingShipment(s));
        for (int s : {0, 1, 3, 4, 5})
            QVERIFY(!isAwaitingShipment(s));
    }

    void pickupOverdue_edges_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("shippedAgo");
        QTest::addColumn<qint64>("pickup");
        QTest::addColumn<qint64>("sign");
        QTest::addColumn<qint64>("checked");
        QTest::addColumn<bool>("overdue");
        const qint64 w = 24 * kH;
        QTest::newRow("exactly 24 h, no scan") << 3 << w << qint64(0) << qint64(0) << kNow - 60 << false;
        QTest::newRow("24 h + 1 s, no scan") << 3 << w + 1 << qint64(0) << qint64(0) << kNow - 60 << true;
        QTest::newRow("24 h - 1 s, no scan") << 3 << w - 1 << qint64(0) << qint64(0) << kNow - 60 << false;
        QTest::newRow("3 d, with a scan") << 3 << 3 * w << kNow - 2 * w << qint64(0) << kNow - 60 << false;
        QTest::newRow("3 d, route not checked yet") << 3 << 3 * w << qint64(0) << qint64(0) << qint64(0) << false;
        QTest::newRow("3 d, signed for") << 3 << 3 * w << qint64(0) << kNow - w << kNow - 60 << false;
        QTest::newRow("completed") << 5 << 3 * w << qint64(0) << qint64(0) << kNow - 60 << false;
        QTest::newRow("cancelled") << 4 << 3 * w << qint64(0) << qint64(0) << kNow - 60 << false;
        // The carrier said "no scan" when asked after 7 h; the answer still stands until it says otherwise.
        QTest::newRow("checked early, still no scan")
            << 3 << w + 3600 << qint64(0) << qint64(0) << kNow - w + 7 * kH << true;
    }
    void pickupOverdue_edges()
    {
        QFETCH(int, status);
        QFETCH(qint64, shippedAgo);
        QFETCH(qint64, pickup);
        QFETCH(qint64, sign);
        QFETCH(qint64, checked);
        QFETCH(bool, overdue);
        QCOMPARE(pickupOverdue(status, kNow - shippedAgo, pickup, sign, checked, kNow, 24 * kH), overdue);
    }
    void pickupOverdue_windowFromRulesFile()
    {
        QCOMPARE(GuaranteeRules::builtin().falseShipmentPickupWindowS, 24 * kH);
    }

    void forecast_noPace_noForecast()
    {
        const auto f = forecastBreaches({kNow + kH}, 0.0, kNow, 10);
        QVERIFY(!f.possible);
        QCOMPARE(f.misses, 0);
    }
    void forecast_paceTooSlow_missesTheLateOnes()
    {
        // 2 orders per hour: the k-th order leaves at now + (k + 1) * 30 min.
        const QList<qint64> promises{kNow - 10,       // already late
                                     kNow + 30 * 60,  // leaves at +60 min: misses
                                     kNow + 90 * 60,  // leaves at +90 min exactly: on time
                                     kNow + 100 * 60, // leaves at +120 min: misses
                                     kNow + 48 * kH}; // fine
        const auto f = forecastBreaches(promises, 2.0, kNow, 10);
        QVERIFY(f.possible);
        QCOMPARE(f.misses, 3);
        QCOMPARE(f.alreadyLate, 1);
        QCOMPARE(f.missIndexes, (QList<int>{0, 1, 3}));
        QCOMPARE(f.clearedAt, kNow + 5 * 30 * 60);
    }
    void forecast_keepBoundsTheList()
    {
        QList<qint64> promises;
        for (int i = 0; i < 100; ++i)
            promises << kNow - 100 + i;
        const auto f = forecastBreaches(promises, 10.0, kNow, 5);
        QCOMPARE(f.misses, 100);
        QCOMPARE(f.missIndexes.size(), 5);
    }
    void forecast_fastPace_noMisses()
    {
        const auto f = forecastBreaches({kNow + kH, kNow + 2 * kH}, 60.0, kNow, 10);
        QCOMPARE(f.misses, 0);
        QCOMPARE(f.clearedAt, kNow + 120);
    }
};

ANXIN_TEST_APPLESS_MAIN(TstShipping)
#include "tst_shipping.moc"

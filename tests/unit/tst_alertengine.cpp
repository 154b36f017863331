// Alert decisions with a fixed clock: enters a band once, quiet hours hold and summarise, snoozes.
#include "models/alertengine.h"

#include <QTest>

using namespace anxin;
using namespace anxin::models;

namespace {
constexpr qint64 kNow = 1763700000;
constexpr qint64 kH = 3600;
constexpr int kNoon = 12 * 60;

AlertItem order(const QString &id, qint64 deadline)
{
    return AlertItem{AlertItem::Kind::Order, id, deadline, QStringLiteral("p")};
}
AlertItem ticket(const QString &id, qint64 deadline)
{
    return AlertItem{AlertItem::Kind::Ticket, id, deadline, QStringLiteral("p")};
}
} // namespace

class TstAlertEngine : public QObject
{
    Q_OBJECT
private slots:
    void entersBand_announcedOnce_notRepeated()
    {
        AlertEngine e; // orders: < 4 h; tickets: < 1 h
        const QList<AlertItem> items{order(QStringLiteral("o1"), kNow + 4 * kH + 60),
                                     ticket(QStringLiteral("t1"), kNow + kH + 60)};
        QVERIFY(e.evaluate(items, kNow, kNoon).isEmpty());
        QCOMPARE(e.badgeCount(), 0);
        // 61 s later both are inside their bands: one notice about both.
        auto n = e.evaluate(items, kNow + 61, kNoon);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().orders, 1);
        QCOMPARE(n.first().tickets, 1);
        QCOMPARE(e.badgeCount(), 2);
        // Still in band (and even overdue later): never again.
        QVERIFY(e.evaluate(items, kNow + 120, kNoon).isEmpty());
        QVERIFY(e.evaluate(items, kNow + 5 * kH, kNoon).isEmpty());
        QCOMPARE(e.badgeCount(), 2);
    }
    void bandEdge_exactly4hLeft_notYetIn()
    {
        AlertEngine e;
        QVERIFY(!e.inBand(order(QStringLiteral("o"), kNow + 4 * kH), kNow));
        QVERIFY(e.inBand(order(QStringLiteral("o"), kNow + 4 * kH - 1), kNow));
        QVERIFY(e.inBand(order(QStringLiteral("o"), kNow - 1), kNow)); // overdue is worse than < 4 h
        QVERIFY(!e.inBand(ticket(QStringLiteral("t"), 0), kNow));      // no deadline: never
        AlertConfig c;
        c.orderBand = std::nullopt; // orders switched off
        e.setConfig(c);
        QVERIFY(!e.inBand(order(QStringLiteral("o"), kNow - 1), kNow));
    }
    void leavesAndReenters_announcedAgain()
    {
        AlertEngine e;
        QCOMPARE(e.evaluate({order(QStringLiteral("o1"), kNow + kH)}, kNow, kNoon).size(), 1);
        QVERIFY(e.evaluate({}, kNow + 60, kNoon).isEmpty()); // shipped: gone
        QCOMPARE(e.badgeCount(), 0);
        QCOMPARE(e.evaluate({order(QStringLiteral("o1"), kNow + kH)}, kNow + 120, kNoon).size(), 1);
    }
    void quietHours_suppressThenSummariseOnce()
    {
        AlertEngine e;
        AlertConfig c;
        c.quietStartMin = 22 * 60; // 22:00 to 08:00, across midnight
        c.quietEndMin = 8 * 60;
        e.setConfig(c);
        QVERIFY(e.isQuiet(23 * 60));
        QVERIFY(e.isQuiet(0));
        QVERIFY(e.isQuiet(8 * 60 - 1));
        QVERIFY(!e.isQuiet(8 * 60));
        QVERIFY(!e.isQuiet(21 * 60 + 59));
        const QList<AlertItem> night{order(QStringLiteral("o1"), kNow + kH), order(QStringLiteral("o2"), kNow + 2 * kH),
                                     ticket(QStringLiteral("t1"), kNow + 600)};
        QVERIFY(e.evaluate(night, kNow, 23 * 60).isEmpty());
        QVERIFY(e.evaluate(night, kNow + 60, 23 * 60 + 1).isEmpty());
        QCOMPARE(e.badgeCount(), 3); // the badge still counts them
        // o2 ships during the night: the morning summary holds only what is still in band.
        const QList<AlertItem> morning{order(QStringLiteral("o1"), kNow + kH),
                                       ticket(QStringLiteral("t1"), kNow + 600)};
        auto n = e.evaluate(morning, kNow + 120, 8 * 60);
        QCOMPARE(n.size(), 1);
        QVERIFY(n.first().held);
        QCOMPARE(n.first().orders, 1);
        QCOMPARE(n.first().tickets, 1);
        QCOMPARE(n.first().keys, (QStringList{QStringLiteral("order:o1"), QStringLiteral("ticket:t1")}));
        QVERIFY(e.evaluate(morning, kNow + 180, 8 * 60 + 1).isEmpty()); // summarised once
    }
    void snoozeOneItem_silentUntilItEnds()
    {
        AlertEngine e;
        e.setSnoozes({AlertSnooze{QStringLiteral("order:o1"), kNow + kH, QStringLiteral("buyer asked to wait")}});
        const QList<AlertItem> items{order(QStringLiteral("o1"), kNow + 2 * kH),
                                     order(QStringLiteral("o2"), kNow + 3 * kH)};
        auto n = e.evaluate(items, kNow, kNoon);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().keys, QStringList{QStringLiteral("order:o2")});
        QCOMPARE(e.badgeCount(), 1);
        QCOMPARE(e.snoozeFor(QStringLiteral("order:o1"), kNow)->reason, QStringLiteral("buyer asked to wait"));
        QVERIFY(e.evaluate(items, kNow + kH - 1, kNoon).isEmpty());
        // The snooze ends at kNow + 1 h: o1 is announced then.
        n = e.evaluate(items, kNow + kH, kNoon);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().keys, QStringList{QStringLiteral("order:o1")});
        QCOMPARE(e.badgeCount(), 2);
    }
    void snoozeEverything_holdsThenSummarises()
    {
        AlertEngine e;
        e.setSnoozes({AlertSnooze{QStringLiteral("*"), kNow + 30 * 60, QStringLiteral("meeting")}});
        const QList<AlertItem> items{order(QStringLiteral("o1"), kNow + kH)};
        QVERIFY(e.evaluate(items, kNow, kNoon).isEmpty());
        QCOMPARE(e.badgeCount(), 1);
        auto n = e.evaluate(items, kNow + 30 * 60, kNoon);
        QCOMPARE(n.size(), 1);
        QVERIFY(n.first().held);
        QVERIFY(e.evaluate(items, kNow + 31 * 60, kNoon).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TstAlertEngine)
#include "tst_alertengine.moc"

// Alert decisions with a fixed clock: enters a band once, quiet hours hold and summarise, snoozes.
#include "models/alertengine.h"
#include "testmain.h"

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
AlertItem late(const QString &ticketId, qint64 deadline)
{
    return AlertItem{AlertItem::Kind::LateDecision, ticketId, deadline, QStringLiteral("p")};
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
    void lateDecision_withinTheHour_announcedOnceWithItsDeadline_offTheBadge()
    {
        AlertEngine e;
        // Two decisions waiting on tickets 3 h and 61 min from their deadlines: nothing to say yet.
        const QList<AlertItem> items{late(QStringLiteral("t1"), kNow + 3 * kH),
                                     late(QStringLiteral("t2"), kNow + kH + 60)};
        QVERIFY(e.evaluate(items, kNow, kNoon).isEmpty());
        // One hour left for t2 (core::kQueueRiskSecs): flagged, with the platform's deadline.
        auto n = e.evaluate(items, kNow + 60, kNoon);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().decisions, 1);
        QCOMPARE(n.first().tickets + n.first().orders, 0);
        QCOMPARE(n.first().firstDeadline, kNow + kH + 60);
        QCOMPARE(n.first().keys, QStringList{QStringLiteral("decision:t2")});
        QCOMPARE(e.badgeCount(), 0); // its ticket is on the badge through the ticket band
        // Past its deadline t2 stays announced; t1 entering later (one hour left) is a new notice of its own.
        QVERIFY(e.evaluate(items, kNow + 2 * kH - 1, kNoon).isEmpty());
        n = e.evaluate(items, kNow + 2 * kH, kNoon);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().firstDeadline, kNow + 3 * kH);
        // Alerts switched off: never.
        AlertConfig off;
        off.lateDecisions = false;
        e.setConfig(off);
        QVERIFY(!e.inBand(late(QStringLiteral("t3"), kNow - 1), kNow));
    }
    void lateDecision_inQuietHours_summarisedAsADecision()
    {
        AlertEngine e;
        AlertConfig c;
        c.quietStartMin = 22 * 60;
        c.quietEndMin = 8 * 60;
        e.setConfig(c);
        const QList<AlertItem> items{late(QStringLiteral("t1"), kNow + 30 * 60)};
        QVERIFY(e.evaluate(items, kNow, 23 * 60).isEmpty());
        const auto n = e.evaluate(items, kNow + 60, 8 * 60);
        QCOMPARE(n.size(), 1);
        QVERIFY(n.first().held);
        QCOMPARE(n.first().decisions, 1);
        QCOMPARE(n.first().tickets, 0);
        QCOMPARE(AlertItem::kindOfKey(QStringLiteral("decision:t1")), AlertItem::Kind::LateDecision);
        QCOMPARE(AlertItem::kindOfKey(QStringLiteral("order:o1")), AlertItem::Kind::Order);
        QCOMPARE(AlertItem::kindOfKey(QStringLiteral("ticket:t1")), AlertItem::Kind::Ticket);
    }
};

ANXIN_TEST_APPLESS_MAIN(TstAlertEngine)
#include "tst_alertengine.moc"

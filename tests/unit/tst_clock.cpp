#include "core/clock.h"
#include "testmain.h"

#include <QTest>

using namespace anxin::core;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void parseFixedNow_digits_parsed()
    {
        QCOMPARE(parseFixedNow("1700000000"), 1700000000);
        QCOMPARE(parseFixedNow(" 1700000000\n"), 1700000000);
    }
    void parseFixedNow_garbage_rejected()
    {
        QCOMPARE(parseFixedNow(""), -1);
        QCOMPARE(parseFixedNow("17e9"), -1);
        QCOMPARE(parseFixedNow("-5"), -1);
        QCOMPARE(parseFixedNow("2026-11-21"), -1);
        QCOMPARE(parseFixedNow("1234567890123"), -1);
    }
    void fromEnvironment_anxinNowSet_fixesClock()
    {
        qputenv("ANXIN_NOW", "1763700000");
        auto clock = Clock::fromEnvironment();
        QCOMPARE(clock->nowSecs(), 1763700000);
        QCOMPARE(clock->nowSecs(), 1763700000); // does not move
        qunsetenv("ANXIN_NOW");
    }
    void fromEnvironment_unset_followsSystem()
    {
        qunsetenv("ANXIN_NOW");
        auto clock = Clock::fromEnvironment();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(clock->nowSecs() - now) <= 2);
    }
    void manualClock_advance_moves()
    {
        ManualClock c(1000);
        c.advanceMsecs(2500);
        QCOMPARE(c.nowMsecs(), 3500);
        QCOMPARE(c.nowSecs(), 3);
    }
};

ANXIN_TEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"

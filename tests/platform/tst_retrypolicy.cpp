#include "platform/retrypolicy.h"
#include "testmain.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace anxin::platform;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delay_fullJitter_boundedByExponentialCeiling()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        QList<qint64> bounds;
        auto record = [&bounds](qint64 bound) {
            bounds << bound;
            return bound; // the maximum the jitter can pick
        };
        QCOMPARE(p.delayMs(1, std::nullopt, record), 100);
        QCOMPARE(p.delayMs(2, std::nullopt, record), 200);
        QCOMPARE(p.delayMs(3, std::nullopt, record), 400);
        QCOMPARE(p.delayMs(4, std::nullopt, record), 800);
        QCOMPARE(p.delayMs(5, std::nullopt, record), 1000);  // capped
        QCOMPARE(p.delayMs(60, std::nullopt, record), 1000); // no overflow on huge attempt counts
        QCOMPARE(bounds, (QList<qint64>{100, 200, 400, 800, 1000, 1000}));
        // Full jitter: the lower end is zero.
        QCOMPARE(p.delayMs(4, std::nullopt, [](qint64) { return qint64(0); }), 0);
    }
    void delay_defaultRandom_staysInRange()
    {
        RetryPolicy p;
        p.baseDelayMs = 50;
        p.maxDelayMs = 400;
        for (int i = 0; i < 500; ++i) {
            const qint64 d = p.delayMs(1 + i % 6, std::nullopt);
            QVERIFY(d >= 0 && d <= 400);
        }
    }
    void delay_retryAfter_neverEarlier()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        for (int i = 0; i < 200; ++i) {
            const qint64 d = p.delayMs(1 + i % 4, qint64(3000));
            QVERIFY2(d >= 3000 && d <= 3100, qPrintable(QString::number(d)));
        }
    }
    void delay_hugeRetryAfter_clamped()
    {
        RetryPolicy p;
        p.maxRetryAfterMs = 60'000;
        QCOMPARE(p.delayMs(1, qint64(86'400'000), [](qint64) { return qint64(0); }), 60'000);
    }
    void canRetry_boundedAttempts()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        QVERIFY(p.canRetry(1));
        QVERIFY(p.canRetry(2));
        QVERIFY(!p.canRetry(3));
    }
    void parseRetryAfter_seconds()
    {
        QCOMPARE(parseRetryAfter("120", 0), std::optional<qint64>(120'000));
        QCOMPARE(parseRetryAfter(" 0 ", 0), std::optional<qint64>(0));
    }
    void parseRetryAfter_httpDate_relativeToNow()
    {
        const qint64 now = QDateTime(QDate(2026, 10, 21), QTime(7, 27, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now), std::optional<qint64>(60'000));
        // A date in the past means "now".
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", now), std::optional<qint64>(0));
        // Obsolete forms that HTTP/1.1 still requires recipients to accept.
        QCOMPARE(parseRetryAfter("Wednesday, 21-Oct-26 07:28:00 GMT", now), std::optional<qint64>(60'000));
        QCOMPARE(parseRetryAfter("Wed Oct 21 07:28:00 2026", now), std::optional<qint64>(60'000));
    }
    void parseRetryAfter_garbage_nullopt()
    {
        QVERIFY(!parseRetryAfter("", 0));
        QVERIFY(!parseRetryAfter("soon", 0));
        QVERIFY(!parseRetryAfter("-5", 0));
        QVERIFY(!parseRetryAfter("1.5", 0));
        QVERIFY(!parseRetryAfter("99999999999999999999", 0));
        QVERIFY(!parseRetryAfter("Wed, 41 Oct 2026 07:28:00 GMT", 0));
    }
};

ANXIN_TEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
